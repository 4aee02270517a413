"""Whether a curated route or right applies to this person, by the conditions its deciding authority sets (route10).

The counsellor's findings (rater 10, 2.0/5): Skolverket's licence page for a teaching degree from abroad for a
19-year-old with no education; omställningsstudiestöd (8 years of work in Sweden) for people who never worked here;
the introduction programme (ages 20–65) without a look at the age; "CSN: yes, usually" for a 19-year-old whom the
age rule excludes from studiemedel for Komvux; no tilläggsbidrag for a mother of three. Each route's conditions are
data (``conditions`` in ``ingest/data/education_routes.yaml``: ages, a training abroad, years of work in Sweden,
children, temporary protection); :func:`unmet` applies them to what the person told. A condition is unmet only when
the profile shows it is: an age not told meets every age, while a route for people trained abroad, with children or
with temporary protection needs them told. Years of work in Sweden are unmet when the person said they never worked,
told work (here) of fewer years, or is a newcomer who told no work here.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.degree_routes import says_schooled_here
from assistant.education import age, audience
from assistant.residence import temporary_protection, western
from assistant.state import TurnState
from vagledning.yaml_data import load_yaml

_FACTS = Path(__file__).resolve().parent / "locales" / "route_facts.yaml"


@dataclass(frozen=True)
class Unmet:
    """The first condition of a route the person's facts do not meet, with the figures to say it."""

    condition: str  # age | trained_abroad | work_in_sweden | children | temporary_protection | short_education
    # | degree_work | region
    figures: dict[str, Any] = field(default_factory=dict)


@functools.cache
def _conditions() -> dict[str, Any]:
    from ingest.sources.routes import load

    return {r.key: r.conditions for r in load().routes if r.conditions is not None}


def within_ages(key: str, old: int) -> bool:
    """``old`` is within the ages route ``key``'s curated conditions state (CSN's, for a study support): one set of
    figures for every answer that weighs an age against them (money19: 27-62 here and 27-63 elsewhere disagreed)."""
    c = _conditions().get(key)
    return c is None or (c.age_min is None or old >= c.age_min) and (c.age_max is None or old <= c.age_max)


@functools.cache
def _cues(group: str) -> re.Pattern[str]:
    doc = load_yaml(_FACTS.read_text(encoding="utf-8")) or {}
    return re.compile("|".join(f"(?:{p})" for ps in (doc.get(group) or {}).values() for p in ps))


def _says(state: TurnState, group: str) -> bool:
    """A message of the person says what the cues of ``group`` (route_facts.yaml) say."""
    return any(_cues(group).search(text) for text in _said(state))


def _said(state: TurnState) -> list[str]:
    return [" ".join(western(m.content or "").casefold().split()) for m in state.request.messages if m.role == "user"]


def for_degree_from_abroad(key: str) -> bool:
    """Route ``key`` is only for someone trained abroad (its page is the authority's for a degree from abroad)."""
    c = _conditions().get(key)
    return bool(c is not None and c.trained_abroad)


#: Education bands (assistant/interpretation/segment.py) beyond a short earlier education: a finished gymnasium or more.
LONGER_EDUCATION = ("gymnasium", "eftergymnasial_lt3", "eftergymnasial_ge3", "forskarutbildning")
#: The SEQF level of a finished gymnasium (an education told with its level but another label: the level decides).
GYMNASIUM_SEQF = 4


def longer_education(state: TurnState) -> str | None:
    """The words in which the person told a finished gymnasium or a degree (a master's, "university"), None when
    they told none: a grant for a short earlier education (studiestartsstöd) is not theirs (csn20)."""
    told = [e for e in state.profile.education if (e.label in LONGER_EDUCATION or (e.seqf or 0) >= GYMNASIUM_SEQF)
            and not e.in_progress]
    return told[-1].span.quote if told else None


def degree_work(state: TurnState) -> str | None:
    """The words in which the person told work that asks a university education (SSYK 2012 major group 2, "work
    requiring advanced higher education": a pharmacist, an engineer), None when they told none: a grant for a short
    earlier education is not theirs either (rights20, rater33 new02: offered to a pharmacist)."""
    told = [e for e in state.profile.experiences if (e.ssyk_code or "").startswith("2") and e.span is not None]
    return told[-1].span.quote if told else None


def has_children(state: TurnState) -> bool:
    """The person said they have children (any of the 8 languages)."""
    return _says(state, "children")


def trained_abroad(state: TurnState, code: str | None = None) -> bool:
    """An education from another country told, or work in the occupation's field (its SSYK sub-major group: a maths
    teacher's 2330 for a 2341 question; any work when no ``code``) done abroad, and not "I studied here / have no
    degree from abroad". A newcomer's work and education count as from abroad (the country is often not read)."""
    p = state.profile
    if says_schooled_here(state):
        return False
    newcomer = audience(state) == "newcomer"  # their work and degrees told are from abroad, also where no country is
    if any(e.abroad or newcomer and not e.in_progress for e in p.education):
        return True
    return any((e.abroad or newcomer) and (code is None or (e.ssyk_code or "")[:2] == code[:2]) for e in p.experiences)


