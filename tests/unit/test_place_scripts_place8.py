"""Place names in Cyrillic, inflected, resolve to their own place or to none (never to another place).

"в Єнчепінгу" (in Jönköping) was read as Enköping in Uppsala län: Ukrainian є was folded to е, and Енчепінг is
Enköping. Every Swedish name now has generated Cyrillic spellings (vagledning/domain/place_scripts.py); a spelling
two counties' places share names neither. Built from the shared taxonomy files, as test_geography.py is.
"""
from __future__ import annotations

import pytest

from ingest.sources.geography import load_geography
from vagledning.domain.place_scripts import cyrillic_forms


@pytest.fixture(scope="module")
def geo(data_dir):
    return load_geography(data_dir)


@pytest.mark.parametrize(("text", "label"), [
    ("живу в Єнчепінгу", "Jönköping"), ("я з Енчепінга", "Enköping"), ("у Мальме", "Malmö"),
    ("переїхали в Гетеборзі", "Göteborg"), ("живу у Вернамо", "Värnamo"), ("у Сандвікені", "Sandviken"),
    ("роботу в Свалеві", "Svalöv"), ("ኣብ ኡመያ እነብር", "Umeå"), ("ساكن بفاستروس", "Västerås"),
])
def test_a_place_in_another_script_is_its_own_place(geo, text, label):
    found = geo.first(text)
    assert found is not None and found.place.label == label, (text, found)


def test_a_spelling_two_places_share_names_neither(geo):
    assert geo.first("живу в Еккере") is None            # Öckerö and Ekerö both read so: ask
    assert geo.first("Jag bor i Håbo").place.label == "Håbo" and geo.first("Jag bor i Habo").place.label == "Habo"


def test_every_place_has_a_cyrillic_spelling_of_its_own(geo):
    labels = list(geo.municipalities.values())
    assert all(cyrillic_forms(label) for label in labels)
    assert "єнчепінг" in cyrillic_forms("Jönköping") and "енчепінг" in cyrillic_forms("Enköping")
