"""Supports and facts a counsellor knows, asked by name, each answered from its curated card (know24).

rater34 class 6: "what is nystartsjobb?" got «Personlig tränare/PT» in Swedish and "my sources say nothing" in Somali;
"how long does UHR take?" got the length of Komvux's vocational training. Each topic here is answered by
:mod:`assistant.rights` from curated route documents (``ingest/data/education_routes.yaml``, kind ``support``), cited:

- ``hire_support``: Arbetsförmedlingen's supports to an employer who hires someone long out of work or newly arrived
  (nystartsjobb, introduktionsjobb): the one named, or both when such support is asked without a name ("can an
  employer get money to hire me?"). The wage subsidy for reduced working capacity (lönebidrag) stays with the
  rehabilitation topic;
- ``uhr_time``: how long UHR's assessment of a foreign education takes: UHR states its current processing time on its
  page; it varies with the level of the education and starts once every document is in, and no statement is needed to
  apply for jobs. No number: the page's figure changes.

knows26 (rater35 classes 3 and 8: the questions people actually ask, each answered from its card with its verdict):

- ``kaa``: the municipality's follow-up of a young person under 20 not in the gymnasium (kommunernas
  aktivitetsansvar), asked by name, or as "the kommun / the school keeps calling me" by someone who told they left
  school (never a parent whose pupil skips class);
- ``akassa`` (a topic of :mod:`assistant.rights`): the conditions of the 2025 rules come first, led by "yes, if …" when
  the question asks yes or no, or whether one gets it (:func:`card_lead`);
- ``permit_job_loss``: a work permit named beside a job lost, or with "how long may I stay?": the three months to find
  new work, and that Migrationsverket decides (no "I can't answer permits": assistant/scope.py);
- ``bridge_programme``: a complementary (supplementary) programme asked of a degree from abroad;
- ``years_abroad``: whether years of work abroad count (work or schooling abroad told): UHR assesses the degree, the
  years are shown to the employer or validated.

cards29 (rater36 class 5): ``police_record``: a paper from the police asked for work in a school or preschool (or the
register named): Polisen's register extract, ordered once offered the work.

cards31 (rater38 class 6, explicit questions of a regulated way in): ``police_entry``: what the police training asks
("can I become a police officer, what do I need?"): Polisen's admission requirements (citizenship, courses, licence,
swimming, tests); ``police_citizen``: the same asked by someone not (yet) a citizen, led by the verdict and followed by
Migrationsverket's citizenship page; ``guard_vetting``: a väktare's way in or an offence told beside it ("a fine for
shoplifting at 16 – does it stop me?"): what Länsstyrelsen's vetting checks, never a promised outcome.
"""
from __future__ import annotations

import re

from assistant.intent_cues import has
from assistant.state import TurnState

#: Topic -> its route keys, in the order said.
CARDS: dict[str, tuple[str, ...]] = {
    "hire_support": ("nystartsjobb", "introduktionsjobb"),
    "uhr_time": ("uhr_handlaggningstid",),
    "kaa": ("kommunernas_aktivitetsansvar",),
    "permit_job_loss": ("arbetstillstand_jobbforlust",),
    "bridge_programme": ("kompletterande_utbildning",),
    "years_abroad": ("erfarenhet_utland",),
    # money27: aktivitetsstöd named, or money asked of a course: what AF pays during its programmes, and its course
    "activity_support": ("af_program_ersattning", "arbetsmarknadsutbildning"),
    # cards29 (rater36 new03 T5): a paper from the police asked of work with children: Polisen's register extract
    "police_record": ("registerutdrag_skola",),
    # cards31 (rater38 new01 T2/T4/T5): the police training's admission; with citizenship, Migrationsverket's way to it;
    # a security guard's vetting by Länsstyrelsen
    "police_entry": ("polis_antagningskrav",),
    "police_citizen": ("polis_antagningskrav", "medborgarskap"),
    "guard_vetting": ("vaktare_godkannande",),
}
#: SSYK groups whose degrees from abroad a licensing authority of their own assesses, not UHR's general assessment:
#: health professionals (22: Socialstyrelsen) and licensed teachers (2330 gymnasium, 2341/2342 compulsory school,
#: 2343 preschool: Skolverket).
OWN_AUTHORITY = ("22", "2330", "2341", "2342", "2343")
#: The a-kassa's conditions, said first in its topic (assistant/rights.py TOPICS["akassa"]).
AKASSA_TERMS = "akassa_villkor"
#: A hire_support route key -> the cue group that names it (assistant/locales/intents.yaml).
_NAMED = {"nystartsjobb": "nystartsjobb_name", "introduktionsjobb": "introjobb_name"}


