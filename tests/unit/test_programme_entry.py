"""The programme lexicon reads a named programme in every language, two set against each other, and a grade told."""
from __future__ import annotations

import pytest

from assistant.programme_entry import asks_entry, compared, named, told_grades


@pytest.mark.parametrize(("text", "key"), [
    ("vad krävs för att komma in på el- och energiprogrammet?", "gy_el_energi"),
    ("what do i need for the nursing programme", "sjukskoterskeprogrammet"),
    ("شو شروط القبول ببرنامج التمريض؟", "sjukskoterskeprogrammet"),
    ("maxaa looga baahan yahay barnaamijka korontada?", "gy_el_energi"),
    ("ናብ ፕሮግራም ነርሲንግ ንምእታው እንታይ የድሊ?", "sjukskoterskeprogrammet"),
    ("برای برنامه برق و انرژی چی لازم اس؟", "gy_el_energi"),
    ("які вимоги щоб вступити на програму медсестринства?", "sjukskoterskeprogrammet"),
    ("hur kommer man in på läkarprogrammet", "lakarprogrammet"),
])
def test_a_programme_is_named_and_its_entry_asked(text, key):
    assert named(text)[:1] == [key]
    assert asks_entry(text)


def test_a_longer_name_wins_and_an_occupation_alone_names_no_programme():
    assert named("vård- och omsorgsprogrammet") == ["gy_vard_omsorg"]
    assert named("jag vill bli sjuksköterska") == []
    assert named("el och energi") == ["gy_el_energi"]


def test_two_named_against_each_other_by_short_names_only_in_a_comparison():
    assert compared("el eller teknik? vilket e bäst för mig?") == ["gy_el_energi", "gy_teknik"]
    assert compared("jag gillar teknik") == []
    assert named("jag gillar teknik") == []


def test_a_grade_told_beside_a_subject():
    assert told_grades("jag har E i matte") == [("E", "matte")]
    assert told_grades("i got an F in maths and C in english") == [("F", "maths"), ("C", "english")]
    assert told_grades("det e bra i matte") == []  # (a lower-case "e" is Swedish "är")
    assert told_grades("عندي E بالرياضيات") == [("E", "الرياضيات")]
