"""Work told in spoken and dialect words only, with no job title, reaches its trade (issue 9 item 5, interp10).

Someone who says how they poured concrete and tied rebar, or how they looked after an old parent at home, in the
words people use out loud (Levantine «صب باطون», «بهتم بامي»; Tigrinya verbs with a feminine object «እወስዳ»;
Ukrainian imperfectives «доглядаю за мамою») is offered that trade among the first three groups
(retrieval/lexicon/occupations_tasks_spoken.yaml). Naming an old relative is no care work: a carpenter who says his
old mother lives with him is offered carpentry first. Through the real app over the shared test store; the sentences
live in phrases/dialogue_interp10.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, first_group, first_groups, said_all

CONCRETE, PARENT_CARE, RELATIVE_NAMED = said_all(
    "interp10_concrete_spoken", "interp10_parent_care_spoken", "interp10_relative_named_trade_told")
CONCRETE_WORK = {"7113", "9310"}
CARE = {"5321", "5330", "5343"}
CARPENTRY = {"7111", "7522", "7523"}


@pytest.mark.parametrize("locale", ALL)
def test_concrete_and_rebar_told_in_spoken_words_reach_concrete_work(person, locale):
    body = person.tell(CONCRETE[locale])
    assert CONCRETE_WORK & set(first_groups(body)), (locale, first_groups(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_an_old_parent_looked_after_at_home_reaches_care_work(person, locale):
    body = person.tell(PARENT_CARE[locale])
    assert CARE & set(first_groups(body)), (locale, first_groups(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_an_old_relative_named_beside_a_trade_is_no_care_work(person, locale):
    body = person.tell(RELATIVE_NAMED[locale])
    assert first_group(body) in CARPENTRY, (locale, first_groups(body), body["answer"])
