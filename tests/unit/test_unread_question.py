"""A question for work is never asked back (mendA19; refuse15: "what can I work with now?" after a refusal got
study18's "I'm not sure what you are asking" in Arabic, Somali and Dari, whose phrasings read as no ``suggest``)."""
from __future__ import annotations

import pytest

from assistant.unread_question import asks, asks_for_work

#: What work can I do (now)? - in all 8 languages, as people write it.
_WORK = ["vad kan ja jobba me då?", "Vilket jobb kan jag få?", "so what can i work with?", "زين شنو اكدر اشتغل؟",
         "hadda maxaan ka shaqayn karaa?", "እሞ እንታይ ስራሕ ክሰርሕ እኽእል?", "پس چی کار کده میتانم؟",
         "то ким я можу працювати?", "finns det jobb här?", "shaqo kale ma jirtaa?", "دیگه چه کار کده میتانم؟"]
#: Questions nothing reads (study18): these are still asked back.
_UNREAD = ["how does that actually work?", "is that good?", "hur funkar det egentligen?", "vad är det? kan jag få det?"]


@pytest.mark.parametrize("text", _WORK)
def test_a_question_for_work_is_read_as_one(text):
    assert asks(text) and asks_for_work(text)


@pytest.mark.parametrize("text", _UNREAD)
def test_a_question_for_something_else_is_not(text):
    assert asks(text) and not asks_for_work(text)
