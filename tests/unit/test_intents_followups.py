"""Follow-up questions reach their intent whatever the inflection and word order (issue 10):
the occupation often sits between the words that ask ("how much do bus drivers make?"), verbs
are inflected (uk "заробляють", "заробляє") and Arabic writes clitics onto the word ("وراتبه")."""
from __future__ import annotations

import pytest

from assistant.intent_cues import strip_cues
from assistant.intents import detect_intent
from tests.phrase_data import asked


@pytest.mark.parametrize(("text", "intent"), asked("followups"))
def test_a_followup_reaches_its_intent(text, intent):
    assert detect_intent(text) == intent


@pytest.mark.parametrize(("text", "kept"), [
    ("How much do bus drivers make?", "bus drivers"),
    ("Скільки заробляє помічник медсестри?", "помічник медсестри"),
    ("Nijaarka immisa ayuu qaataa?", "nijaarka"),
])
def test_what_a_gapped_cue_leaves_is_the_occupation(text, kept):
    assert kept in strip_cues(text)
