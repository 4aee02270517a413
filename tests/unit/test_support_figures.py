"""One set of figures per study support (money19): the ages of CSN's omställningsstudiestöd and studiestartsstöd
stood as 27-62 and 25-56 in their own routes and wordings, and as 27-63 and 25-60 in the age limits (age18).

The curated route's ``conditions`` are the one set (from CSN's page "Vad har CSN för åldersgränser?"); every
other curated fact and every locale wording that states the support's ages must state the same two figures: the
route's own summary, the clause of ``csn_aldersgranser`` that names it, and its sentences in the 8 locale files.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from assistant.state import LOCALES
from ingest.sources.routes import load

#: Support route key -> its name as every wording writes it, and the locale wordings that state its ages.
SUPPORTS = {"omstallningsstudiestod": ("omställningsstudiestöd", ("rights.omstallning_likely",)),
            "studiestartsstod": ("studiestartsstöd", ("rights.studiestartsstod",))}
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def _ages(key: str) -> tuple[int, int]:
    route = next(r for r in load().routes if r.key == key)
    assert route.conditions is not None and route.conditions.age_min and route.conditions.age_max, key
    return route.conditions.age_min, route.conditions.age_max


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text.translate(_DIGITS))]


def _clause(text: str, name: str) -> str:
    """From the support's name to the next support named (or the end)."""
    low = text.casefold()
    start = low.index(name)
    ends = [low.find(other, start + len(name)) for other, _ in SUPPORTS.values() if other != name]
    return text[start:min([e for e in ends if e > 0], default=len(text))]


def _agrees(text: str, ages: tuple[int, int]) -> bool:
    """Both figures stated, and no other upper age near the true one (an older rule's 56 or 62 beside 60, 63)."""
    found = _numbers(text)
    low, high = ages
    stale = [n for n in found if high - 8 <= n <= high + 3 and n not in (high, high - 1)]
    return low in found and high in found and not stale


@pytest.mark.parametrize("key", sorted(SUPPORTS))
def test_curated_facts_state_the_same_ages(key):
    ages = _ages(key)
    name = SUPPORTS[key][0]
    by_key = {r.key: r for r in load().routes}
    assert _agrees(by_key[key].summary_sv, ages), (key, ages, by_key[key].summary_sv)
    limits = by_key["csn_aldersgranser"].summary_sv
    assert _agrees(_clause(limits, name), ages), (key, ages, _clause(limits, name))


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_wordings_state_the_curated_ages(locale):
    for key, (name, wordings) in SUPPORTS.items():
        ages = _ages(key)
        for wording in wordings:
            text = str(lookup(locale, wording))
            assert _agrees(text, ages), (locale, wording, ages, text)
        limits = str(lookup(locale, "age.csn_aldersgranser"))
        assert _agrees(_clause(limits, name), ages), (locale, key, ages, _clause(limits, name))
