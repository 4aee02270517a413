"""The education areas a course question names, in every language (assistant/field_courses.py, rater25 c3)."""
from __future__ import annotations

import pytest

from assistant.field_courses import area_name, asked_areas, or_word

IT, ECONOMY, CARE = "Data/IT", "Ekonomi, administration och försäljning", "Hälso- och sjukvård samt socialt arbete"
BUILD, TRANSPORT = "Samhällsbyggnad och byggteknik", "Transporttjänster"


@pytest.mark.parametrize(("locale", "text", "areas"), [
    ("sv", "jag menar utbildningar på yh inom ekonomi eller it, i sundsvall", [ECONOMY, IT]),
    ("sv", "finns det yh inom vården i umeå?", [CARE]),
    ("en", "any programmes in accounting or IT by distance?", [ECONOMY, IT]),
    ("en", "is it possible to study in sundsvall?", []),  # English "it" is a pronoun
    ("ar", "في برامج YH بمجال المحاسبة أو IT؟", [ECONOMY, IT]),
    ("so", "ma jiraa waxbarasho YH oo daryeelka caafimaadka ah?", [CARE]),
    ("ti", "ኣብ ክንክን ጥዕና እንታይ ትምህርቲ YH ኣሎ?", [CARE]),
    ("fa", "برنامه‌های YH در بخش ساختمانی یا ترانسپورت", [BUILD, TRANSPORT]),
    ("uk", "які програми YH є в галузі охорони здоров'я?", [CARE]),
    ("uk", "курси з програмування або бухгалтерії", [IT, ECONOMY]),
])
def test_the_areas_named(locale, text, areas):
    assert asked_areas(text, locale) == areas


def test_every_area_is_named_in_every_language():
    from assistant.field_courses import area_specs

    for area in area_specs():
        for locale in ("sv", "sv-easy", "en", "ar", "so", "ti", "fa", "uk"):
            assert area_name(area, locale) != area or locale in ("sv", "sv-easy"), (area, locale)
            assert or_word(locale).strip(), locale
