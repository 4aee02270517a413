"""Ordinary words are no profile facts, and real facts are kept (rater30 class 2).

rater30 c07 (so): «iskuul ma aanan dhigan» (I never went to school) was kept as a refusal of the words, no schooling
was stored, «akhris iyo qoris ma aqaan» (I can't read or write) was lost, and «shaqo kasta oo gurigeyga u dhow» (any
work near home) became a wish for Administratör, offered first. c06 (ar): «لغتي السويدية ضعيفة» (my Swedish is weak)
was kept as weak hands from the letters «يدية ضعيف» inside «السويدية». c02 (sv): "knäna har börjat krångla" was no
limitation, and "hur länge till jag orkar" was kept as a refusal of "hur länge".
Now, in all 8 languages: no schooling is education of the lowest level (SUN 1), never a refusal; "any work" wishes
for no occupation; no office or university-level work is among the first suggestions; knees acting up are a
limitation; a cue matches whole words (with their clitics), never the inside of another word.
Through the real app over the shared test store; the sentences live in phrases/dialogue_words17.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraint_values, constraints, first_groups, said_all

NO_SCHOOL, KNEES = said_all("words17_no_school_any_work", "words17_knees_acting_up")
#: SSYK 2012 major groups of managers, university-level work, technicians and office work (4: Administration och
#: kundtjänst): no first idea for a person who never went to school and reads poorly.
BOOK_WORK = ("1", "2", "3", "4")
#: Limitations a weak language or a working life's words could be misread as (body parts, senses, reading).
BODY_PARTS = ("hands", "back", "shoulders", "hearing", "sight", "skin", "allergy", "sitting")


@pytest.mark.parametrize("locale", ALL)
def test_no_schooling_is_education_and_any_work_near_home_wishes_for_no_occupation(person, locale):
    body = person.say(NO_SCHOOL[locale])
    profile = body["profile"]
    levels = [e.get("sun_level") for e in profile["education"]]
    assert "1" in levels and not [lv for lv in levels if lv and lv > "2"], (locale, profile["education"])
    assert not constraints(body, "avoid"), (locale, constraints(body, "avoid"))
    assert not [w for w in profile["wishes"] if w.get("concept")], (locale, profile["wishes"])
    assert not [g for g in first_groups(body) if g.startswith(BOOK_WORK)], (locale, body["occupations"])


@pytest.mark.parametrize("locale", list(KNEES))
def test_knees_acting_up_are_a_limitation_and_nothing_else_is_read_into_the_words(person, locale):
    body = person.say(KNEES[locale])
    limits = constraint_values(body, "limitation")
    assert "knees" in limits and not [v for v in limits if v in BODY_PARTS], (locale, constraints(body, "limitation"))
    assert not constraints(body, "avoid"), (locale, constraints(body, "avoid"))
