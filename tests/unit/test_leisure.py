"""A doing beside a leisure marker (leisure.py, leisure.yaml), mendC19: work for people outside the household, where
one lives, naming oneself as the occupation, and 'at home' meaning back home or years of a home-based trade are no
liking; a hobby still is."""
from __future__ import annotations

import pytest

from assistant.interpretation.segment import classify_statement

#: Told as work (or as no doing at all): never an interest.
NOT_A_LIKING = [
    "jag flätade hår åt kvinnor i mitt område hemma i Somalia",
    "Jag klippte håret på grannarna hemma",
    "back home i braided hair for the women in my street at home",
    "at home i cooked for customers",
    "كنت اسوي ضفائر للنساء بالبيت",
    "timaha dumarka xaafada ayaan guriga ku tidci jiray",
    "ንደቂ ኣንስትዮ ኣብ ገዛ ሹሩባ እሰርሕ ነይረ",
    "سه سال در کلینیک برای خانواده ها ترجمانی می کردم",
    "вдома я заплітала коси жінкам з нашої вулиці",
    "15 років шила одяг вдома",
    "Waxaan deganahay Borlänge aniga iyo qoyskayga",
    "Jag bor hemma med min familj",
    "jag lagade mat hemma i Syrien i tio år",
    # naming oneself as the occupation beside "at home"
    "jag är skräddare och sydde kläder hemma",
    "im a tailor, sewing at home",
    "انا خياط بالبيت",
    "waxaan ahay dawaarle guriga",
    "ኣነ ሰፋዪ እየ ኣብ ገዛ",
    "خیاط هستم در خانه",
    "я кравець, шила одяг вдома",
]
#: A hobby or household doing: a liking.
A_LIKING = [
    "ja klipper mina kompisars hår på fritiden",
    "Jag lagar mat hemma varje dag",
    "in my free time i cut my friends hair",
    "I cook at home for my family",
    "اطبخ كثير بالبيت لاهلي",
    "wakhtiga firaaqada waxaan timaha u jaraa asxaabtayda",
    "ኣብ ትርፊ ግዜይ ንመሓዙተይ ጸጉሪ እቖርጽ",
    "تو خانه برای فامیل آشپزی میکنم",
    "у вільний час я стрижу друзів",
    "i am cooking at home for my family",
    "я шила одяг вдома для родини",
    "jag är hemma och lagar mat åt familjen",
]


@pytest.mark.parametrize("text", NOT_A_LIKING)
def test_work_for_others_living_and_back_home_are_no_liking(text):
    assert classify_statement(text)[0] != "interest", text


@pytest.mark.parametrize("text", A_LIKING)
def test_a_hobby_is_a_liking(text):
    assert classify_statement(text)[0] == "interest", text
