"""Ordinary words are no occupation's name in a follow-up question (rater16, 1.5/5: fault 1).

The counsellor's findings: "mushaarka imisa weeye?" (how much is the pay?) was answered «I did not find the
occupation «weeye»» ("is"); "får man betalt medans man pluggar??" «… «medans»» ("while"); "چند وقت میگیره و پولش چند
است؟" «… «پولش»» ("its money"); "bas u wado" (to drive a bus) became «Arbetsmiljöingenjör» through its word-search alias
"Bas-U". Now, in all 8 languages, after "what does a bus driver do here?" (the bus driver in focus):

- a pay, duration/cost or "paid while studying" question built of copulas, conjunctions, possessives and verbs never
  answers "occupation «X» not found" (nor "which occupation?"): it is answered, the pay for the driver in focus;
- a word-search link is an occupation named only when a word of its alias (four letters or more) is in the message.
Through the real app over the shared test store; the sentences live in phrases/dialogue_named17.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import text
from tests.dialogue_support import ALL, groups, said_all

WISH, PAY, PAID, COST, LICENCE = said_all(
    "named17_what_does_a_bus_driver_do", "named17_how_much_is_the_pay", "named17_paid_while_studying",
    "named17_how_long_and_cost", "named17_bus_licence_cost_time")
DRIVERS = "833"  # Buss- och spårvagnsförare 8331, Lastbilsförare m.fl. 8332
UNANSWERED = ("unknown_occupation", "which_occupation")


def _not_misread(locale: str, body: dict) -> None:
    assert body["action"] not in UNANSWERED, (locale, body["answer"])
    before, after = text(locale, "unknown_occupation").split("{name}")
    not_found = re.escape(before.strip()) + r"[^»]{1,60}" + re.escape(after.strip()[:12])
    assert not re.search(not_found, body["answer"]), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_how_much_is_the_pay_is_the_pay_of_the_driver_in_focus(person, locale):
    person.tell(WISH[locale])
    body = person.say(PAY[locale])
    _not_misread(locale, body)
    assert body["action"] == "salary", (locale, body["answer"])
    assert groups(body) and all(g.startswith(DRIVERS) for g in groups(body)), (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_paid_while_studying_and_how_long_and_cost_name_no_occupation(person, locale):
    person.tell(WISH[locale])
    _not_misread(locale, person.say(PAID[locale]))
    body = person.say(COST[locale])
    _not_misread(locale, body)
    assert all(g.startswith(DRIVERS) for g in groups(body)), (locale, body["occupations"], body["answer"])


@pytest.mark.parametrize("locale", list(LICENCE))
def test_to_drive_a_bus_is_no_alias_of_another_occupation(person, locale):
    person.tell(WISH[locale])
    body = person.say(LICENCE[locale])
    assert "Arbetsmiljöingenjör" not in [o["label"] for o in body["occupations"]], (locale, body["answer"])
    assert "Arbetsmiljöingenjör" not in body["answer"], (locale, body["answer"])
