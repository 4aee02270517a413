"""An adverb inside a cue keeps the cue (like13): "I really like", "jag tycker också om", «دوست هم دارم».

Wave 12 left "i really like working with kids" read as nothing: the cue "i like" did not match with "really" between.
A negation or a modal is never an inside word ("I don't really like" stays a negation, "I'd really like to" a wish).
Also: a cue that is only the word "I" («انا») yields to a verb cue as long, a Dari turn away in verb-final order is a
turn away, and a field wish said beside a turn away is read from its own clause.
"""
from __future__ import annotations

import pytest

from assistant.interpretation.cues import MAX_INSIDE, PhraseIndex
from assistant.interpretation.no_longer import marker
from assistant.interpretation.segment import classify_statement
from assistant.interpretation.wishes import _wish_clauses


@pytest.mark.parametrize("text, kind", [
    ("I really like working with kids", "interest"),
    ("i also love animals", "interest"),
    ("I do like cooking", "interest"),
    ("I really enjoy cooking", "interest"),
    ("jag tycker verkligen om att laga mat", "interest"),
    ("jag tycker också om barn", "interest"),
    ("jag tycker väldigt mycket om att rita", "interest"),
    ("jag tycker faktiskt väldigt mycket om djur", "interest"),
    ("من آشپزی را واقعاً خیلی خوش دارم", "interest"),
    ("aad baan u jeclahay karinta cuntada", "interest"),
    ("я дуже люблю готувати", "interest"),
    ("I really want a job with animals", "wish"),
    ("I'd really like to work in elderly care", "wish"),
    ("I would really like to be a nurse", "wish"),
    ("jag skulle gärna vilja jobba med djur", "wish"),
    ("I have always worked as a cleaner", "experience"),
])
def test_an_adverb_inside_a_cue_keeps_it(text, kind):
    assert classify_statement(text)[0] == kind


@pytest.mark.parametrize("text", [
    "I don't really like cleaning",
    "I really do not like cleaning",
    "jag tycker inte riktigt om städning",
    "не дуже хочу прибирати",
])
def test_a_negation_stays_a_negation(text):
    assert classify_statement(text)[0] == "negation"


def test_at_most_three_inside_words_and_only_listed_ones():
    index = PhraseIndex(inside=frozenset({"really", "so", "very", "much"}))
    index.add("i like", "interest")
    index.finalize()
    assert index.find(["i", "really", "like"], 0) == [(3, "interest", "i like")]
    assert index.find(["i", "really", "very", "like"], 0) == [(4, "interest", "i like")]
    assert MAX_INSIDE == 3 and not index.find(["i", "really", "so", "very", "much", "like"], 0)
    assert not index.find(["i", "would", "like"], 0)
    assert not index.find(["i", "really"], 0)


@pytest.mark.parametrize("text, kind", [
    ("وأنا فعلاً بحب الطبخ", "interest"),
    ("انا احب الطبخ", "interest"),
    ("انا بحب الالعاب كتير", "interest"),
    ("انا مهندس", "experience"),
])
def test_the_word_i_yields_to_a_verb(text, kind):
    assert classify_statement(text)[0] == kind


@pytest.mark.parametrize("text, turns", [
    ("از کار گدام خسته شدم", True),
    ("از صفاکاری دلم سیر شده", True),
    ("خسته شدم از کار دوکان", True),
    ("من از افغانستان آمدم", False),
])
def test_a_dari_turn_away_in_verb_final_order(text, turns):
    assert (marker(text) is not None) is turns


@pytest.mark.parametrize("sentence, wish", [
    ("ካብ ስራሕ ድኳን ክወጽእ እደሊ፡ ምስ ቆልዑ ክሰርሕ ይፈቱ", "ምስ ቆልዑ ክሰርሕ ይፈቱ"),
    ("Jag vill byta från städningen, jag skulle vilja jobba inom äldreomsorgen",
     "jag skulle vilja jobba inom äldreomsorgen"),
    ("I want to get out of cleaning, I'd like to work in elderly care", "I'd like to work in elderly care"),
])
def test_a_field_wish_beside_a_turn_away_is_read_from_its_clause(sentence, wish):
    assert [sentence[a:b].strip() for a, b in _wish_clauses(sentence, 0, len(sentence))] == [wish]


def test_a_sentence_without_a_turn_away_is_read_whole():
    sentence = "Jag vill jobba med barn, gärna på förskola"
    assert _wish_clauses(sentence, 0, len(sentence)) == [(0, len(sentence))]
