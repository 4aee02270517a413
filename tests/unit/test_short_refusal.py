"""A short refusal naming work is a refusal; a lack is none (assistant/interpretation/short_refusal.py, refuse20)."""
from __future__ import annotations

import pytest

from assistant.interpretation.segment import classify_statement
from assistant.interpretation.short_refusal import tells_lack

REFUSALS = ["no cleaning please", "anything but cleaning", "no kitchen jobs", "inga städjobb tack", "Inget städjobb, tack.",
            "بلا تنظيف الله يخليك", "nadiifin maya fadlan", "ጽሬት ኣይፋልን በጃኹም", "نظافت نه لطفا",
            "тільки не прибирання, будь ласка"]
LACKS = ["I have no education", "no experience", "no car", "no driving licence", "jag har ingen utbildning",
         "ingen erfarenhet", "ما عندي شهادة", "waxbarasho ma lihi", "ትምህርቲ የብለይን", "تحصیلات ندارم", "освіти не маю",
         "no, I worked as a cleaner", "no cleaning experience"]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_short_no_naming_work_is_a_refusal(text):
    assert classify_statement(text)[0] == "negation", text


@pytest.mark.parametrize("text", LACKS)
def test_a_lack_is_no_refusal(text):
    assert classify_statement(text)[0] != "negation", text


def test_a_lack_told_beside_work_keeps_the_work():
    assert tells_lack("я 6 років працювала прибиральницею в Сирії, освіти не маю")
    assert classify_statement("я 6 років працювала прибиральницею в Сирії, освіти не маю")[0] == "experience"
    assert not tells_lack("i dont want cleaning")
