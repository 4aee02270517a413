"""Thanks before a question (rater24 c4 T6): the clause still asks, in every language, without a question mark.

«mahadsanid, halkee iska diiwaangeliyaa» (thanks, where do I register) was read as a statement, and "register"
became work done as a hotel receptionist. Thanks alone, or thanks before a statement, ask nothing.
"""
from __future__ import annotations

import pytest

from assistant.interpretation.questions import is_question

ASKED = ["mahadsanid, halkee iska diiwaangeliyaa", "thanks, where do i register", "tack, hur anmäler jag mig",
         "شكرا، وين بسجل", "የቐንየለይ፣ ኣበይ እየ ዝምዝገብ", "مرسی، کجا ثبت نام کنم", "дякую, де зареєструватися"]
TOLD = ["thanks, i worked as a cook", "tack, jag har jobbat som kock", "mahadsanid", "дякую"]


@pytest.mark.parametrize("text", ASKED)
def test_thanks_before_a_question_still_asks(text):
    assert is_question(text, 0, len(text)), text


@pytest.mark.parametrize("text", TOLD)
def test_thanks_alone_or_before_a_statement_asks_nothing(text):
    assert not is_question(text, 0, len(text)), text