#: A question of at most this many words asks of what the sentence before it named ("I sent my papers to UHR. How
#: long does it take?"); a longer one names its own subject ("… how long does the nursing programme take?").
_SHORT_QUESTION = 6


def card_topics(asked: str, text: str, state: TurnState | None = None) -> list[str]:
    """The topics of :data:`CARDS` the question part ``asked`` of the message ``text`` asks (``state``: the
    conversation, where the message reads with what the person told before)."""
    told = [m.content or "" for m in state.request.messages if m.role == "user"] if state is not None else []
    said = " ".join([*told, text])
    found = []
    if has("hire_support_ask", asked) or any(has(group, asked) for group in _NAMED.values()):
        found.append("hire_support")
    uhr = has("uhr_named", asked) or has("uhr_named", text) and len(asked.split()) <= _SHORT_QUESTION
    if uhr and (has("duration", asked) or has("processing_time", asked)):
        found.append("uhr_time")
    asks = _asks(asked) or _asks(text)
    if asks and (has("kaa_named", text) or has("kaa_calls", text) and out_of_school(said)):
        found.append("kaa")
    if asks and has("work_permit_named", text) and (has("laid_off", text) or has("job_ended", text)
                                                    or has("stay_how_long", asked)):
        found.append("permit_job_loss")
    foreign = has("from_abroad", text)
    if has("bridge_ask", asked) and (foreign or has("bridge_named", asked)) and not _bridging_said(state):
        found.append("bridge_programme")
    # years_count_ask needs a years/experience word beside its counts verb in every language (xfail29): "does my
    # diploma / do my studies / does SFI count?" is recognition or the course, never the card on years of work
    # (repeat33: a country other than Sweden named in the question is abroad too – "do my years from Iraq count
    # here?", «سالهای کارم در عراق … حساب میشه؟»: the story's work had no country read, and it got "what do you mean?")
    abroad = has("from_abroad", said) or _abroad(state) or _country_named(text)
    if _years_counted(asked) and abroad and not _own_recognition(state):
        found.append("years_abroad")
    # money27 (rater36 class 1): "aktivitetsstöd?", "do I get money during the course?" – never the salary
    if has("activity_named", asked) or has("course_money", asked) and _asks(asked) and not has("wage_word", asked):
        found.append("activity_support")
    if _asks(asked) and (has("record_named", asked) or has("police_paper", asked) and has("record_children", said)):
        found.append("police_record")  # (a police paper for a taxi licence is not the school's register extract)
    else:
        found += _entry_cards(asked, text, told, state)
    return found


def _entry_cards(asked: str, text: str, told: list[str], state: TurnState | None) -> list[str]:
    """cards31: the way into the police or a guard's work asked (what it takes, citizenship, an offence told; ``told``:
    the person's messages so far)."""
    if not (_asks(asked) or _asks(text)):
        return []
    if has("police_named", text) and not has("guard_named", text):
        if has("citizen_word", text):
            return ["police_citizen"]
        if has("entry_need", asked) or has("requirements", asked):
            return ["police_entry"]
    return ["guard_vetting"] if _guard_vetting(asked, text, told, state) else []


def _offence(text: str) -> bool:
    """An offence or a criminal record told ("a fine for shoplifting at 16", «غرامة سرقة», «судили за крадіжку»)."""
    return has("offence_word", text) or has("record_named", text)


def _guard_vetting(asked: str, text: str, told: list[str], state: TurnState | None) -> bool:
    """guard33: what Länsstyrelsen's vetting checks answers an offence told in a conversation about a guard's work –
    beside the guard named ("a fine at 16, does it stop me as a väktare?"), before the way in is asked (the fine told,
    then "what do I need to become a väktare?") or after its answer ("I had a fine at 17, does that matter?"). The way
    in asked with no offence told is the regulated profession's card (the training and Länsstyrelsen's approval:
    routes5); the vetting card answers it only when no work was read from the message (no licence answer to give)."""
    if not has("guard_named", text):
        return _offence(text) and any(has("guard_named", m) for m in told) and not has("police_named", text)
    if _offence(text) or any(_offence(m) for m in told):
        return True
    way_in = has("entry_need", asked) or has("requirements", asked)
    return way_in and (state is None or state.focus is None)


def vetting_beside(topic: str, state: TurnState) -> bool:
    """guard33: the vetting card follows the licence answer, never replaces it, when the message asks the way in of a
    guard's work read as an occupation and tells no offence itself (the offence was told before): what was asked leads."""
    return topic == "guard_vetting" and state.focus is not None and not _offence(state.text)


#: The ends of a sentence (Latin, Arabic, Ethiopic): "I worked 8 years. Does my diploma count?" asks of the diploma.
_SENTENCE_END = re.compile(r"[.!?؟።፧]+")


