"""Swedish as a second language told as a course (swedish19): kept as the person's level, past SFI; a course asked
about or required, or "not SvA yet", is no level told."""
from __future__ import annotations

import pytest

from assistant.interpretation.swedish_level import read_swedish_level
from vagledning.domain.profile import LanguageItem, Profile, Span


def _level(text: str, known: str | None = None) -> str | None:
    told = [LanguageItem(code="sv", level=known, span=Span.of("x", 0, 1, 0), confidence=0.8)] if known else []
    p = Profile(languages=told)
    read_swedish_level(p, text, 0)
    return next((lang.level for lang in p.languages if lang.code == "sv"), None)


@pytest.mark.parametrize(("text", "level"), [
    ("håller på med svenska 2 på komvux nu", "sas_gy"),
    ("im doing sva 1 at komvux", "sas_gy"),
    ("läser sas grund sen i höstas", "sas_grund"),
    ("I'm in svenska som andraspråk grundläggande", "sas_grund"),
    ("jag har läst klart svenska som andraspråk 3", "sas_3"),
    ("عم ادرس سويدي كلغة ثانية ٢ بالكومفوكس", "sas_gy"),
    ("зараз вчу SAS 2 в комвуксі", "sas_gy"),
])
def test_a_course_of_sva_is_the_level(text, level):
    assert _level(text) == level


@pytest.mark.parametrize("text", [
    "do i need sva 3 for nursing?",
    "ja e klar me sfi men inte läst svenska som andraspråk",
    "SAS ще не вчила",
])
def test_a_course_asked_or_not_taken_is_no_sva_level(text):
    assert _level(text) in (None, "sfi_done")


def test_an_sva_course_moves_a_learner_past_sfi_on_but_keeps_a_cefr_level():
    assert _level("nu läser jag sva 2", known="sfi_done") == "sas_gy"
    assert _level("nu läser jag sva 2", known="a2") == "sas_gy"
    assert _level("nu läser jag sva 2", known="b2") == "b2"
