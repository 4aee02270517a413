"""Arabic terms on Dari/Persian words that mean something else are not read in a text typed in Persian letters
(retrieval/lexicon/false_friends.py), with a Persian ending too; Arabic texts are read as before."""
from __future__ import annotations

import pytest

from retrieval.lexicon import match

ADMINISTRATOR = "Administratör"


@pytest.mark.parametrize("text", [
    "ده سال در مکتب معلم ریاضی بودم",              # at school (mendB21)
    "۱۲ سال خیاط بودم. سه طفل مکتبی دارم.",          # school children: «مکتبی», the adjective of «مکتب»
    "بچه‌هایم در مکتبها درس میخوانند",               # in the schools
])
def test_dari_school_is_no_office_work(text):
    assert ADMINISTRATOR not in [h.label_sv for h in match(text)]


@pytest.mark.parametrize("text", ["كنت موظف مكتب في بغداد", "عملت في مكتبي عشر سنين"])
def test_arabic_office_is_still_office_work(text):
    assert ADMINISTRATOR in [h.label_sv for h in match(text)]
