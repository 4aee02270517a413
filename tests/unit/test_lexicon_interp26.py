"""interp26 (issue 9): the lexicon morphology and sense fixes found by the blind batch."""
from __future__ import annotations

from retrieval.lexicon import match


def _keys(text: str) -> set[str]:
    return {h.key for h in match(text, kinds=("occupation",))}


def test_a_two_letter_object_is_no_start_of_a_longer_word():
    # "lagar mat och tvättar" is cooking and washing, never repairing a TV
    assert "sense_electronics_repair" not in _keys("jag lagar mat och tvättar henne")
    assert "sense_electronics_repair" in _keys("i fixed tvs and radios")


def test_somali_article_after_c_is_a_bare_a():
    assert "interp26_project_lead_aid" in _keys("maamule mashruuca ayaan ahaa")


def test_geez_word_separator_and_arabic_letters_in_persian():
    assert "interp26_project_lead_aid" in _keys("ሓላፊ፡ፕሮጀክት ነይረ")
    assert "interp26_office_papers" in _keys("كارهاي دفتري ميكردم")
