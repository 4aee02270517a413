"""Leaving one's own work (refuse15): "jobbat i butik 8 år, INTE handel igen", "ده سال خیاطی کدم ولی دیگه خیاطی
نمیخایم", "i was a tailor 10 yrs, no more sewing".

Rater15 saw both a Dari tailor and a Swedish shop worker answered with their own trade first: the years of
experience outweighed the refusal, because the words refused ("handel", "sewing") were not tied to the work told
("butik", «Skräddare»). A refusal said with "not again / no more / done with" (assistant/interpretation/no_longer.py)
speaks of work the person has done, so:

- :func:`refuse_own_work`: the person's own work that such a refusal names (the same SSYK-3 group as an occupation
  the refusal links to, the same words, or the field it names), or, when the refusal names nothing else ("INTE
  igen!"), the work told in that message, becomes a refusal of its own (an ``avoid`` constraint naming that
  occupation), so every later answer leaves its SSYK-4 group and close siblings out (retrieval/constraints
  ``refused_family``: the SSYK-3 group of one's own trade), "what can I work with?" too; the work stays the
  person's experience, and what they learned in it leads on (retrieval/matching ``transfer``);
- :func:`left_own_work`: the answer says they want to leave that work (``heard.leave_own``) before the other
  directions, instead of only "I will not suggest …".
A question ("can I still work as a tailor or not?") is never a refusal: the interpreter leaves questions out.
"""
from __future__ import annotations

import re

from assistant.interpretation.no_longer import marker, says_no_longer
from assistant.interpretation.refused_thing import names_something
from assistant.interpretation.sentences import sentence_bounds
from assistant.interpretation.work_content import names_no_work_content
from assistant.state import Fact, TurnState
from vagledning.domain.links import ATLAS_URL
from vagledning.domain.profile import ConceptRef, Constraint, Experience, Profile


def _said_again(c: Constraint, text: str) -> bool:
    """The refusal's own words, or the sentence they stand in, say "not again / no more"."""
    if says_no_longer(c.span.quote or c.label):
        return True
    if 0 <= c.span.start < c.span.end <= len(text) and text[c.span.start:c.span.end] == c.span.quote:
        a, b = sentence_bounds(text, c.span.start, c.span.end)
        return says_no_longer(text[a:b])
    return False


def _names_nothing(quote: str) -> bool:
    """The refusal's words are only "not again / any more" ("INTE igen", "never again")."""
    said = marker(quote)
    rest = quote.replace(said[0], " ") if said else quote
    return not any(ch.isalnum() for ch in rest) or names_no_work_content(rest) or not names_something(rest)


def _group(occ_id: str, rel) -> str:
    try:
        occ = rel.occupation(occ_id)
    except Exception:  # noqa: BLE001 - relations are optional: no group then
        return ""
    return (occ.ssyk_code or "") if occ is not None else ""


def _named_by(c: Constraint, refusals: list[Constraint], rel) -> set[str]:
    """SSYK-3 groups of the occupations the refusal's words were linked to (one refusal: one span, several
    occupations)."""
    same = [r.concept.id for r in refusals if r.span.message == c.span.message and r.span.start == c.span.start
            and r.span.end == c.span.end and r.concept is not None and r.concept.kind == "occupation"]
    return {g[:3] for occ_id in same if len(g := _group(occ_id, rel)) >= 3}


_CLAUSE_END = re.compile(r"[.,!?;:\n،؟።፣]")


def _clause(c: Constraint, text: str) -> str:
    """The clause the refusal stands in: its words before a verb-final negation too ("прибирати більше не буду", whose
    refusal keeps only the words after the cue)."""
    if not (0 <= c.span.start < c.span.end <= len(text) and text[c.span.start:c.span.end] == c.span.quote):
        return c.span.quote
    a = max((m.end() for m in _CLAUSE_END.finditer(text, 0, c.span.start)), default=0)
    end = _CLAUSE_END.search(text, c.span.end)
    return text[a:end.start() if end else len(text)]


