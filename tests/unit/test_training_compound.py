"""The trade inside a Swedish training compound (retrieval/lexicon/training_compound.py; compound13)."""
from __future__ import annotations

import pytest

from retrieval.lexicon import match
from retrieval.lexicon.training_compound import written_apart


def _occupations(text: str) -> set[str]:
    return {h.label_sv for h in match(text, kinds=("occupation",))}


@pytest.mark.parametrize("text, label", [
    ("Hur lång tid tar elektrikerutbildningen?", "Installationselektriker"),
    ("hur lång är undersköterskeutbildningen", "Undersköterska, vård- och specialavdelning och mottagning"),
    ("svetsarkursen", "Svetsare, manuell"),
    ("barnskötarutbildningar", "Barnskötare"),
    ("kockutbildningen på komvux", "Kock, à la carte"),
    ("förskollärarprogrammet", "Förskollärare"),
    ("tandsköterskeutbildningen", "Tandsköterska"),
    ("busschaufförsutbildning", "Bussförare/Busschaufför"),
])
def test_the_trade_inside_a_training_compound_is_read(text, label):
    assert label in _occupations(text)


@pytest.mark.parametrize("text", [
    # a national programme named by its field, not a trade
    "restaurangprogrammet", "hotellprogrammet", "barn- och fritidsprogrammet", "el- och energiprogrammet",
    # a workplace's or a subject's training
    "butiksutbildning", "lagerutbildning", "svenskakurs", "yrkesutbildning", "körkortsutbildningen",
])
def test_a_field_or_a_subject_before_the_training_names_no_trade(text):
    assert not _occupations(text), _occupations(text)


@pytest.mark.parametrize("text, apart", [
    ("hur lång är elektrikerutbildningen?", "hur lång är elektriker utbildningen?"),
    ("Hur lång tid tar svetsarkursen?", "Hur lång tid tar svetsare kursen?"),
    ("undersköterskeutbildningen", "undersköterska utbildningen"),
    ("restaurangprogrammet", "restaurangprogrammet"),
    ("en utbildning", "en utbildning"),
])
def test_written_apart_names_the_trade_beside_its_training(text, apart):
    assert written_apart(text) == apart


@pytest.mark.parametrize("text, label", [
    ("koorsada korontada", "Installationselektriker"),  # so: the course of electricity
    ("ኮርስ ኤሌክትሪክ", "Installationselektriker"),  # ti
    ("کورس برقکاری", "Installationselektriker"),  # fa (Dari): electrical work
    ("دورة الكهرباء", "Installationselektriker"),  # ar
    ("курси електрика", "Installationselektriker"),  # uk
    ("ኮርስ ሳልዳቱራ", "Svetsare, manuell"),  # ti: welding
])
def test_the_trade_named_by_its_field_beside_a_course(text, label):
    assert label in _occupations(text)
