"""'I am <occupation>' in scripts without capitals is not an introduction: the occupation stays
(issue 9: 'أنا صيدلاني' became 'أنا [namn]' and the pharmacist was lost); names still go."""
import pytest

from vagledning.domain.redaction import redact


@pytest.mark.parametrize("text,word", [
    ("أنا صيدلاني.", "صيدلاني"), ("أنا مساعد صيدلي", "مساعد"), ("من داروساز هستم", "داروساز"),
    ("من دستیار دندانپزشک بودم", "دستیار"), ("ኣነ ፋርማሲስት እየ።", "ፋርማሲስት"), ("ኣነ ሓጋዚት ነርስ እየ", "ሓጋዚት"),
])
def test_an_occupation_after_i_am_is_kept(text, word):
    assert word in redact(text).text


@pytest.mark.parametrize("text", ["أنا سامي.", "من احمد هستم", "ኣነ ኣማኒኤል እየ።"])
def test_a_name_after_i_am_is_still_removed(text):
    assert "[namn]" in redact(text).text
