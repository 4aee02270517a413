"""The "… or can I just apply?" cue (assistant/apply_directly.py, cards34) and the surest reading of one word's work
(assistant/education.surest_readings)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.apply_directly import asks_apply_directly
from assistant.education import surest_readings


@pytest.mark.parametrize("text", [
    "do i have to study first or can i just apply?",
    "can i just apply to jobs?",
    "kan man söka jobb som lagerarbetare direkt eller behövs nån utbildning?",
    "لازم ادرس اول ولا اقدر اقدم مباشرة على شغل؟",
    "треба спочатку вчитися чи можна одразу подаватися на роботу?",
])
def test_asks_to_apply_now(text):
    assert asks_apply_directly(text)


@pytest.mark.parametrize("text", [
    "can i just apply to komvux?",
    "kan jag söka direkt till högskolan?",
    "how do i apply now?",
    "vad gör en lagerarbetare?",
])
def test_applying_to_a_school_or_no_such_question(text):
    assert not asks_apply_directly(text)


def _exp(code: str, start: int, confidence: float) -> SimpleNamespace:
    return SimpleNamespace(ssyk_code=code, confidence=confidence,
                           span=SimpleNamespace(message=0, start=start, end=start + 11))


def test_one_word_read_as_two_occupations_keeps_the_surer():
    aide, nurse, other = _exp("5330", 72, 0.95), _exp("5321", 72, 0.921), _exp("9111", 5, 0.5)
    state = SimpleNamespace(profile=SimpleNamespace(experiences=[aide, nurse, other]))
    assert surest_readings(state) == [aide, other]  # type: ignore[arg-type]
