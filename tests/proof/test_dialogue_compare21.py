"""Named occupations are weighed side by side (compare21; issue 10 items 1, 2 and 7).

The raters' findings: "buss eller lastbil?" after a story got a list of other driving work, "what is the difference
between X and Y?" was asked back who the person is, and "which is better / which pays more, X or Y?" got each
occupation in turn, or the first alone, with nothing set against the other. A counsellor lays the figures next to each
other and says which is higher. Now, in all 8 languages:

- two occupations named against each other (bare vehicle words, "which is better", "the difference between X and
  Y", "which pays more") are presented exactly, in the order named (``occupations``), with action ``compare`` (or
  ``salary`` when only pay was weighed);
- each has its salary from SCB's statistics and its job ads cited, every cited number in the snippet shown; a
  pay question says which pays more (or that they are about the same); the way in names a licence where the
  regulated-profession source has one (the preschool teacher's, from Skolverket);
- "the first one" afterwards is the first occupation compared.
Through the real app over the shared test store; the sentences live in phrases/dialogue_compare21.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import text
from tests.dialogue_support import ALL, cited, groups, numbers_outside_snippets, said_all, wording_start

(VAN_STORY, BUS_OR_LORRY, COOK_OR_BAKER, FIRST_TRAINING, PRESCHOOL_DIFFERENCE, WELDER_OR_CARPENTER) = said_all(
    "compare21_van_story", "compare21_bus_or_lorry", "compare21_cook_or_baker", "compare21_first_training",
    "compare21_preschool_difference", "compare21_welder_or_carpenter_pay")
BUS, LORRY = "8331", "8332"
COOK, BAKER = "5120", "761"
PRESCHOOL_TEACHER, CHILDCARE = "2343", "5311"
WELDER, CARPENTER = "7212", "711"


def _compared(locale: str, body: dict, *expected: str) -> None:
    """The answer presents exactly ``expected`` (SSYK prefixes), in that order, each with its cited figures."""
    shown = groups(body)
    assert len(shown) == len(expected) and all(g.startswith(e) for g, e in zip(shown, expected)), (
        locale, body["action"], body["occupations"], body["answer"])
    assert len(cited(body, "statistics")) >= len(expected), (locale, body["citations"], body["answer"])
    assert not numbers_outside_snippets(body), (locale, numbers_outside_snippets(body))
    for o in body["occupations"]:
        assert f"«{o['label']}»" in body["answer"], (locale, o["label"], body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_bare_vehicle_words_compare_their_drivers(person, locale):
    person.tell(VAN_STORY[locale])
    body = person.say(BUS_OR_LORRY[locale])
    assert body["action"] == "compare", (locale, body["action"], body["answer"])
    _compared(locale, body, BUS, LORRY)
    assert wording_start(locale, "compare.salary_head", 12) in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_which_is_better_side_by_side_then_the_first_one(person, locale):
    body = person.say(COOK_OR_BAKER[locale])
    assert body["action"] == "compare", (locale, body["action"], body["answer"])
    _compared(locale, body, COOK, BAKER)
    body = person.say(FIRST_TRAINING[locale])
    assert body["action"] == "courses", (locale, body["action"], body["answer"])
    assert groups(body)[:1] and groups(body)[0].startswith(COOK), (locale, body["occupations"], body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_the_difference_between_two_names_the_licence_of_the_one_that_has_it(person, locale):
    body = person.say(PRESCHOOL_DIFFERENCE[locale])
    assert body["action"] == "compare", (locale, body["action"], body["answer"])
    _compared(locale, body, PRESCHOOL_TEACHER, CHILDCARE)
    licences = [c for c in cited(body, "regulated_profession")]
    assert licences and all("Skolverket" in c["title"] for c in licences), (locale, body["citations"])


@pytest.mark.parametrize("locale", ALL)
def test_which_pays_more_says_which(person, locale):
    body = person.say(WELDER_OR_CARPENTER[locale])
    assert body["action"] == "salary", (locale, body["action"], body["answer"])
    _compared(locale, body, WELDER, CARPENTER)
    assert any(_pattern(text(locale, k)).search(body["answer"]) for k in ("compare.pays_more", "compare.pays_same")), (
        locale, body["answer"])


def _pattern(template: str) -> re.Pattern[str]:
    """A template as a pattern of the sentence it renders (each parameter any text, markers and glosses between)."""
    return re.compile(".+?".join(re.escape(p.strip()) for p in re.split(r"\{[^}]*\}", template.rstrip(".")) if p.strip()))
