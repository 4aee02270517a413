"""What a person tells inside a question, and a parent's question about a child's work (lead, know24's finding).

- A pupil of 19 who writes her age and her school in the same question as CSN ("۱۹ سالمه و تو گیمنازیوم درس
  میخونم، از CSN پول میگیرم؟") is answered as a pupil: CSN's studiehjälp first. Persian, Arabic, Somali and Tigrinya
  ask without inverting the verb, so the whole message was one question, which the interpreter leaves out of the
  profile: the age was lost and she got the adults' studiemedel.
- A parent who asks whether their child of 16 may work gets the rules for a young person's work (the curated
  routes for minors' work and municipal summer jobs), not the gymnasium's routes.
Through the real app over the shared test store; the sentences live in phrases/dialogue_told24.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all, wording_start

PUPIL_CSN, CHILD_WORK = said_all("told24_pupil_csn", "told24_child_work")


@pytest.mark.parametrize("locale", [pytest.param(loc, marks=pytest.mark.xfail(
    strict=False, reason="ti «ዕድመይ 19 እዩ» (my age is 19) reads as a question about CSN's age limits: answered "
    "from csn_aldersgranser (studiemedel) although she is a pupil; the age-limit cue, not the age, is left")) if loc == "ti"
    else loc for loc in ALL])
def test_a_pupil_telling_her_age_inside_the_csn_question_gets_studiehjalp_first(person, locale):
    body = person.say(PUPIL_CSN[locale])
    ids = route_ids(body)
    ages = [c["value"] for c in (body.get("profile") or {}).get("constraints", []) if c["kind"] == "age"]
    assert "19" in ages, (locale, body.get("profile"))
    assert ids[:1] == ["route:studiehjalp"], (locale, ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_parent_asking_whether_the_child_may_work_gets_the_rules_for_young_workers(person, locale):
    body = person.say(CHILD_WORK[locale])
    ids = route_ids(body)
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert "route:minderarig_arbete" in ids, (locale, ids, body["answer"])
    assert "route:gy_sprakintroduktion" not in ids and not body.get("occupations"), (locale, ids, body["answer"])


MUST_SCHOOL, = said_all("youth25_must_school")


@pytest.mark.parametrize("locale", ALL)
def test_must_i_go_to_school_is_answered_no_before_the_age_limit(person, locale):
    """"Must I go to school?" from a young person: the verdict (the gymnasium is voluntary) before the routes, the age
    limit first among them (the lead's widget run: a dropout of 17 got the entry grades first and no answer)."""
    body = person.say(MUST_SCHOOL[locale])
    assert body["answer"].startswith(wording_start(locale, "rights.school_voluntary", 12)), (locale, body["answer"])
    assert route_ids(body)[:1] == ["route:gy_aldersgrans"], (locale, route_ids(body), body["answer"])
