"""The way into an occupation asked any way (assistant/way_in.py, licence21): "how can I work as X here?", "how do I
become X?", "what do I need to work as X?" in the 8 languages read as one question; salary, first steps and work
meanwhile are other questions."""
from __future__ import annotations

import pytest

from assistant.way_in import asks_way_in

WAY = [
    "hur kan jag jobba som sjuksköterska här?",
    "hur blir jag elektriker i sverige?",
    "Vad behöver jag för att jobba som sjuksköterska i Sverige?",
    "how do i become a nurse here in sweden?",
    "what do i need to work as a pharmacist in sweden?",
    "كيف بقدر اشتغل ممرضة هون؟",
    "شو لازمني حتى اشتغل صيدلانية بالسويد؟",
    "sidee baan halkan uga shaqeyn karaa kalkaaliso ahaan?",
    "ኣብ ሽወደን ከም ነርስ ንምስራሕ እንታይ የድልየኒ?",
    "چطور میتانم اینجا نرس کار کنم؟",
    "як мені працювати медсестрою тут у Швеції?",
    "kan jag jobba som sjuksköterska här?",
]
OTHER = [
    "vad tjänar en sjuksköterska?",
    "what do i do first this week?",
    "and what can i work as meanwhile?",
    "ክሳብ ሽዑ እንታይ ክሰርሕ እኽእል?",
    "do they pay me while studying?",
    "jag har 3 barn",
]


@pytest.mark.parametrize("text", WAY)
def test_the_way_in_is_read_in_every_phrasing(text):
    assert asks_way_in(text)


@pytest.mark.parametrize("text", OTHER)
def test_other_questions_are_not_the_way_in(text):
    assert not asks_way_in(text)
