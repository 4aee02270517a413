"""A salary asked "in Stockholm" says that the figures are for the whole of Sweden (issue 10, counsellor).

SCB's salary statistics per occupation group are national; the answer to "what does a tester earn in
Stockholm?" gave them without saying so. Through the real FastAPI app over the shared test store.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.api_support import WidgetClient as Person

pytestmark = pytest.mark.slow

STORY = {
    "sv": "Jag har jobbat som lagerarbetare i fem år.",
    "en": "I have worked as a warehouse worker for five years.",
    "ar": "عملت في مستودع لمدة خمس سنوات.",
}
SALARY_IN = {
    "sv": "Vad är lönen i Stockholm?",
    "en": "What is the salary in Stockholm?",
    "ar": "كم الراتب في Stockholm؟",
}



@pytest.mark.parametrize("locale", list(STORY))
def test_salary_asked_for_a_place_says_the_figures_are_national(client, locale):
    person = Person(client, locale)
    person.say(STORY[locale])
    body = person.say(SALARY_IN[locale])
    assert body["action"] == "salary", body["answer"]
    assert "statistics" in {c["kind"] for c in body["citations"]}
    note = lookup(locale, "salary.national_place").split("{")[0].strip()[:12]
    assert note and note in body["answer"] and "Stockholm" in body["answer"], body["answer"]


def test_salary_without_a_place_has_no_such_note(client):
    person = Person(client, "en")
    person.say(STORY["en"])
    body = person.say("What is the salary?")
    assert body["action"] == "salary"
    assert lookup("en", "salary.national_place").split("{")[0].strip()[:12] not in body["answer"]
