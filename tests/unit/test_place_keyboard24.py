"""A town name begun on a Persian or Arabic keyboard and finished in Latin letters («گävle») is the town (place24,
rater34 replay05: "الان تو گävle هستم" was no place, and a course in Kalmar was offered to a man in Gävle)."""
from __future__ import annotations

from vagledning.domain.place_text import normalize_place


def test_a_word_begun_in_arabic_script_and_finished_in_latin_reads_in_latin():
    assert normalize_place("گävle") == normalize_place("Gävle")
    assert normalize_place("بorås") == normalize_place("Borås")


def test_words_in_one_script_are_unchanged():
    assert normalize_place("گاوله") == "گاوله"
    assert normalize_place("Gävle") == "gavle"
    assert normalize_place("تو") == "تو"