def _years_counted(asked: str) -> bool:
    """Whether years of work count: sv/en's gapped cues, or a counts verb in a sentence that names years or experience
    (the verb may stand far from them: Somali and Persian put it last, «8-da sano ee aan injineer ahaa halkan ma la ii
    tirinayaa?»)."""
    return has("years_count_ask", asked) or any(has("count_verb", s) and has("years_word", s)
                                                for s in _SENTENCE_END.split(asked))


def _bridging_said(state: TurnState | None) -> bool:
    """An earlier answer of this conversation cited a profession's own supplementary programme (the pharmacists'
    «Kompletteringsutbildning för apotekare …»): "is the supplementary programme in Malmö or Lund?" then asks of that
    programme (its places, its length: assistant/route_places.py), not whether such programmes exist (partial14)."""
    if state is None:
        return False
    from ingest.sources.routes import load

    titles = [r.name_sv for r in load().routes if r.kind == "bridging_programme"]
    return any(t in (m.content or "") for m in state.history if m.role == "assistant" for t in titles)


def _country_named(text: str) -> bool:
    from assistant.licence_country import country_named

    return country_named(text, adjectives=False, abroad=True) is not None


def _abroad(state: TurnState | None) -> bool:
    """Work or education from another country in the profile ("15 år som ingenjör i syrien")."""
    if state is None:
        return False
    items = [*state.profile.experiences, *state.profile.education]
    return any(getattr(i, "abroad", False) or (getattr(i, "country", None) or "SE").upper() != "SE" for i in items)


def _own_recognition(state: TurnState | None) -> bool:
    """Work told in a regulated profession with its own authority (a teacher's degree goes to Skolverket, a nurse's to
    Socialstyrelsen): "will my education count?" is answered by that authority's route in the answer about the work,
    not by UHR's general card (rater36, replay07 T1: a maths teacher from Eritrea got UHR's card alone)."""
    return state is not None and any(getattr(e, "recognition", None) or (e.ssyk_code or "").startswith(OWN_AUTHORITY)
                                     for e in state.profile.experiences)


def out_of_school(said: str) -> bool:
    """The person told they left the gymnasium or go to no school: the municipality's calls are its follow-up of them
    (a pupil's school calling about absence is not)."""
    return has("out_of_school", said)


def _asks(text: str) -> bool:
    """A question: a question mark (Latin, Arabic or Ethiopic) or a question word."""
    return any(mark in text for mark in "?؟፧") or has("question", text)


def card_lead(topic: str, asked: str, entry: tuple[str | None, tuple[str, ...]],
              state: TurnState | None = None) -> tuple[str | None, tuple[str, ...]]:
    """The lead and routes of ``topic`` for the question ``asked``: an a-kassa question asking yes or no, or whether one
    gets it, is answered "yes, if …" before its conditions (knows26) – or, where the person told the facts the
    conditions turn on (months of membership, full-time work; age and years for omställningsstudiestöd), by the
    verdict on those facts, said here with its figures (akassa29: assistant/told_terms.py; no lead is returned then)."""
    from assistant.study_money import KEEP_JOB_ROUTES, keeps_job
    from assistant.told_terms import akassa_verdict, asks_verdict, omstallning_verdict

    lead, keys = entry
    verdict = None
    if state is not None and asks_verdict(asked, state.text):
        verdict = akassa_verdict(state) if topic == "akassa" else \
            omstallning_verdict(state) if topic in ("transition", "csn") and has("transition_ask", asked) else None
    if verdict is not None and state is not None:
        state.say(verdict[0], **verdict[1])
        return None, keys
    if topic == "akassa" and asks_verdict(asked, state.text if state is not None else asked):
        return "rights.akassa_yes_if", keys
    if topic == "police_citizen":  # (cards31: the verdict first – a permanent permit is not enough)
        return "rights.police_citizen_lead", keys
    if topic == "study_work" and state is not None and keeps_job(state, asked):  # (second32: may work beside studies)
        return "rights.keep_job_lead", KEEP_JOB_ROUTES
    return lead, keys


def card_skip(topic: str, asked: str) -> set[str]:
    """Routes of ``topic`` not asked: the support not named when the question names the other ("what is
    nystartsjobb?" is not asked of introduktionsjobb)."""
    if topic == "paid_learning" and not has("apprentice_named", asked):
        return {"larlingsersattning"}  # (cards29: CSN's grant for the gymnasium's apprentices, said when one is named)
    if topic != "hire_support":
        return set()
    named = {key for key, group in _NAMED.items() if has(group, asked)}
    return set(CARDS[topic]) - named if named else set()
