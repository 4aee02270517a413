"""Years of work as people say them (assistant/interpretation/years.py): number words added up, digits of
every script, "since" a year and spans of years; an age is no years of work."""
from __future__ import annotations

import pytest

from assistant.interpretation.years import years_in
from retrieval.lexicon.normalize import normalize, tokens

TODAY = 2026


def _years(text: str) -> list[float]:
    norm = normalize(text)
    return [y for _, _, y in years_in(norm, tokens(norm.text), today=TODAY)]


@pytest.mark.parametrize(("text", "years"), [
    ("Jag har jobbat som snickare i tolv år", 12),
    ("I drove a bus for twenty five years", 25),
    ("عملت نجاراً ١٢ سنة", 12),
    ("عملت اثنا عشر سنة في مطبخ", 12),
    ("اشتغلت سنتين كطباخ", 2),
    ("دوازده سال خیاط بودم", 12),
    ("۱۲ سال خیاط بودم", 12),
    ("Waxaan ahaa darawal laba iyo toban sano", 12),
    ("ንዓሰርተ ክልተ ዓመት ከም መራሕ መኪና ሰሪሐ", 12),
    ("Я працювала кухарем дванадцять років", 12),
    ("Jag har jobbat som städare sedan 2016", 10),
    ("I have been a welder since 2014", 12),
    ("Працюю водієм з 2012 року", 14),
    ("عملت منذ عام 2020 في مطعم", 6),
    ("Jag jobbade som kock 2012-2018", 6),
    ("I worked as a cook from 2010 to 2015", 5),
])
def test_years_of_work(text, years):
    assert _years(text) == [years]


@pytest.mark.parametrize("text", ["I am 35 years old and a cook", "jag är 15 år", "мені 16 років", "I moved to Sweden in 2016"])
def test_an_age_or_a_date_is_no_years_of_work(text):
    assert _years(text) == []
