"""An occupation said after "I am" is kept for the interpreter, a name is not (assistant/interpretation/introduced_work)."""
from __future__ import annotations

import pytest

from assistant.interpretation.introduced_work import redact_keeping_work, work_words


@pytest.mark.parametrize(("text", "kept"), [
    ("أنا مطور برمجيات من الهند", "مطور برمجيات"),      # (ar) I am a software developer from India
    ("ኣነ ሲቪል ኢንጅነር እየ", "ሲቪል ኢንጅነር"),                 # (ti) I am a civil engineer
    ("ኣነ ሶፍትዌር ዴቨሎፐር እየ፡ ካብ ህንዲ", "ሶፍትዌር ዴቨሎፐር"),   # (ti) a qualifier before the occupation's word
    ("أنا مهندس كهرباء", "مهندس كهرباء"),
])
def test_work_after_a_weak_cue_is_kept(text: str, kept: str) -> None:
    assert kept in redact_keeping_work(text).text


@pytest.mark.parametrize("text", ["أنا أحمد من سوريا", "ኣነ ዳዊት እየ", "أنا فاطمة، عمري 30", "Jag är Anna Snickare",
                                  # a name before the occupation's word qualifies no occupation
                                  "ኣነ ዳዊት ዴቨሎፐር እየ"])
def test_names_after_the_same_cues_stay_redacted(text: str) -> None:
    assert "[namn]" in redact_keeping_work(text).text, text


def test_a_qualifier_must_open_a_term_of_the_same_occupation() -> None:
    assert work_words("ሶፍትዌር ዴቨሎፐር")
    assert not work_words("ዳዊት ዴቨሎፐር")
    assert not work_words("ዳዊት")


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("I'm a preschool teacher by trade, from Iran", "by trade", "preschool teacher"),
    ("За фахом я вихователька дитячого садка", "За фахом", "вихователька"),
    ("أنا معلمة روضة بالأصل", "بالأصل", "معلمة روضة"),
    ("من به مسلک معلم کودکستان هستم", "به مسلک", "معلم کودکستان"),
    ("Xirfad ahaan waxaan ahay macallimad xannaano", "Xirfad ahaan", "macallimad xannaano"),
    ("ብሞያ መምህርት መዋእለ ህጻናት እየ", "ብሞያ", "መምህርት"),
])
def test_by_trade_words_are_blanked_for_linking(text: str, gone: str, kept: str) -> None:
    from assistant.interpretation.introduced_work import blank_trade_words

    out = blank_trade_words(text)
    assert len(out) == len(text) and gone not in out and kept in out, out


def test_trade_alone_is_not_blanked() -> None:
    from assistant.interpretation.introduced_work import blank_trade_words

    assert blank_trade_words("I worked in trade for 5 years") == "I worked in trade for 5 years"
