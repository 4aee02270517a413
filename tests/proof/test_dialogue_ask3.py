"""Ordinary words in a question are no occupation name (counsellor rating 6).

- "Which level of Swedish is needed for this licence?" after the licence answer never reports
  "needed"/"this" ("потрібен", "цього", "behövs", "لهذا") as an occupation not found.
Through the real FastAPI app over the shared test store, as the widget sends it.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import said, wording_start

NURSE, LEVEL_FOR_THIS = said("nurse_licence_question"), said("level_needed_for_this_licence")


@pytest.mark.parametrize("locale", [loc for loc in LEVEL_FOR_THIS if loc in NURSE])
def test_need_and_this_are_no_occupation_names(person, locale):
    person.say(NURSE[locale])
    body = person.say(LEVEL_FOR_THIS[locale])
    assert body["action"] != "unknown_occupation", body["answer"]
    not_found = wording_start(locale, "unknown_occupation")
    assert not_found not in body["answer"], body["answer"]
