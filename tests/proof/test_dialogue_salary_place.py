"""A salary asked "in Stockholm" says that the figures are for the whole of Sweden (issue 10, counsellor).

SCB's salary statistics per occupation group are national; the answer to "what does a tester earn in
Stockholm?" gave them without saying so. Through the real FastAPI app over the shared test store.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import Person, cited, said, wording_start

STORY = said("warehouse_worker")
SALARY_IN = said("salary_in_stockholm")


@pytest.mark.parametrize("locale", list(STORY))
def test_salary_asked_for_a_place_says_the_figures_are_national(person, locale):
    body = person.say(STORY[locale], SALARY_IN[locale])
    assert body["action"] == "salary", body["answer"]
    assert cited(body, "statistics")
    note = wording_start(locale, "salary.national_place", 12)
    assert note and note in body["answer"] and "Stockholm" in body["answer"], body["answer"]


def test_salary_without_a_place_has_no_such_note(client):
    person = Person(client, "en")
    body = person.say(STORY["en"], "What is the salary?")
    assert body["action"] == "salary"
    assert wording_start("en", "salary.national_place", 12) not in body["answer"]
