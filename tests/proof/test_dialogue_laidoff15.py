"""A laid-off person's own figures and first steps (rater15, 2.2/5: a laid-off shop manager).

The counsellor's findings: she said she earned 34 000 kr a month; asked "what would I earn as X?", the answer gave the
occupation group's pay as if it were hers and never set it against her 34 000; and the first steps of a job loss –
register with Arbetsförmedlingen on the first day, the a-kassa, the transition organisation of the collective
agreement (TRR …), CSN's omställningsstudiestöd for retraining – were never said. Now, in all 8 languages:

- the pay a person states is kept in the profile the client carries (``other`` constraint ``pay:34000``), and a salary
  answer compares the cited group median with it (``salary.own_pay_*``); a question ("can I earn 40 000 as X?") is no
  pay of one's own;
- the message that tells the job loss gets the first steps, each cited from its curated page, and a later turn does
  not get them again.
Through the real app over the shared test store; the sentences live in phrases/dialogue_laidoff15.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, constraint_values, route_ids, said_all

STORY, EARN_AS, WISH = said_all("laidoff15_manager_laid_off_pay", "laidoff15_earn_as_secretary",
                                "laidoff15_wish_pay_question")
FIRST_STEPS = ("route:af_forsta_dagen", "route:a_kassa", "route:omstallningsstudiestod")
FUNDS = ("route:trr_omstallning", "route:tsl_omstallning", "route:omstallningsfonden")
OWN_PAY = ("salary.own_pay_more", "salary.own_pay_less", "salary.own_pay_same")


def _compared(locale: str, answer: str) -> bool:
    """The answer sets the median against the person's own pay (the longest fixed part of one of the wordings)."""
    return any(max(re.split(r"\{[^}]*\}", str(lookup(locale, k))), key=len).strip()[:20] in answer for k in OWN_PAY)


@pytest.mark.parametrize("locale", ALL)
def test_stated_pay_is_compared_and_the_first_steps_of_a_job_loss_are_said_once(person, locale):
    body = person.say(STORY[locale])
    assert "pay:34000" in constraint_values(body, "other"), (locale, body["profile"]["constraints"])
    cited = route_ids(body)
    assert all(r in cited for r in FIRST_STEPS), (locale, cited, body["answer"])
    assert any(r in cited for r in FUNDS), (locale, cited)
    assert str(lookup(locale, "job_loss.intro"))[:15] in body["answer"], (locale, body["answer"])
    body = person.say(EARN_AS[locale])
    assert body["action"] == "salary", (locale, body["action"], body["answer"])
    assert "pay:34000" in constraint_values(body, "other"), (locale, body["profile"]["constraints"])
    assert _compared(locale, body["answer"]), (locale, body["answer"])
    assert "34" in body["answer"], (locale, body["answer"])
    assert not [r for r in route_ids(body) if r in FIRST_STEPS], (locale, route_ids(body))  # said once
    assert str(lookup(locale, "job_loss.intro"))[:15] not in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ["sv", "en", "uk"])
def test_a_question_about_pay_is_no_pay_of_ones_own(person, locale):
    body = person.say(WISH[locale])
    assert not [v for v in constraint_values(body, "other") if v.startswith("pay:")], (locale, body["profile"])
    assert not _compared(locale, body["answer"]), (locale, body["answer"])
