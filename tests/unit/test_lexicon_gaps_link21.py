"""Lexicon matching of task wording the curated terms do not write word for word (link21, issue 9):
articles and possessives between a verb and its object (en, sv), one describing word before the object,
the Persian indefinite article, and Tigrinya loanwords written with other vowel orders. Sentences are made
up for the tests, not eval cases."""
from __future__ import annotations

from retrieval.lexicon import Lexicon
from retrieval.lexicon.morph import geez_loan_skeleton


def _keys(text: str) -> set[str]:
    return {h.key for h in Lexicon.load().match(text)}


def test_an_article_or_possessive_between_verb_and_object_is_read_past():
    assert "task_plumbing" in _keys("Last year I fixed the pipes in a school")
    assert "task_plumbing" in _keys("I fixed their pipes")
    assert "task_plumbing" in _keys("Jag lagade deras rör")


def test_one_describing_word_before_the_object_is_read_past():
    assert "task_plumbing" in _keys("For years I repaired old pipes in flats")
    assert "task_plumbing" in _keys("Jag lagade gamla rör")


def test_a_word_that_joins_two_things_is_no_describing_word():
    # "floors and tiles" names two things; "floor tiles" would read one of them into the other
    hits = [h for h in Lexicon.load().match("I laid floors and tiles") if h.term == "floor tiles"]
    assert not hits


def test_an_article_and_a_describing_word_together_are_read_past():
    assert "task_plumbing" in _keys("I fixed the leaking pipes")
    assert "task_plumbing" not in _keys("I fixed the bike and pipes were not my job")


def test_a_tigrinya_loanword_in_other_vowel_orders_is_the_same_word():
    assert geez_loan_skeleton("ኤሌክትሪክ") == geez_loan_skeleton("ኤለክትሪክ") != ""
    assert geez_loan_skeleton("ሻሂ") == ""  # short words keep their vowels: too many words share two consonants
    assert "task_electrical" in _keys("ኣብ ቤት ትምህርቲ ኤሌክትሪክ ይዝርግሕ ነይረ")


def test_task_terms_for_much_advertised_groups_reach_other_languages():
    assert "demand_programming" in _keys("Я писала програми для банку")
    assert "demand_refrigeration" in _keys("كنت اصلح مكيفات الهواء في المطاعم")
    assert "demand_lab_samples" in _keys("I took blood samples at a clinic")
