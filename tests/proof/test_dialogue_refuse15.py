"""A refusal of one's own trade is honoured (rater15: a Dari tailor, a Swedish shop worker).

The counsellor's findings: a tailor of ten years who said "no tailoring any more / I don't want sewing again" and a shop
worker who wrote "jobbat i butik 8 år, INTE handel igen" were both answered with their own trade first: the years of
experience outweighed the refusal. Now, in all 8 languages:

- "not X again", "no more X", "X never again", "done with X" (capitals, "längre", "igen", "anymore" and their
  equivalents) said of the work done leaves that trade's family out (its SSYK-4 groups: tailors 7531, other
  sewers 7532, 8159; shop sales 5221-5223), now and when the person later asks "what can I work with?";
- the refusal is in the profile (an avoid constraint) and the work done stays the person's experience;
- the answer says it heard the wish to leave that work (``heard.leave_own``) before the other directions;
- "can I still work as a tailor or not?" asks: nothing is refused and the tailoring stays experience.
Through the real app over the shared test store; the sentences live in phrases/dialogue_refuse15.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, Person, constraints, groups, said_all, wording_start

TAILOR_NO_MORE, WHAT_WORK, SHOP_NOT_AGAIN, TAILOR_OR_NOT = said_all(
    "refuse15_tailor_no_more", "refuse15_what_work", "refuse15_shop_not_again", "refuse15_tailor_or_not")
TAILORING = ("7531", "7532", "8159")
SHOP_SALES = ("5221", "5222", "5223")


def _experience_groups(body: dict) -> list[str]:
    return [e.get("ssyk_code") or "" for e in body["profile"]["experiences"]]


def _left_own_work(body: dict, locale: str, family: tuple[str, ...]) -> None:
    """The answer lists other work, none of the refused family, keeps the work done as experience, holds the
    refusal, and says it heard the wish to leave that work."""
    assert body["action"] in LIST_ACTIONS, (locale, body["action"], body["answer"])
    shown = groups(body)
    assert shown, (locale, body["answer"])
    assert not [g for g in shown if g.startswith(family)], (locale, body["occupations"], body["answer"])
    assert any(g.startswith(family) for g in _experience_groups(body)), (locale, body["profile"]["experiences"])
    assert constraints(body, "avoid"), (locale, body["profile"]["constraints"])
    assert wording_start(locale, "heard.leave_own") in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_tailor_who_will_not_sew_again_is_offered_other_work_also_later(person, locale):
    body = person.say(TAILOR_NO_MORE[locale])
    _left_own_work(body, locale, TAILORING)
    body = person.say(WHAT_WORK[locale])
    shown = groups(body)
    assert shown, (locale, body["answer"])
    assert not [g for g in shown if g.startswith(TAILORING)], (locale, body["occupations"], body["answer"])
    assert constraints(body, "avoid"), (locale, body["profile"]["constraints"])


@pytest.mark.parametrize("locale", ALL)
def test_not_the_shop_again_leaves_shop_work_out_and_or_not_refuses_nothing(person, locale):
    _left_own_work(person.say(SHOP_NOT_AGAIN[locale]), locale, SHOP_SALES)
    asker = Person(person.client, locale)  # another person: "can I still work as a tailor or not?"
    body = asker.say(TAILOR_OR_NOT[locale])
    assert not constraints(body, "avoid"), (locale, body["profile"]["constraints"])
    assert any(g.startswith(TAILORING) for g in _experience_groups(body)), (locale, body["profile"]["experiences"])
    assert wording_start(locale, "heard.leave_own") not in body["answer"], (locale, body["answer"])
