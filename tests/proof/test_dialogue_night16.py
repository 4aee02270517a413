"""No night work, said in the word order people use (found by the lead before rater16: a Somali minibus driver's
"habeenkii ma rabo inaan shaqeeyo" was not read as a refusal of nights, and undersköterska came next).

The night cues named only their own word orders ("habeen ma shaqee", "لا أعمل في الليل"); a night word and a
refusal in one sentence, in either order with words between, is now a night limitation in all 8 languages, and the
occupations shown after it are none whose own sources state night work.
Through the real app over the shared test store; the sentences live in phrases/dialogue_night16.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraints, said_all

STORY, NIGHTS_FIRST, REFUSAL_FIRST = said_all("night16_minibus_story", "night16_nights_first",
                                              "night16_refusal_first")


def _limits(body: dict) -> set[str]:
    return {c["value"] for c in constraints(body, "limitation")}


def _night_work(body: dict, rt) -> list[str]:
    from retrieval.constraints import demand_of

    return [o["label"] for o in body["occupations"] if demand_of(o["id"], o["label"], "night", rt) is not None]


@pytest.mark.parametrize("locale", ALL)
@pytest.mark.parametrize("said", ["nights_first", "refusal_first"])
def test_no_nights_in_any_word_order_is_a_night_limit(person, locale, said, real_runtime):
    person.say(STORY[locale])
    body = person.say((NIGHTS_FIRST if said == "nights_first" else REFUSAL_FIRST)[locale])
    assert "night" in _limits(body), (locale, body["profile"]["constraints"])
    assert not _night_work(body, real_runtime), (locale, body["occupations"])
