"""The question's own words name the occupation also in the English possessive (compare21 sweep: "What is a plumber's
salary?" was read as the unknown occupation «plumber s», "What is a welder's job like?" as a term outside the sources).
"""
from __future__ import annotations

import pytest

from assistant.intent_cues import strip_cues, without_possessive


@pytest.mark.parametrize(("asked", "name"), [
    ("What is a plumber's salary?", "plumber"),
    ("What is a welder's job like?", "welder"),
    ("how much is a nurse’s pay", "nurse"),
])
def test_a_possessive_noun_is_the_occupation(asked, name):
    assert name in strip_cues(asked).split(), strip_cues(asked)
    assert f"{name}'s" not in without_possessive(asked.replace("’", "'"))


@pytest.mark.parametrize("said", ["it's hard", "Jag är 20 år", "I'm a cook", "ابي"])
def test_short_words_and_other_languages_keep_their_apostrophes(said):
    assert without_possessive(said) == said
