"""'What should I do?' asked on its own, as people write it (read19): the first steps; never within a longer question."""
from __future__ import annotations

import pytest

from assistant.first_steps import asks_on_its_own

ON_ITS_OWN = {
    "sv": ["va ska ja göra?", "vad ska jag gora nu", "Va ska man göra?", "okej och vad gör jag nu då"],
    "sv-easy": ["Vad ska jag göra?", "Vad gör jag nu?"],
    "en": ["what should i do?", "wat shud i do", "what shuld i do now?", "ok what now?", "ok so what i do"],
    "ar": ["شو لازم اعمل؟", "شو بدي اعمل هلق؟", "ايش المفروض اسوي الحين", "طيب ماذا افعل الان"],
    "so": ["maxaan sameeyaa?", "maxan sameya hada", "ok hadda maxaan sameeyaa"],
    "ti": ["እንታይ ክገብር?", "እንታይ እገብር ሕጂ?", "ሕጂ እንታይ ክገብር ኣለኒ?"],
    "fa": ["چی کنم؟", "حالا چی کنم؟", "چیکار باید بکنم؟", "خب حالا چکار کنم"],
    "uk": ["що мені робити?", "шо мені робить?", "що ж мені робити?", "ну і що тепер?", "шо робити далі?"],
}
WITHIN_MORE = ["what should i do for work?", "vad ska jag göra för jobb", "what now with my life and my kids at home",
               "хорошо що мені робити з цим?", "چی کار کنم که پول دربیارم"]


@pytest.mark.parametrize("locale", list(ON_ITS_OWN))
def test_asked_on_its_own(locale):
    for said in ON_ITS_OWN[locale]:
        assert asks_on_its_own(said), (locale, said)


def test_within_a_longer_question_it_asks_something_else():
    for said in WITHIN_MORE:
        assert not asks_on_its_own(said), said