def says_no_work_here(state: TurnState) -> bool:
    """A message of the person says they have not worked / have no work in Sweden (route_facts.yaml no_work_here)."""
    return _says(state, "no_work_here")


def work_here_unsure(state: TurnState) -> bool:
    """Work told that CSN may not count as work in Sweden (abroad10, rater26 C1: eight years of informal housework in
    Saudi Arabia heard "you probably meet that"): work done abroad, work told as informal or undeclared (route_facts.yaml
    informal_work: "without a contract", "cash in hand", «ብዘይ ውዕል»), or a newcomer's work with no place in Sweden told
    (their work is mostly from abroad: :func:`trained_abroad`)."""
    work = state.profile.experiences
    if _says(state, "informal_work"):  # (also where the work itself was not read: «اشتغلت بالتنظيف بدون عقد»)
        return True
    newcomer = audience(state) == "newcomer" and not any(e.country == "SE" for e in work)
    return bool(work) and (newcomer or any(e.abroad for e in work))


def _work_here_short(state: TurnState, years: int) -> int | None:
    """The years of work in Sweden told when they fall short of ``years`` (0: none), None when not known to."""
    from assistant.interpretation.no_work import never_worked

    here = [e for e in state.profile.experiences if not e.abroad]
    told = max((int(e.years) for e in here if e.years), default=0)
    if told >= years:
        return None
    if _says(state, "no_work_here") or any(never_worked(m.content or "") for m in state.request.messages
                                            if m.role == "user"):
        return 0
    if here and all(e.years for e in here):
        return told
    return 0 if not here and audience(state) == "newcomer" else None


def unmet(state: TurnState, key: str, code: str | None = None) -> Unmet | None:
    """The condition of route ``key`` this person is known not to meet (None: it applies, or may)."""
    c = _conditions().get(key)
    if c is None:
        return None
    old = age(state)
    if old is not None and (c.age_min is not None and old < c.age_min or c.age_max is not None and old > c.age_max):
        return Unmet("age", {"age": old, "min": c.age_min or 0, "max": c.age_max or 0})
    if c.trained_abroad and not trained_abroad(state, code):
        return Unmet("trained_abroad")
    if c.worked_in_sweden_years and (short := _work_here_short(state, c.worked_in_sweden_years)) is not None:
        return Unmet("work_in_sweden", {"years": c.worked_in_sweden_years, "told": short})
    if c.children and not has_children(state):
        return Unmet("children")
    if c.temporary_protection and not temporary_protection(state):
        return Unmet("temporary_protection")
    if c.short_education and (longer := longer_education(state)) is not None:
        return Unmet("short_education", {"education": longer})
    if c.short_education and (work := degree_work(state)) is not None:
        return Unmet("degree_work", {"work": work})
    lives = {x.label for x in state.profile.constraints if x.kind == "region" and x.label}
    if c.regions and lives and not lives & set(c.regions):  # (a region not told meets every region)
        return Unmet("region")
    return None


#: CSN's study supports that temporary protection rules out (not resident under the Social Insurance Code: the route
#: csn_tillfalligt_skydd), though no condition of theirs says so.
NOT_WITH_PROTECTION = ("studiemedel", "studiestartsstod", "csn_tillaggsbidrag", "studiemedel_belopp")


def not_theirs(state: TurnState, key: str, code: str | None = None) -> bool:
    """Route ``key`` is known not to be this person's – a CSN study support beside temporary protection, or a condition
    they do not meet (an age) – so no answer offers it, whatever path writes it (contra30/contra31, rater38: "studiemedel
    from CSN" after "no studiemedel with temporary protection", and to a boy of 17)."""
    return key in NOT_WITH_PROTECTION and temporary_protection(state) or unmet(state, key, code) is not None


def applies(state: TurnState, key: str, code: str | None = None) -> bool:
    """Route ``key`` may be offered to this person (no condition of it is known to be unmet)."""
    return unmet(state, key, code) is None


#: Routes that train someone into an occupation (not validation, a licence check or a certificate of work done).
TRAINING_KINDS = ("vocational_title", "vocational_package", "apprenticeship", "gymnasium_programme")


def trains_for_held(state: TurnState, route: Any, code: str | None) -> bool:
    """The route trains into SSYK group ``code``, an occupation the person already does in Sweden (prof11, rater11
    conv3: a woman 30 years an undersköterska in Gävle was offered the Komvux training to undersköterska): work told
    as done here (not abroad, where the Swedish title may still need the training) in the same minor group as
    ``code`` and among the route's own groups. A waiter is still offered the restaurant programme towards cook, a
    welder the apprenticeship towards electrician (other minor groups, though the routes cover both)."""
    if route.kind not in TRAINING_KINDS or not code:
        return False
    return any(e.ssyk_code and not e.abroad and e.ssyk_code[:3] == code[:3]
               and any(e.ssyk_code.startswith(p) for p in route.ssyk) for e in state.profile.experiences)
