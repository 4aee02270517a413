"""Questions as newcomers phrase them (seen in counsellor-standard review conversations) reach the
intent they ask for, not a new list of suggestions."""
from __future__ import annotations

import pytest

from assistant.intents import detect_intent


@pytest.mark.parametrize(("text", "intent"), [
    ("Immisa ayay kasbadaan?", "salary"),                                   # so: how much do they earn
    ("برنامه نویس چقدر معاش می‌گیرد؟", "salary"),                           # fa (Dari): salary = معاش
    ("چه تحصیلاتی لازم است؟", "courses"),                                   # fa: what education is needed
    ("Що потрібно, щоб працювати вчителем у Швеції?", "licence"),            # uk: what is needed to work as
    ("Vad behöver jag för att jobba som lärare?", "licence"),
    ("ደሞዙ ክንደይ እዩ?", "salary"),
])
def test_question_reaches_its_intent(text, intent):
    assert detect_intent(text) == intent
