"""SFI told as finished is past SFI (assistant/interpretation/swedish_level.py): the next step is Swedish as a second
language at Komvux, never "register for SFI" (rater17: a Somali woman who had finished SFI D, a Tigrinya young man
who had finished SFI)."""
from __future__ import annotations

import pytest

from assistant.interpretation.swedish_level import SFI_DONE, read_swedish_level
from vagledning.domain.profile import Profile

DONE = [
    ("sv", "jag är klar med sfi d sen i våras"),
    ("sv-easy", "Jag har gått klart SFI."),
    ("en", "i finished SFI D last year"),
    ("ar", "خلصت SFI D السنة الماضية"),
    ("so", "af iswiidhishka SFI D waan dhammeeyay"),
    ("ti", "SFI ወዲአ እየ ግን SAS የብለይን"),
    ("fa", "SFI D را تمام کردم"),
    ("uk", "Я закінчила SFI D"),
]
AT = [("sv", "jag läser SFI D nu", "a2"), ("en", "I go to SFI course C", "a2"), ("so", "SFI B ayaan dhigtaa", "a1")]


def _level(text: str) -> str | None:
    p = Profile()
    read_swedish_level(p, text, 0)
    return next((lang.level for lang in p.languages if lang.code == "sv"), None)


@pytest.mark.parametrize(("lang", "text"), DONE)
def test_sfi_finished_is_past_sfi(lang, text):
    assert _level(text) == SFI_DONE


@pytest.mark.parametrize(("lang", "text", "level"), AT)
def test_sfi_under_way_keeps_its_course_level(lang, text, level):
    assert _level(text) == level
