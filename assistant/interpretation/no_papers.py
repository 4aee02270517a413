"""The papers of one's schooling or trade are missing (read18, rater17).

"I have no school papers", "mina betyg försvann i kriget", "شهاداتي ضاعت", "waraaqahaygii way lumeen": the profile
records ``Constraint(kind="other", value=NO_PAPERS)`` (the words told, their span), in 8 languages (no_papers.yaml),
so that later answers can offer validation or an assessment of the education instead of a school requirement alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from vagledning.domain.profile import Constraint, Profile, Span
from vagledning.yaml_data import load_yaml

NO_PAPERS = "no_papers"
_PATH = Path(__file__).with_name("no_papers.yaml")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for items in (doc.get("patterns") or {}).values() for p in items)


def papers_told_missing(text: str) -> bool:
    """``text`` says the papers are missing ("without papers", «بدون مدرک», «без документів»): a diploma named so is
    none to have recognised (assistant/validation_asked.py)."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    return any(p.search(folded) for p in _patterns())


@lru_cache(maxsize=1)
def _away() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for items in (doc.get("away") or {}).values() for p in items)


def papers_told_away(text: str) -> bool:
    """``text`` says the papers exist but are far away – left at home, no copy here (no_papers.yaml ``away``): only
    then is fetching copies advice; "I have no papers or certificate" is validation alone (consist32, rater39)."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    return any(p.search(folded) for p in _away())


@lru_cache(maxsize=1)
def _no_education() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for items in (doc.get("no_education") or {}).values() for p in items)


def education_told_none(texts: list[str]) -> bool:
    """One of ``texts`` (what the person wrote) says they have no education at all ("ingen utbildning här", «освіти
    немає», "waxbarasho ma haysto"; no_papers.yaml ``no_education``): there is nothing to apply with (contra30)."""
    from assistant.interpretation.constraints import fold

    return any(p.search(fold(t)) for t in texts for p in _no_education())


def papers_missing(profile: Profile, text: str, message: int = 0) -> None:
    """Record that the person's papers are missing when ``text`` (redacted) says so, once per profile."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    _papers_school(profile, folded, message)
    if any(c.kind == "other" and c.value == NO_PAPERS for c in profile.constraints):
        return
    m = next((m for p in _patterns() if (m := p.search(folded))), None)
    if m is not None:
        a, b = m.start(), m.end()
        profile.constraints.append(Constraint(kind="other", value=NO_PAPERS, label=text[a:b].strip()[:120],
                                              span=Span(start=a, end=b, quote=text[a:b], message=message),
                                              confidence=0.8))


#: How far after the words of missing papers a school still names whose papers they are ("… papers from the
#: university", «… الاوراق من الجامعة»).
_OF_SCHOOL = 30


def _papers_school(profile: Profile, folded: str, message: int) -> None:
    """"I don't have all my papers from the university, only the first year's grades" (life16, rater29 ar c02): the
    school named with the missing papers is whose papers they are, no education of its own – it was read as a finished
    Swedish degree of three years beside the two unfinished years abroad told before. An education told in the same
    message outside those words ("I studied four years at university but lost my papers") is kept."""
    spans = [(m.start(), m.end() + _OF_SCHOOL) for p in _patterns() for m in p.finditer(folded)]
    if spans:
        profile.education = [e for e in profile.education if e.span is None or e.span.message != message
                             or not any(a <= e.span.start < b for a, b in spans)]
