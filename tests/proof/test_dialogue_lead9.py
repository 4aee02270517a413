"""Pain that limits, asked as "is it (not) a problem?" (the independent counsellor's ninth rating, conv1 turn 6).

"My back hurts a bit, driving all day is not a problem?" is a back limitation and a question: the negation of
"problem" refuses nothing, so driving is never "set aside" as if the person had turned it down.
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_lead9.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraints, groups, route_ids, said, said_all

DRIVER, BACK_PROBLEM = said("lead9_taxi_driver"), said("lead9_back_driving_problem")


@pytest.mark.parametrize("locale", ALL)
def test_back_pain_with_is_it_no_problem_is_a_limit_and_no_refusal(person, locale):
    person.say(DRIVER[locale])
    body = person.say(BACK_PROBLEM[locale])
    assert not constraints(body, "avoid"), (body["profile"]["constraints"], body["answer"])
    assert [c for c in constraints(body, "limitation") if "back" in (c.get("value") or "") + str(c.get("code") or "")
            ], body["profile"]["constraints"]


TURNS = said_all("lead9_young_story", "lead9_no_cleaning", "lead9_forklift_cost", "lead9_building_start")


@pytest.mark.parametrize("locale", list(TURNS[0]))
def test_an_occupation_group_is_never_named_empty(person, locale):
    for turn in TURNS:
        body = person.say(turn[locale])
        assert "«»" not in body["answer"], body["answer"]


COOK_B1, NEED_SWEDISH = said("lead9_cook_b1"), said("lead9_need_swedish")


@pytest.mark.parametrize("locale", ALL)
def test_a_told_b1_level_is_kept_and_past_sfi(person, locale):
    first = person.say(COOK_B1[locale])
    assert [lang.get("level") for lang in first["profile"]["languages"] if lang["code"] == "sv"] == ["b1"], \
        first["profile"]["languages"]
    body = person.say(NEED_SWEDISH[locale])
    assert "route:sfi" not in route_ids(body), (route_ids(body), body["answer"])


TWO_SALARIES = said("lead9_two_salaries")


@pytest.mark.parametrize("locale", ALL)
def test_one_pay_question_about_two_occupations_answers_both(person, locale):
    body = person.say(TWO_SALARIES[locale])
    assert body["action"] == "salary", (body["action"], body["answer"])
    shown = [o["ssyk_code"] for o in body["occupations"]]
    assert any(c.startswith("532") for c in shown) and "2221" in shown, (shown, body["answer"])


MANAGER = said("lead9_shop_manager")


@pytest.mark.parametrize("locale", list(TURNS[0]))
def test_no_managers_post_for_someone_who_has_not_led(person, locale):
    for turn in TURNS[:2]:  # his story, then "no cleaning" (rater9 conv5: store and department managers)
        body = person.say(turn[locale])
        assert not [g for g in groups(body) if g.startswith("1")], (body["occupations"], body["answer"])


@pytest.mark.parametrize("locale", list(MANAGER))
def test_a_manager_keeps_managers_posts_near(person, locale):
    body = person.say(MANAGER[locale])
    assert [g for g in groups(body) if g.startswith("1")], body["occupations"]

