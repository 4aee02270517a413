"""What a person says they want and have, honoured from the first answer (rater 5, problem 2).

- Turning away from one's own work by asking what else there is leaves that work's family out.
- "Lighter work, sit more" is a limitation (the limit filters read it), never a refusal of the words; lighter
  work than now also turns away from the work done.
- Every trade told (abroad, informal) leads to suggestions of its own.
- A training or diploma told fills the education, so the education question is not asked.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import constraints, groups, said, said_all

OUT_OF_OWN, LIGHTER, TRAINED, TWO_TRADES = said_all(
    "wants_out_of_own_work", "wants_lighter_seated", "training_told", "two_trades_abroad")


@pytest.mark.parametrize("locale", list(OUT_OF_OWN))
def test_what_else_turns_away_from_the_own_work(person, locale):
    body = person.say(OUT_OF_OWN[locale])
    assert constraints(body, "other"), body["profile"]["constraints"]
    own = {e["ssyk_code"] for e in body["profile"]["experiences"]}
    assert own, body["profile"]
    assert body["occupations"], body["answer"]
    assert not own & set(groups(body)), (own, body["occupations"])


@pytest.mark.parametrize("locale", list(LIGHTER))
def test_lighter_seated_work_is_a_limitation_not_a_refusal(person, locale):
    body = person.say(LIGHTER[locale])
    assert {"lifting", "standing"} & {c["value"] for c in constraints(body, "limitation")}, body["profile"]["constraints"]
    assert not constraints(body, "avoid"), body["profile"]["constraints"]


LIGHTER_THAN_NOW = said("lighter_than_now")


@pytest.mark.parametrize("locale", list(LIGHTER_THAN_NOW))
def test_lighter_work_than_now_turns_away_from_the_work_done(person, locale):
    body = person.say(LIGHTER_THAN_NOW[locale])
    assert "lifting" in {c["value"] for c in constraints(body, "limitation")}, body["profile"]["constraints"]
    own = {e["ssyk_code"] for e in body["profile"]["experiences"]}
    assert own and body["occupations"], body["profile"]
    assert not own & set(groups(body)), (own, body["occupations"])


LIGHTER_THAN_TASKS = said("lighter_than_tasks")
CLEANING = {"9111", "9119"}


@pytest.mark.parametrize("locale", list(LIGHTER_THAN_TASKS))
def test_lighter_work_than_tasks_told_leaves_that_work_out(person, locale):
    body = person.say(LIGHTER_THAN_TASKS[locale])
    assert not CLEANING & set(groups(body)), body["occupations"]


@pytest.mark.parametrize("locale", list(TWO_TRADES))
def test_every_trade_told_leads_somewhere(person, locale):
    body = person.say(TWO_TRADES[locale])
    told = {e["ssyk_code"][:2] for e in body["profile"]["experiences"]}
    assert "83" in told, body["profile"]["experiences"]  # the driving
    assert len(told) >= 2, body["profile"]["experiences"]
    # (driving with a bad back may lead to seated transport work: a group of its own, not the other trade's)
    assert len({g[:2] for g in groups(body)}) >= 2, (told, body["occupations"])


@pytest.mark.parametrize("locale", list(TRAINED))
def test_a_training_told_is_education_and_not_asked_again(person, locale):
    body = person.say(TRAINED[locale])
    assert body["profile"]["education"], body["profile"]
    assert lookup(locale, "ask.education") not in body["answer"], body["answer"]


COURSE_NEAR_ME = said("course_near_me")


@pytest.mark.parametrize("locale", list(OUT_OF_OWN))
def test_a_course_for_me_after_turning_away_is_not_for_the_old_work(person, locale):
    first = person.say(OUT_OF_OWN[locale])
    own = {e["ssyk_code"] for e in first["profile"]["experiences"]}
    body = person.say(COURSE_NEAR_ME[locale])
    assert not own & set(groups(body)), (own, body["action"], body["occupations"])
