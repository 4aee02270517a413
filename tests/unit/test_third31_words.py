"""third31: common words pick no occupation alone, hearsay is no work done (retrieval/lexicon/generic_words.py,
assistant/interpretation/hearsay.py)."""
from __future__ import annotations

import pytest

from assistant.interpretation.hearsay import as_heard, heard_said
from retrieval.lexicon import match


@pytest.mark.parametrize("text", ["مدرکم رو باید بدم UHR ارزیابی کنه؟", "UX design بازارش خوبه", "UX design ጽቡቕ ዕዳጋ ኣለዎ"])
def test_a_common_word_alone_names_no_occupation(text):
    assert not match(text, kinds=("occupation",)), text


@pytest.mark.parametrize("text", ["در بازار میفروختم", "waxaan ka shaqeeyay suuqa", "ارزیاب بودم"])
def test_work_told_there_or_the_job_noun_keeps_the_term(text):
    assert match(text, kinds=("occupation",)), text


@pytest.mark.parametrize("text", ["jag har hört att UX design har en bra marknad", "i heard UX has a good market",
                                  "سمعت انو UX design سوقه منيح", "waxaan maqlay in UX suuq wanaagsan leeyahay",
                                  "UX ጽቡቕ ዕዳጋ ከም ዘለዎ ሰሚዐ", "شنیدم UX design بازارش خوبه", "чула, що UX має гарний ринок",
                                  "folk säger att det finns jobb som svetsare"])
def test_hearsay_is_an_interest_at_most(text):
    assert heard_said(text)
    assert as_heard("experience", text, False) == "interest"
    assert as_heard("wish", text, False) == "wish"  # ("my boss says I must become X": a goal)


def test_own_work_is_no_hearsay():
    assert not heard_said("jag har jobbat som kock i 10 år")
    assert as_heard("experience", "i worked as a cook", False) == "experience"
