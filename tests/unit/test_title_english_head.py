"""titles26: the head of an English title (retrieval/title_english_head) and a Swedish compound's modifier
as a word of its own (retrieval/title_compound._opens)."""
from __future__ import annotations

from retrieval.title_compound import _opens
from retrieval.title_english_head import head_tails


def test_the_tails_of_an_english_title_longest_first():
    assert head_tails("Child protection social worker") == ["protection social worker", "social worker", "worker"]
    assert head_tails("Senior Finish Carpenter") == ["carpenter"]          # seniority decides nothing
    assert head_tails("Site Reliability Engineer (SRE)") == ["reliability engineer", "engineer"]


def test_a_phrase_or_one_word_has_no_tail_head():
    assert head_tails("Head of IT") == []
    assert head_tails("Carpenter") == []


def test_a_modifier_names_a_field_only_as_the_start_of_a_word():
    assert _opens("mejeri", "Processoperatör, mejeri")
    assert _opens("gymnasie", "Ämneslärare, gymnasieskolan")
    assert not _opens("avdelning", "Barnsjuksköterska, vårdavdelning")
