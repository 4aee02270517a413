"""Lighter work that spares a bad shoulder (rater14 conv5, 2.0/5: the most harmful advice of the test).

A cleaner with shoulder pain who asked for lighter work "that does not strain the shoulder" was offered Hemstädare,
Fönsterputsare and Diskare, "all close to your experience". Now, in all 8 languages: the shoulder is a limitation in
the profile, and no cleaning, window-cleaning, dishwashing or refuse work is among the suggestions (their SSYK group
is work with the arms raised and moved over and over: retrieval/group_demands.py); other work is suggested.
Through the real app over the shared test store; the sentences live in phrases/dialogue_shoulder14.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, constraint_values, groups, said_all

LIGHTER, CLEANER, HURTS = said_all("shoulder14_cleaner_lighter", "hotel_cleaner_vasteras", "shoulder14_shown_hurts")
#: Cleaners and home service (911), window cleaners and vehicle washers (912), dishwashers (9412), refuse work (961).
ARM_WORK = ("911", "912", "9412", "961")


@pytest.mark.parametrize("locale", ALL)
def test_a_bad_shoulder_gets_no_cleaning_window_or_dish_work(person, locale):
    body = person.say(LIGHTER[locale])
    assert "shoulders" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(ARM_WORK)], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_saying_a_shown_job_hurts_the_shoulder_records_it_and_drops_that_work(person, locale):
    body = person.say(CLEANER[locale], HURTS[locale])
    assert "shoulders" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert not [g for g in groups(body) if g.startswith(ARM_WORK)], (locale, body["action"], body["occupations"])
