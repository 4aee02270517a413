""""No driving licence" is the limitation ``driving_licence`` in all 8 languages (limits22, rater22: understood in 4 of 8
and never a constraint), and a licence held, one not valid yet, or a question about the licence is not it
(assistant/interpretation/cues.yaml, ``constraints.limitation.driving_licence``)."""
from __future__ import annotations

import pytest

from assistant.interpretation.constraints import _licence_abroad, _patterns, fold

SAID = {
    "sv": ["Jag har inget körkort.", "jag har inte körkort", "Jag saknar körkort", "Har inget B-körkort", "Inget körkort"],
    "en": ["I have no driving licence.", "I don't have a driver's license", "no driving license, is that a problem?",
           "I can't drive.", "I don't have a licence to drive"],
    "ar": ["ما عندي رخصة سياقة", "ليس لدي رخصة قيادة", "ماعندي اجازة سوق", "بدون رخصة قيادة", "ما اعرف اسوق"],
    "so": ["Ma haysto liisanka darawalnimada.", "liisan darawal ma haysto", "laysin ma lihi",
           "Shatiga darawalka ma haysto"],
    "ti": ["መንጃ ፍቓድ የብለይን።", "መንጃ የብለይን"],
    "fa": ["لایسنس دریوری ندارم.", "گواهینامه رانندگی ندارم", "لایسنس موتر ندارم", "دریوری بلد نیستم"],
    "uk": ["Я не маю водійських прав.", "У мене немає водійського посвідчення", "немає прав водія",
           "не вмію водити машину"],
}
NOT = ["Mitt körkort är inte giltigt i Sverige än", "I have a driving licence", "my licence is not valid yet",
       "I don't drive at night", "عندي رخصة قيادة", "Waxaan haystaa liisan darawal", "መንጃ ፍቓድ ኣለኒ",
       "لایسنس رانندگی دارم", "Я маю водійські права", "Behövs körkort?", "do you need a driving licence?",
       "I can't drive long because of my back", "لا أستطيع القيادة لفترة طويلة", "Jag har körkort B och C",
       # a licence from abroad not valid here yet (cues.yaml licence_abroad): no lack of one
       "Jag har inget svenskt körkort än", "ما عندي رخصة سياقة سويدية بعد", "Shatiga Iswiidhan weli ma haysto.",
       "هنوز گواهینامه سوئدی ندارم.", "У мене ще немає шведських водійських прав"]


def _reads(text: str) -> bool:
    folded = fold(text)
    return any((m := p.search(folded)) and not _licence_abroad(folded, m, _patterns()["licence_abroad"])
               for code, p in _patterns()["limitation"] if code == "driving_licence")


@pytest.mark.parametrize("locale", sorted(SAID))
def test_no_driving_licence_is_read_in_every_language(locale):
    assert [s for s in SAID[locale] if not _reads(s)] == []


def test_a_licence_held_pending_or_asked_about_is_no_lack_of_one():
    assert [s for s in NOT if _reads(s)] == []
