"""Proof: the kind of question asked is the kind answered (asked16; the independent counsellor's 29th rating, classes 2
and 6: "how do I continue my studies here?" got "what work did you do before?", "can I open a shop here?" got three
shop-employee jobs, "Helst inte distans, jag vill sitta i ett klassrum" got "what you ask is not in my sources").

- Unfinished university studies from abroad and "how do I continue them here?", said without a word for recognising or
  UHR, get the studies answer (assistant/studies_abroad.py): not assessed as a degree; apply on antagning.se and ask the
  university to credit the courses (route ``tillgodoraknande_utland``), cited; never job suggestions.
- "Can I open a (small) shop / bakery / salon / restaurant here?" is starting one's own business: the curated business
  routes (verksamt.se …), never jobs as a shop employee.
- After a course list, "not at a distance, in a classroom" lists only what is given on site, or says plainly that the
  sources hold none on site and whom to ask (assistant/study_reach.py).
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_asked16.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, cited, route_ids, said_all, wording_literal

CONTINUE, OPEN_PLACE, COURSE_STORY, NOT_DISTANCE = said_all(
    "asked16_continue_studies", "asked16_open_place", "asked16_course_story", "asked16_not_distance")
CREDIT = "route:tillgodoraknande_utland"
#: Answers that answer another question, or nothing.
_MISREAD = ("unknown_occupation", "which_occupation", "more", "nothing_more", "salary", "suggest", "demand", "provide")


@pytest.mark.parametrize("locale", ALL)
def test_continuing_unfinished_studies_gets_credit_transfer_and_admission(person, locale):
    body = person.say(CONTINUE[locale])
    assert body["action"] == "recognition", (locale, body["action"], body["answer"][:500])
    assert not body["occupations"], (locale, body["answer"][:500])
    credit = next((c for c in body["citations"] if c["id"] == CREDIT), None)
    assert credit is not None, (locale, route_ids(body))
    assert f"[{credit['n']}]" in body["answer"] and "antagning.se" in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_opening_a_shop_of_ones_own_is_starting_a_business(person, locale):
    body = person.say(OPEN_PLACE[locale])
    assert body["action"] == "rights", (locale, body["action"], body["answer"][:500])
    assert "route:verksamt" in route_ids(body), (locale, route_ids(body), body["answer"][:500])
    assert not body["occupations"], (locale, [o.get("label") for o in body["occupations"]])


def _at_distance(rt, citation: dict) -> bool:
    doc = rt.store.get_docs(citation["kind"], [citation["id"]]).get(citation["id"]) or {}
    meta = doc.get("metadata") or {}
    return meta.get("study_form") == "Distans" or bool(
        re.search(r"distans|distance", f"{citation['title']} {citation.get('snippet') or ''}", re.I))


@pytest.mark.parametrize("locale", ALL)
def test_not_at_a_distance_lists_only_on_site_ones_or_says_none(person, locale, real_runtime):
    person.say(COURSE_STORY[locale])
    body = person.say(NOT_DISTANCE[locale])
    assert body["action"] not in _MISREAD, (locale, body["action"], body["answer"][:500])
    education = cited(body, "course", "programme")
    distant = [c["title"] for c in education if _at_distance(real_runtime, c)]
    assert not distant, (locale, distant, body["answer"][:600])
    none = wording_literal(locale, "study_reach.none_on_site")
    assert education or none in body["answer"], (locale, body["action"], body["answer"][:600])
