"""A shop one wants to open is a business, no job in a shop (profile30; rater38 class 5, issue 10).

The counsellor's finding, as a kind of sentence (own sentences, not theirs): a goldsmith's "I want to open a small repair
shop of my own" («بدي افتح محل صغير لحالي للتصليح») made the wishes «Butikssäljare, dagligvaror» and «Butikssäljare,
fackhandel», which then led the next answers. Now, in all 8 languages: a shop, store or workshop told with an opening
verb or as one's own names no occupation wished (the trade told stays the person's work); work IN a shop still wishes
the shop seller. Through the real app over the shared test store; the sentences live in phrases/dialogue_profile30.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all

TRADE_SHOP, OPEN_STORE, WORKSHOP, WORK_IN_SHOP = said_all(
    "prof30_trade_own_shop", "prof30_open_store", "prof30_workshop_sell", "prof30_work_in_shop")
#: Shop sellers (SSYK 2012 522x, Butikssäljare).
SHOP_SELLER = "522"
#: Goldsmiths (7312, Guld- och silversmeder).
GOLDSMITH = "7312"


def _codes(items: list[dict]) -> list[str]:
    return [i.get("ssyk_code") or "" for i in items]


@pytest.mark.parametrize("locale", ALL)
def test_ones_own_repair_shop_beside_a_trade_wishes_no_shop_seller(person, locale):
    body = person.say(TRADE_SHOP[locale])
    prof = body["profile"]
    assert GOLDSMITH in _codes(prof["experiences"]), (locale, prof["experiences"])
    assert not [c for c in _codes(prof["wishes"]) if c.startswith(SHOP_SELLER)], (locale, prof["wishes"])


@pytest.mark.parametrize("locale", ALL)
def test_a_store_to_open_wishes_no_occupation(person, locale):
    body = person.say(OPEN_STORE[locale])
    prof = body["profile"]
    assert not [w for w in prof["wishes"] if w["kind"] == "occupation"], (locale, prof["wishes"])


@pytest.mark.parametrize("locale", ALL)
def test_a_workshop_to_start_wishes_no_shop_seller(person, locale):
    body = person.say(WORKSHOP[locale])
    prof = body["profile"]
    assert not [c for c in _codes(prof["wishes"]) if c.startswith(SHOP_SELLER)], (locale, prof["wishes"])


@pytest.mark.parametrize("locale", ALL)
def test_work_in_a_shop_still_wishes_the_shop_seller(person, locale):
    body = person.say(WORK_IN_SHOP[locale])
    prof = body["profile"]
    assert [c for c in _codes(prof["wishes"]) if c.startswith(SHOP_SELLER)], (locale, prof["wishes"])
