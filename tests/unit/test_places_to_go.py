"""The places a course question names to study in (assistant.interpretation.places.places_to_go, mendB19).

"Anything in Borlänge? Stockholm is too far" names Stockholm only to leave it out: after local18 searched every
county named, it listed a course in Bromma to a man in Borlänge (local11). A place in a clause saying it is far, or
in a refusal naming nothing but it, is none to search; a place asked about, also in a negated question, is.
Built from the shared taxonomy files, as test_geography.py is.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.interpretation.places import places_to_go
from ingest.sources.geography import load_geography


@pytest.fixture(scope="module")
def rel(data_dir):
    geo = load_geography(data_dir)
    return SimpleNamespace(geography=lambda: geo)


@pytest.mark.parametrize("text", [
    "finns det nåt i borlänge el falun då? stockholm e för långt",
    "Finns det något i Borlänge? Stockholm är för långt bort.",
    "anything in borlange or falun? stockholm is too far for me",
    "في شي ب Borlänge او Falun؟ ستوكهولم بعيدة كتير",
    "ma jiraa wax Borlänge ku yaal? stockholm aad bay u fog tahay",
    "ኣብ Borlänge ቀረባ ዝኾነ ኣሎ ዶ? ስቶክሆልም ርሑቕ እዩ",
    "چیزی در borlänge یا falun نیست؟ استکهلم خیلی دور است",
    "а є щось у Борленге чи Фалуні? Стокгольм задалеко",
])
def test_a_place_called_too_far_is_none_to_go_to(rel, text):
    labels = {m.place.label for m in places_to_go(text, rel)}
    assert "Borlänge" in labels and "Stockholm" not in labels, (text, labels)


@pytest.mark.parametrize("text", [
    "kurser i Västerås? inte Stockholm.",
    "courses in Västerås? not in Stockholm.",
])
def test_a_place_refused_is_none_to_go_to(rel, text):
    labels = {m.place.label for m in places_to_go(text, rel)}
    assert "Västerås" in labels and "Stockholm" not in labels, (text, labels)


@pytest.mark.parametrize("text", [
    "what courses is there near me? västerås or eskilstuna maybe",
    "koorsooyinkee ayaa iga dhow? Västerås ama Eskilstuna malaha",
    "які курси є поруч? Вестерос або Ескільстуна може",
])
def test_every_town_asked_about_is_one_to_go_to(rel, text):
    labels = {m.place.label for m in places_to_go(text, rel)}
    assert {"Västerås", "Eskilstuna"} <= labels, (text, labels)
