"""The person's life situation read from what they write, in all 8 languages (life10; rater9 conv1, conv2, conv4).

- Working hours said informally ("kan ba jobba dagtid", "cant do nights or weekends", "بس بقدر اشتغل بالنهار",
  "maalinta kaliya", "тільки зранку") are the daytime limitation; working *with* children is no family.
- A family told ("wife and 3 kids", "ensamstående mamma") is kept as ``Constraint(kind="other", value="family")``.
- The introduction programme for the newly arrived (Etableringsprogrammet) only for someone who says they are newly
  arrived; a degree from abroad or writing another language is no such sign.
The proof through the app is tests/proof/test_dialogue_life10.py; these are the fast readings of the same phrases.
"""
from __future__ import annotations

import pytest

from assistant.interpretation.constraints import FAMILY, _patterns, fold
from assistant.routes import chosen_keys
from tests.dialogue_support import ALL, said
from tests.unit.test_education_routes import _from, _state, _table

DAYTIME = {
    "sv": ["kan ba jobba på dagarna", "inga kvällar el helger"],
    "sv-easy": ["Jag kan bara jobba på dagen."],
    "en": ["cant do nights or weekends", "only day time pls"],
    "ar": ["عندي طفلين صغار فقط أقدر أشتغل بالنهار", "ما بقدر اشتغل بالليل ولا بالويكند", "بدي شغل بالنهار بس"],
    "so": ["waxaan shaqeyn karaa maalinta oo kaliya", "fasaxa iyo fiidkii ma shaqeyn karo"],
    "ti": ["ምሸትን ቀዳመ ሰንበትን ክሰርሕ ኣይክእልን"],
    "fa": ["فقط روزانه کار میکنم"],
    "uk": ["працюю тільки зранку", "на вихідних не можу"],
}
FAMILY_SAID = {
    "sv": ["ensamstående mamma med två barn"], "sv-easy": ["Jag har tre barn."], "en": ["single mum, 2 kids"],
    "ar": ["أم عزباء عندي ولدين"], "so": ["laba carruur ayaan leeyahay"], "ti": ["ክልተ ቆልዑ ኣለዉኒ"],
    "fa": ["سه تا بچه دارم"], "uk": ["у мене двоє дітей"],
}
WITH_CHILDREN = ["jag har jobbat med barn", "i worked with children", "اشتغلت مع الاطفال", "ምስ ቆልዑ ሰሪሐ",
                 "با اطفال کار کردم", "працювала з дітьми", "har man rätt till csn?"]


def _read(kind: str, text: str) -> bool:
    return any(pat.search(fold(text)) for code, pat in _patterns()[kind] if kind != "limitation" or code == "daytime")


@pytest.mark.parametrize("locale", ALL)
def test_working_hours_and_a_family_are_read_in_every_language(locale):
    for text in DAYTIME[locale]:
        assert _read("limitation", text), text
    for text in FAMILY_SAID[locale]:
        assert _read("family", text), text
    assert FAMILY == "family"


def test_work_with_children_is_no_family():
    assert not [t for t in WITH_CHILDREN if _read("family", t)]


@pytest.mark.parametrize("locale", ALL)
def test_the_introduction_programme_only_for_the_newly_arrived(locale):
    language = "sv" if locale == "sv-easy" else locale
    cook, nurse = _from("SY", "5120"), _from("NG", "2221")  # work abroad, as the stories tell it
    new = chosen_keys(_state(said("life10_new_here_cook")[locale], language=language, experiences=[cook]), "5120",
                      _table())
    assert "etableringsprogrammet" in new, (locale, new)
    degree = chosen_keys(_state(said("life10_degree_abroad")[locale], language=language, experiences=[nurse]), "2221",
                         _table())
    assert "etableringsprogrammet" not in degree, (locale, degree)