def _names_own(c: Constraint, e: Experience, minor: set[str], rt, clause: str) -> bool:
    from retrieval.refused_family import field_occupations, same_stem

    group = e.ssyk_code or _group(e.occupation.id, rt.relations)
    return (bool(group) and group[:3] in minor) or same_stem(clause, e.span.quote) \
        or e.occupation.id in field_occupations(c.span.quote, rt)


def refuse_own_work(profile: Profile, message: Profile, text: str, rt) -> None:
    """When ``message`` (the new message, ``text``) refuses "not again / no more": the person's own work it names
    (module docstring) is refused by name in ``profile``, one ``avoid`` constraint per occupation, with the
    refusal's words as its label and span."""
    said = [c for c in message.constraints if c.kind == "avoid" and c.span is not None]
    again = [c for c in said if _said_again(c, text)]
    own = [e for e in profile.experiences if e.occupation.kind == "occupation" and e.span is not None]
    if not again or not own:
        return
    refused = {c.concept.id for c in profile.constraints if c.kind == "avoid" and c.concept is not None}
    for c in again:
        minor = _named_by(c, said, rt.relations)
        clause = _clause(c, text)
        hits = [e for e in own if _names_own(c, e, minor, rt, clause)]
        if not hits and not minor and _names_nothing(c.span.quote):  # "INTE igen!": the work told with it
            hits = [e for e in own if e.span.message == c.span.message] or own
        for e in hits:
            if e.occupation.id in refused:
                continue
            refused.add(e.occupation.id)
            ref = ConceptRef(id=e.occupation.id, kind="occupation", label=e.occupation.label,
                             url=ATLAS_URL.format(id=e.occupation.id))
            label = c.label if names_something(c.label) else e.occupation.label  # (not «mer», «буду»: profile16)
            profile.constraints.append(Constraint(kind="avoid", value=e.occupation.label, label=label,
                                                  concept=ref, span=c.span, confidence=0.8))


def drop_empty_refusals(profile: Profile) -> None:
    """Refusals whose words name nothing ("vill inte mer", "i dont want that anymore") leave no item of their own in
    the profile (the copilot shows each one; matching lowers occupations whose names hold its words): what they
    refused, the person's own work, is kept by name (:func:`refuse_own_work`)."""
    profile.constraints = [c for c in profile.constraints
                           if not (c.kind == "avoid" and c.concept is None and not names_something(c.label))]


def left_own_work(state: TurnState, excluded: list[dict], *, turned_away: bool = False) -> list[str]:
    """Labels of the person's experiences that matching left out for a refusal (``excluded`` of the match result,
    reason ``avoid``), when THIS message said a refusal (or, ``turned_away``, a turn away from one's work: "burnt out",
    ``change_field``); [] otherwise."""
    said = state.message_profile.constraints if state.message_profile is not None else []
    if not any(c.kind == "avoid" or (turned_away and c.kind == "other" and c.value == "change_field") for c in said):
        return []
    left = {x["id"] for x in excluded if x.get("reason") == "avoid"}
    by_group: dict[str, str] = {}  # one title per SSYK-4 group («Skräddare», not also «Ändringsskräddare»)
    for e in state.profile.experiences:
        if e.occupation.kind == "occupation" and e.occupation.id in left:
            by_group.setdefault(e.ssyk_code or e.occupation.id, e.occupation.label)
    return list(by_group.values())


#: Limitations a wish for calmer work states ("nåt lugnare med färre människor", "a quiet job at my own pace"): said
#: with leaving one's own work, never instead of it (burnout33: a burnt-out teacher heard only "I noted what you said
#: about meeting many people", not that she wants to leave teaching).
CALM = "calm"


def calm_beside_leaving(limit: str | None, excluded: list[dict]) -> list[Fact] | None:
    """When THIS message wished for calm work (``limit``) beside leaving one's own work: the facts that say the calm
    wish after "you want to leave X" – none when the list's own "I have left out work that means meeting many
    people" (limits_answer, an exclusion for ``calm``) will say it; None for any other limitation (its own
    acknowledgement leads, as before)."""
    if limit != CALM:
        return None
    if any(e.get("reason") == CALM for e in excluded):
        return []
    return [Fact(key="heard.limitation", params={"what": {"term": "limitation", "value": CALM}})]
