"""Ordinary words of a question are never an occupation's name; a made-up title still may be (assistant/ordinary_words)."""
from __future__ import annotations

import pytest

from assistant.ordinary_words import alias_named, ordinary, reportable

#: A copula, conjunction, filler, verb form or a question word with a possessive ending, per language (rater16).
ORDINARY = ["medans", "lönen", "like", "decent", "يكون", "بيطلع", "تتدرب", "كتير", "weeye", "mushaarka", "baranayso",
            "እዩ", "پولش", "میگیره", "باشم", "буває", "вчишся", "нормальна"]
#: Made-up titles and real ones: names (the lexicon's occupation words are names even where a wording uses them).
NAMES = ["zorblaxare", "flurbometrist", "زوربلاکسر", "ዞርብላክሰር", "глімерфрозистом", "undersköterska", "darawal",
         "مستری", "بيطري", "водієм"]


@pytest.mark.parametrize("word", ORDINARY)
def test_ordinary_words_are_no_name(word):
    assert ordinary(word)


@pytest.mark.parametrize("word", NAMES)
def test_names_may_be_names(word):
    assert not ordinary(word)


def test_only_the_name_of_a_phrase_is_reported():
    assert reportable("weeye") is None
    assert reportable("medans zorblaxare") == "zorblaxare"


def test_a_word_search_alias_names_an_occupation_only_by_a_content_word():
    assert not alias_named("Bas-U", "liisan noocee ah ayaan u baahanahay si aan bas u wado")
    assert alias_named("Bussförare", "vad tjänar en bussförare då")
