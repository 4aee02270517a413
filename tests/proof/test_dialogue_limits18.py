"""Stated conditions honoured in every later list (rater17, 1.8/5: fault 3, conv1 T5, conv2 T2, conv4 T2-T5).

A mother of two small children who can work "only days, not evenings or weekends" was offered shop and market work
again, "the sources say nothing about evening or weekend work for Butikssäljare"; a man whose shoulder is bad and who
wants no heavy work any more got machine, assembly and packing work; a hospital cleaner whose back hurts asked whether
that is a problem for undersköterska and was told the sources say nothing of heavy back load. Now, in all 8 languages:

- after "only daytime", no shop, checkout, market, restaurant, kitchen or care work (their SSYK groups work evenings,
  weekends and shifts: retrieval/group_demands.py) is suggested, and the answer says which work it leaves out;
- after a bad shoulder, no assembly-line, packing or metal machine work (repetitive arm work);
- whether back pain is a problem for undersköterska is answered from the cited demand (lifting and moving patients),
  never "the sources say nothing", with what can help (aids, lighter parts of the field) as general advice.
Through the real app over the shared test store; the sentences live in phrases/dialogue_limits18.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import text
from tests.dialogue_support import ALL, LIST_ACTIONS, cited, constraint_values, groups, said_all

CASHIER, DAYS, FACTORY, SHOULDER, CLEANER, BACK = said_all(
    "limits18_cashier_story", "limits18_only_days", "limits18_factory_story", "limits18_shoulder_no_heavy",
    "limits18_cleaner_goal", "limits18_back_problem")
#: Shop sales, petrol stations and checkout (5222, 5223, 5225, 523), casinos (4211), market vendors (952), cooks and
#: fast food (512, 9411), waiters (513), hotel reception (4224), home-care assistant nurses, care aides, attendants and
#: personal assistants (5321, 533, 5341, 5343).
EVENINGS_AND_WEEKENDS = ("5222", "5223", "5225", "523", "4211", "952", "512", "9411", "513", "4224", "5321", "533", "5341", "5343")
#: Assembly (821), hand packing and factory hands (932), metal machine setters and operators (7223).
ARM_WORK = ("821", "932", "7223")


def _literal(locale: str, key: str) -> str:
    """The longest fixed part of a locale's template (the words around its placeholders)."""
    return max(re.split(r"\{[^}]*\}", text(locale, key)), key=len).strip(" .።").casefold()


@pytest.mark.parametrize("locale", ALL)
def test_only_daytime_leaves_out_evening_and_weekend_work_and_says_so(person, locale):
    body = person.say(CASHIER[locale], DAYS[locale])
    assert "daytime" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    if body["action"] not in LIST_ACTIONS:  # ("noted": the list comes with the next question)
        body = person.press("more")
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(EVENINGS_AND_WEEKENDS)], (locale, body["occupations"])
    assert _literal(locale, "constraint.excluded") in body["answer"].casefold(), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_bad_shoulder_gets_no_assembly_packing_or_machine_work(person, locale):
    body = person.say(FACTORY[locale], SHOULDER[locale])
    assert "shoulders" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(ARM_WORK)], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_back_pain_for_assistant_nurse_is_answered_from_the_cited_demand(person, locale):
    body = person.say(CLEANER[locale], BACK[locale])
    assert "back" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] == "conditions", (locale, body["action"], body["answer"])
    assert _literal(locale, "fit.conflict") in body["answer"].casefold(), (locale, body["answer"])
    assert text(locale, "fit.eases")[:20].casefold() in body["answer"].casefold(), (locale, body["answer"])
    assert _literal(locale, "conditions.unknown") not in body["answer"].casefold(), (locale, body["answer"])
    assert cited(body, "occupation"), (locale, body["citations"])
