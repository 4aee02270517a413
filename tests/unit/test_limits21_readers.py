"""What a person says about themselves, read as it is (limits21): grades told in chat, weak English or one language
only, and work asked for in one's own language (the proof conversations: tests/proof/test_dialogue_limits21.py)."""
from __future__ import annotations

import re

import pytest

from assistant.interpretation.constraints import _patterns, fold
from assistant.interpretation.school_gaps import school_gaps, subject_as_said
from vagledning.domain.profile import GradeItem, Profile, Span, merge_profiles


def _grades(text: str) -> list[tuple[str, str | None]]:
    p = Profile()
    school_gaps(p, text, 0)
    return [(g.subject, g.grade) for g in p.grades]


@pytest.mark.parametrize(("text", "grades"), [
    ("ja har E i matte o F i engelska", [("Matematik", "E"), ("Engelska", "F")]),
    ("مه در ریاضی E دارم و در انگلیسی F", [("Matematik", "E"), ("Engelska", "F")]),
    ("в мене E з математики і F з англійської", [("Matematik", "E"), ("Engelska", "F")]),
    ("jag har betyg C i matematik", [("Matematik", "C")]),
    ("A friend said maths is hard", []),  # (an article, far from the subject)
    ("I use C++ and C# in english", []),  # (a programming language is no grade)
    ("Jag har E-betyg i matte", []),
    ("det e bra i matte", []),  # (a lower-case "e" is Swedish "är")
    ("kan jag komma in med E i matte?", []),  # (a question names schooling it asks about: the turn reads it)
])
def test_a_grade_letter_beside_a_subject_is_that_subjects_grade(text, grades):
    assert _grades(text) == grades


def test_the_subject_is_named_as_the_person_said_it():
    p = Profile()
    school_gaps(p, "عندي E بالرياضيات", 0)
    assert subject_as_said(p.grades[0]) == "الرياضيات"
    set_by_counsellor = GradeItem(subject="Matematik", grade="F", span=Span(start=0, end=0, quote=""), confidence=1)
    assert subject_as_said(set_by_counsellor) == "Matematik"


def test_a_grade_told_again_replaces_the_old_one():
    old, new = Profile(), Profile()
    school_gaps(old, "jag har E i matte", 0)
    school_gaps(new, "nu har jag C i matte", 1)
    assert [(g.subject, g.grade) for g in merge_profiles(old, new).grades] == [("Matematik", "C")]


def _limited(text: str) -> bool:
    folded = fold(text)
    return any(p.search(folded) for code, p in _patterns()["limitation"] if code == "languages")


@pytest.mark.parametrize("text", ["ja e dålig på engelska", "my english is weak", "i only speak arabic",
                                  "بس بحكي عربي", "ingiriisiga ma aqaan", "af soomaali keliya ayaan ku hadlaa",
                                  "እንግሊዝኛ ኣይክእልን", "انگلیسیم ضعیفه", "فقط دری بلدم",
                                  "я погано знаю англійську"])
def test_weak_english_or_one_language_only_is_the_languages_limitation(text):
    assert _limited(text)


@pytest.mark.parametrize("text", ["I speak good English but little Swedish", "min svenska är dålig", "i got F in english",
                                  "jag kan engelska bra", "Ingen engelskakurs"])
def test_english_spoken_or_little_swedish_is_no_languages_limitation(text):
    assert not _limited(text)


def _asked(text: str) -> bool:
    from assistant.own_language_work import parts

    folded = fold(text)
    return any(p.search(folded) for p in parts()["asked"]) and any(p.search(folded) for p in parts()["work"])


@pytest.mark.parametrize(("text", "asked"), [
    ("kan ja jobba på arabiska?", True), ("can i work in my own language?", True), ("بدي اشتغل بلغتي", True),
    ("waxaan rabaa inaan ku shaqeeyo af-soomaali", True), ("ብትግርኛ ክሰርሕ እደሊ", True),
    ("میخوام به زبان دری کار کنم", True), ("хочу працювати українською", True),
    ("can you answer in arabic?", False),  # (no work asked for)
    ("waxaan ka shaqeeyay bakhaar. af soomaali keliya ayaan ku hadlaa", False),  # (the only language spoken)
])
def test_work_in_ones_own_language_is_read_only_with_a_work_word(text, asked):
    assert _asked(text) is asked


def test_every_own_language_occupation_is_a_taxonomy_id():
    from assistant.own_language_work import _doc

    doc = _doc()
    assert all(re.fullmatch(r"[0-9A-Za-z]{4}_[0-9A-Za-z]{3}_[0-9A-Za-z]{3}", str(i)) for i in doc["occupations"])
