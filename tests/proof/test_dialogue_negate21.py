"""A negated topic or state is never stored as its opposite (negate21; rater34, issue 10 item 4).

The counsellor's findings, as kinds of sentence (own sentences, not theirs): "no, not business now" from someone who
ran a shop was answered "you want to leave shop work" and shop work vanished; "I work, not unemployed" was stored as
the constraint "unemployed". Now, in all 8 languages, on the profile (experiences, constraints) and on the answer:
a negated topic refuses only that topic, a negated state refuses nothing, and a wish said after it keeps the work.
Through the real app over the shared test store; the sentences live in phrases/dialogue_negate21.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraint_values, quotes, said_all, wording_start, work_done

SHOP, NOT_BUSINESS, WANT_SHOP, TAXI, NOT_UNEMPLOYED = said_all(
    "neg21_shop", "neg21_not_business_now", "neg21_want_shop", "neg21_taxi", "neg21_not_unemployed")


def _leave(locale: str) -> str:
    return wording_start(locale, "heard.leave_own", 12)


@pytest.mark.parametrize("locale", ALL)
def test_not_business_now_keeps_the_shop_work(person, locale):
    told = person.say(SHOP[locale])
    body = person.say(NOT_BUSINESS[locale])
    assert work_done(told), (locale, quotes(told["profile"]))
    assert work_done(body) == work_done(told), (locale, quotes(body["profile"]))
    assert constraint_values(body, "avoid") == [], (locale, constraint_values(body, "avoid"))
    assert _leave(locale) not in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_wanting_shop_work_after_not_business_keeps_it(person, locale):
    told = person.say(SHOP[locale])
    person.say(NOT_BUSINESS[locale])
    body = person.say(WANT_SHOP[locale])
    assert set(work_done(told)) <= set(work_done(body)), (locale, quotes(body["profile"]))
    assert constraint_values(body, "avoid") == [], (locale, constraint_values(body, "avoid"))
    assert _leave(locale) not in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_not_unemployed_is_no_constraint(person, locale):
    told = person.say(TAXI[locale])
    body = person.say(NOT_UNEMPLOYED[locale])
    assert work_done(told), (locale, quotes(told["profile"]))
    assert constraint_values(body, "avoid") == [], (locale, constraint_values(body, "avoid"))
    assert set(work_done(told)) <= set(work_done(body)), (locale, quotes(body["profile"]))
    assert _leave(locale) not in body["answer"], (locale, body["answer"])
