""""I do NOT want to quit my trade" keeps the trade (rater27 class 2: C2 uk T5/T6).

A Ukrainian electrician waiting for his authorisation asked what he could work as meanwhile and said «Я НЕ хочу
кидати професію електрика» (I do NOT want to quit the electrician's trade): the negation was read as a refusal of what
it named, so the electrician was refused and the answer opened with "you want to leave work as «Installationselektriker»".
Before that, «Я питав про водійське посвідчення, не про електрика» (I asked about the driving licence, not about the
electrician) had refused the electrician the same way. Neither refuses the person's own work: a negated leaving keeps
the work, and "not about X" says what the question was not about.

Through the real app over the shared test store, in all 8 languages; the sentences live in phrases/dialogue_away11.yaml
(the electrician's first message is reused from dialogue_licence21.yaml).
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraint_values, constraints, said_all, wording_start, work_done

ELECTRICIAN, KEEP_TRADE, NOT_ABOUT = said_all("licence21_electrician_how", "away11_keep_trade",
                                              "away11_not_about_trade")
#: The change of field a turn away records (retrieval/refused_family.CHANGE_FIELD).
CHANGE_FIELD = "change_field"


def _own_work_refused(body: dict) -> list[str]:
    """The avoid constraints naming an occupation the person has done (or sharing its SSYK-3 group)."""
    done = set(work_done(body))
    return [c["value"] for c in constraints(body, "avoid") if (c.get("concept") or {}).get("id") in done]


def _kept(body: dict, locale: str) -> None:
    assert work_done(body), (locale, body["profile"]["experiences"])
    assert not _own_work_refused(body), (locale, constraints(body, "avoid"), body["answer"][:300])
    assert CHANGE_FIELD not in constraint_values(body, "other"), (locale, constraints(body, "other"))
    assert wording_start(locale, "heard.leave_own") not in body["answer"], (locale, body["answer"][:300])


@pytest.mark.parametrize("locale", ALL)
def test_not_wanting_to_quit_ones_trade_keeps_it(person, locale):
    person.say(ELECTRICIAN[locale])
    _kept(person.say(KEEP_TRADE[locale]), locale)


@pytest.mark.parametrize("locale", ALL)
def test_a_question_not_about_ones_trade_refuses_nothing(person, locale):
    person.say(ELECTRICIAN[locale])
    _kept(person.say(NOT_ABOUT[locale]), locale)
