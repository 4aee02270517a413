"""The general next steps (labelled as not from the sources) and the follow-up offers, each only for
the people it fits (rater4: UHR, SFX, "which languages do you speak?" and "do I need a licence?" went
to everyone):

- UHR's assessment of a foreign education: someone with an education from abroad (said, not in
  progress), or who worked abroad in a profession that needs a degree and no licence (a licensed
  profession's recognition goes through its authority, which the licence answer names);
- SFX (Swedish for professionals): someone writing in another language whose Swedish is not yet good,
  with higher education, or in a licensed profession or a group SFX trains for (SSYK major group 2,
  bus drivers);
- the employment service and Platsbanken: adults (a pupil gets the school's counsellor instead:
  answers.honour_person);
- the quick reply "do I need a licence?": only when an occupation in the answer is regulated; "do I
  need Swedish?" not for a pupil writing in Swedish.
"""
from __future__ import annotations

from assistant.regulated import is_regulated
from assistant.state import TurnState
from vagledning.domain.profile import Profile
from vagledning.domain.runtime import Runtime

#: SUN 2000 level 5 and up: post-secondary education of three years or more (a degree).
DEGREE_LEVEL = "5"
#: Professionals (SSYK major group 2): the degree-holders UHR assesses and SFX trains for.
PROFESSIONALS = "2"
#: SSYK groups outside major group 2 that SFX has courses for: bus drivers (SFX yrkesförare buss).
SFX_GROUPS = frozenset({"8331"})
_GOOD_SWEDISH = ("", "beginner", "a1", "a2")


def _degree(profile: Profile, *, abroad: bool) -> bool:
    return any(e.sun_level and e.sun_level >= DEGREE_LEVEL and not e.in_progress and (e.abroad or not abroad)
               for e in profile.education)


#: SUN 2000 levels of compulsory school (förgymnasial utbildning), which UHR does not assess.
_COMPULSORY = ("1", "2")


def uhr_fits(profile: Profile, rt: Runtime) -> bool:
    """An education from abroad to have assessed: said, or implied by a degree profession done abroad. Not for
    someone whose work abroad is a licensed profession: the authority that gives the licence assesses that degree,
    not UHR (rater9: a pharmacist from Syria sent to UHR; Socialstyrelsen decides, and the licence route says so)."""
    if any(e.abroad and is_regulated(rt, e.occupation.id, e.ssyk_code) for e in profile.experiences):
        return False
    # (UHR assesses upper-secondary education and above, never compulsory school alone: rater28 sv-easy c08, six
    # years of school in Syria was sent to UHR; SUN 2000 levels 1 and 2 are förgymnasial)
    if any(e.abroad and not e.in_progress and (e.sun_level or "")[:1] not in _COMPULSORY for e in profile.education):
        return True
    return any(e.abroad and (e.ssyk_code or "")[:1] == PROFESSIONALS and not is_regulated(rt, e.occupation.id, e.ssyk_code)
               for e in profile.experiences)


def sfx_fits(profile: Profile, rt: Runtime, language: str) -> bool:
    """Swedish for professionals fits: another language, Swedish not yet good, and a degree or a profession
    SFX is for (major group 2, a licensed profession, bus driving)."""
    if language == "sv" or any(lang.code == "sv" and (lang.level or "") not in _GOOD_SWEDISH for lang in profile.languages):
        return False
    if _degree(profile, abroad=False):
        return True
    return any((e.ssyk_code or "")[:1] == PROFESSIONALS or (e.ssyk_code or "") in SFX_GROUPS
               or is_regulated(rt, e.occupation.id, e.ssyk_code) for e in profile.experiences)


def _forms(state: TurnState, keys: list[str]) -> set[str]:
    """How the sentences ``keys`` read in an earlier answer (as written, and with their glosses)."""
    from assistant.composers.glossary import gloss_terms
    from assistant.locales import text

    steps = [text(state.locale, k) for k in keys]
    return {*steps, *(s.strip() for s in gloss_terms(state.locale, steps))}


def _said_before(state: TurnState, keys: list[str], *, heading: bool = True) -> bool:
    """An earlier answer (the history the client sends) said one of ``keys`` (under the next-steps heading)."""
    from assistant.locales import text

    forms = _forms(state, keys)
    head = text(state.locale, "next.heading")
    return any((not heading or head in m.content) and any(f in m.content for f in forms)
               for m in state.history if m.role == "assistant")


def gave_next_steps(state: TurnState) -> bool:
    """True when an earlier answer gave the general next steps: their heading with the employment-service
    step or the pupil's counsellor step (a Swedish-language answer heads its one SFX step the same way,
    and that does not count)."""
    return _said_before(state, ["next.af", "youth.syv"])


def say_next_steps(state: TurnState, rt: Runtime) -> None:
    """General guidance (not from the sources), labelled as such, with only the steps that fit the person;
    each step once per conversation (the history the client sends shows what an earlier answer gave): a
    degree from abroad said later brings the UHR step then, not the whole list again."""
    p = state.profile
    fitting = [k for k, fits in (("next.uhr", uhr_fits(p, rt)), ("next.sfx", sfx_fits(p, rt, state.language)))
               if fits and not _said_before(state, [k], heading=False)]
    steps = fitting if gave_next_steps(state) else [*fitting, "next.af", "next.platsbanken"]
    if not steps:
        return
    state.say("next.heading")
    for key in steps:
        state.say(key, bullet=True)


def say_new_steps(state: TurnState, rt: Runtime) -> None:
    """Beside further suggestions: only the steps that fit now and were not given before (a degree from
    abroad said in this message brings UHR's assessment), when the general steps were given earlier."""
    if gave_next_steps(state):
        say_next_steps(state, rt)


def unfit_offers(state: TurnState, rt: Runtime) -> set[str]:
    """Quick replies (``quick.<key>``) that do not fit this answer: the licence question when no occupation
    in it is regulated; the Swedish question for a pupil who writes Swedish."""
    out: set[str] = set()
    shown = [*state.presented, *([state.focus] if state.focus is not None else [])]
    if not any(is_regulated(rt, o.id) for o in shown):
        out.add("licence")
    if state.locale == "sv" and state.profile.is_youth():
        out.add("swedish")
    return out
