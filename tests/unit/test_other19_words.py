"""other19: a nationality or language is never an occupation's name; a pointer at one of a list is its own cue."""
from __future__ import annotations

import pytest

from assistant.intent_cues import has
from assistant.nation_words import without_nation_words


@pytest.mark.parametrize("text,gone", [
    ("im polish, can i work as a welder here?", "polish"),
    ("jag pratar polska och är svetsare", "polska"),
    ("أنا بولندي، بقدر اشتغل فني لحام هون؟", "بولندي"),
    ("я поляк, чи можу я тут працювати зварювальником?", "поляк"),
    ("ኣነ ፖላንዳዊ እየ", "ፖላንዳዊ"),
    ("من پولندی هستم", "پولندی"),
])
def test_a_nationality_is_blanked_at_the_same_length(text, gone):
    out = without_nation_words(text)
    assert gone not in out and len(out) == len(text), out


@pytest.mark.parametrize("text", ["jag vill jobba som polis", "jag vill bli engelsklärare", "a poultry farm",
                                  "lärare i svenska"])
def test_work_words_stay(text):
    assert without_nation_words(text) == text


@pytest.mark.parametrize("text", ["what about that one?", "hur är det med den där då?", "وهاد شو؟", "Kaas ka warran?",
                                  "እዚኸ?", "آن یکی چطور؟", "а як щодо цієї?"])
def test_a_pointer_is_read(text):
    assert has("pointer", text)


@pytest.mark.parametrize("text", ["kan jag jobba som svetsare?", "vilka jobb kan jag få?", "i got a tan"])
def test_common_words_are_no_pointer(text):
    assert not has("pointer", text)
