"""Which of the fitting courses and programmes suit this person, best first, at most three.

The evidence already holds only education that fits the occupation (retrieval/education.py), in the
person's region or at a distance. Here the person decides:

- someone who wants a job and no education now gets none;
- a young person (under 20 or at school): no labour-market training (AUB, through
  Arbetsförmedlingen, for adult job seekers) and no adult education (Komvux); folk high school
  and higher vocational education (yrkeshögskola) are later steps, and the next steps point to
  a studie- och yrkesvägledare and the gymnasium programmes;
- a newcomer (trained or worked abroad, or writing another language without Swedish): Komvux and
  labour-market training first, courses that include Swedish first of all;
- everyone else: in the region first, then at a distance, closer in meaning first.
"""
from __future__ import annotations

import re
from typing import Literal

from assistant.state import TurnState
from vagledning.domain.evidence import Evidence

Audience = Literal["youth", "newcomer", "adult"]
MAX_EDUCATION = 3
_ADULT_ONLY = {"aub", "gymnasial vuxenutbildning", "nationell yrkesutbildning"}
_NEWCOMER_FIRST = {"gymnasial vuxenutbildning": 0, "aub": 1, "nationell yrkesutbildning": 1}
_WITH_SWEDISH = re.compile(r"svenska|\bsfi\b|\bsfx\b", re.I)
_GOOD_SWEDISH = {"b1", "b2", "c1", "c2", "fluent", "native", "good", "flytande", "modersmål"}


def audience(state: TurnState) -> Audience:
    """Who the education is for: a young person, a newcomer, or an adult."""
    p = state.profile
    if p.is_youth():
        return "youth"
    abroad = any(e.abroad for e in p.experiences) or any(e.abroad for e in p.education)
    swedish = any(lang.code == "sv" and (lang.level or "").casefold() in _GOOD_SWEDISH for lang in p.languages)
    if abroad or (state.language != "sv" and not swedish):
        return "newcomer"
    return "adult"


def wants_none(state: TurnState) -> bool:
    """The person said they want a job, not education, now (and did not ask for courses)."""
    return state.profile.wants_no_study() and state.action != "courses"


def suitable(items: list[Evidence], who: Audience) -> list[Evidence]:
    """Course/programme evidence this person can use, best first (the order found is kept otherwise)."""
    edu = [e for e in items if e.type in ("course", "programme")]
    if who == "youth":
        edu = [e for e in edu if e.facts.get("education_type") not in _ADULT_ONLY]

    def rank(pair: tuple[int, Evidence]) -> tuple:
        i, e = pair
        where = 0 if e.facts.get("in_region") else 1 if e.facts.get("distance") else 2
        if who == "newcomer":
            swedish = 0 if _WITH_SWEDISH.search(e.title) else 1
            return (where, swedish, _NEWCOMER_FIRST.get(e.facts.get("education_type") or "", 2), i)
        return (where, i)

    return [e for _, e in sorted(enumerate(edu), key=rank)]


def pick(state: TurnState, items: list[Evidence], limit: int = MAX_EDUCATION) -> list[Evidence]:
    """At most ``limit`` suitable items not yet named in this answer (none when the person wants none)."""
    if wants_none(state):
        return []
    shown = {f.source for f in state.facts if f.key.startswith("occ.education") or f.key.startswith("courses.item")}
    budget = MAX_EDUCATION - len(shown)
    titles = {" ".join(e.title.casefold().split()) for e in state.evidence if e.doc_id in shown}
    out: list[Evidence] = []
    for e in suitable(items, audience(state)):
        title = " ".join(e.title.casefold().split())
        if e.doc_id in shown or title in titles:  # the same programme from another provider: once
            continue
        titles.add(title)
        out.append(e)
    return out[:max(0, min(limit, budget))]
