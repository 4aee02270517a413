"""The person's goal is kept (rater29 class 1, and class 5's leak).

- A bus driver whose licence is not valid here asked "in the meantime, is there other work I can do?" and heard "you
  want to leave bus driving"; the next answer said "as you asked, I excluded bus driver". Other work meanwhile keeps
  the goal: no turn away from it, no refusal of it, nothing said about leaving it.
- A shop owner said "no, not a cashier, something else?" and heard "you want to leave shop work", then a market
  seller praised for running a cash register. "Not X" refuses X: the own shop work is not left, and the refused
  task is no reason given in the next list.
- "I like cars. I want to work with it": the pronoun takes its referent (cars), never an occupation of its own
  (rater29 c11: " med det" became the wish «Verktygssmed»); "I have no driving licence" then keeps the courses that
  need one (a truck-licence course) out of the answer.

In all 8 languages, through the real app over the shared test store; the sentences live in
phrases/dialogue_goal16.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, constraints, listed, said_all, skill_lines, wording_start

GOAL, MEANWHILE, SHOP, NOT_CASHIER, CARS, NO_LICENCE = said_all(
    "goal16_driver_goal", "goal16_meanwhile_other", "goal16_shop", "goal16_not_cashier", "goal16_cars_with_it",
    "goal16_no_licence")

#: Sentences that say the person wants to leave a work, or that a work was left out as they asked.
LEAVING = ("heard.leave_own", "heard.change", "constraint.avoided")
#: Courses that need a driving licence or lead to one (truck, bus, taxi driving).
DRIVING_COURSE = re.compile(r"körkort|behörighet|yrkesförare|lastbil|buss|taxi|truck", re.I)
#: SSYK groups of motor-vehicle work: mechanics, body and paint work, assembly, sales, tyres, car care.
CAR_WORK = ("7231", "7213", "7132", "8211", "8219", "5223", "7233", "8332", "9129", "3115", "7212")


def _own(body: dict) -> set[str]:
    return {e["occupation"]["id"] for e in body["profile"]["experiences"]}


def _leaving_said(body: dict, locale: str) -> list[str]:
    return [k for k in LEAVING if wording_start(locale, k, 20) and wording_start(locale, k, 20) in body["answer"]]


@pytest.mark.parametrize("locale", ALL)
def test_other_work_meanwhile_keeps_the_goal(person, locale):
    person.say(GOAL[locale])
    body = person.say(MEANWHILE[locale])
    listed(body)
    turned = [c for c in constraints(body, "other") if c["value"] == "change_field"]
    assert not turned, (locale, turned)
    refused = [c for c in constraints(body, "avoid") if c.get("concept") and c["concept"]["id"] in _own(body)]
    assert not refused, (locale, refused)
    assert not _leaving_said(body, locale), (locale, _leaving_said(body, locale), body["answer"][:500])


@pytest.mark.parametrize("locale", ALL)
def test_not_a_cashier_refuses_the_cashier_not_the_shop_work(person, locale):
    person.say(SHOP[locale])
    body = person.say(NOT_CASHIER[locale])
    shown = listed(body)
    assert "5230" not in shown, (locale, body["occupations"])
    refused = [c for c in constraints(body, "avoid") if c.get("concept") and c["concept"]["id"] in _own(body)]
    assert not refused, (locale, refused)
    assert wording_start(locale, "heard.leave_own", 20) not in body["answer"], (locale, body["answer"][:500])
    praised = [s for s in skill_lines(locale, body["answer"]) if re.search(r"kass", s, re.I)]
    assert not praised, (locale, praised)


@pytest.mark.parametrize("locale", ALL)
def test_work_with_it_means_the_thing_named_and_no_licence_keeps_driving_courses_out(person, locale):
    body = person.say(CARS[locale])
    first = re.split(r"[.!?،,።؟]", CARS[locale])[0]
    anaphor = [w for w in body["profile"]["wishes"] if w.get("span") and w["span"]["start"] >= len(first)
               and w.get("concept")]
    assert not anaphor, (locale, [(w["span"]["quote"], w["concept"]["label"]) for w in anaphor])
    assert set(listed(body)[:1]) & set(CAR_WORK), (locale, body["occupations"])
    body = person.say(NO_LICENCE[locale])
    titles = [c["title"] for c in body["citations"] if c["kind"] in ("course", "programme")]
    assert not [t for t in titles if DRIVING_COURSE.search(t)], (locale, titles)
