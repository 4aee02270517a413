"""Money asked while training gets the support, never the salary (money27; rater36 class 1).

The counsellor's finding, as a kind of failure (own words): "is the AMU course free, do I get money? wife and two
kids" got the electrician's salary, and "I didn't ask about salary!! aktivitetsstöd or something?" the same salary
again. Now, in all 8 languages: aktivitetsstöd named, or money asked of a course ("do I get money during the
course?"), is answered from Arbetsförmedlingen's support card (route af_program_ersattning: aktivitetsstöd during its
programmes, applied for at Försäkringskassan), and "I didn't ask about the pay" takes the pay out of the answer.
Through the real app over the shared test store; the sentences live in phrases/dialogue_money27.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

NAMED, COURSE_MONEY, SALARY_FIRST, NOT_SALARY = said_all(
    "money27_named", "money27_course_money", "money27_salary_first", "money27_not_salary")


def _support_said(body: dict, locale: str) -> None:
    """The support card cited and said (its Swedish name is in every locale's sentence); no salary."""
    assert "route:af_program_ersattning" in route_ids(body), (locale, route_ids(body), body["answer"])
    assert "aktivitetsstöd" in body["answer"], (locale, body["answer"])
    assert body.get("action") != "salary", (locale, body["answer"])
    assert not any(str(c).startswith("stats:salary") for c in _cited(body)), (locale, body["answer"])


def _cited(body: dict) -> list[str]:
    return [c.get("id", "") if isinstance(c, dict) else str(c) for c in body.get("citations") or []]


@pytest.mark.parametrize("locale", ALL)
def test_aktivitetsstod_named_gets_its_card(person, locale):
    _support_said(person.say(NAMED[locale]), locale)


@pytest.mark.parametrize("locale", ALL)
def test_money_during_a_course_is_the_support_not_the_pay(person, locale):
    _support_said(person.say(COURSE_MONEY[locale]), locale)


@pytest.mark.parametrize("locale", ALL)
def test_i_did_not_ask_about_salary_gets_the_support(person, locale):
    person.say(SALARY_FIRST[locale])
    _support_said(person.say(NOT_SALARY[locale]), locale)
