"""Occupations are read only from the person's own work and goals (third31; rater39 class 1, issues 9 and 10).

The counsellor's finding, as kinds of sentence (own sentences, not theirs): a woman's HUSBAND's doctoral studies led
her first answer («Doktorand») while her own eight years of graphic design were ignored; "I heard UX has a good
market" was stored as work she had done; "assessment" of a degree (fa «ارزیابی») and "its market" («بازارش») each
picked an occupation (claims adjuster, market seller). Now, in all 8 languages: a relative's or friend's job is
context, never the person's experience, wish or focus; hearsay about a field is no work done; a common word that is no
job name picks no occupation; the person's own told work leads. Through the real app over the shared test store; the
sentences live in phrases/dialogue_third31.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all

RELATIVE, HEARSAY, GENERIC, FRIEND = said_all("third31_relative", "third31_hearsay", "third31_generic",
                                             "third31_friend")
#: Doctoral students (SSYK 2012 2314, «Doktorand») – the spouse's studies.
DOCTOR = "2314"
#: Electricians (741x) – the person's own trade.
ELECTRICIAN = "741"
#: Cooks (5120) and ICT professionals (25xx, «UX-designer» 2519).
COOK, ICT = "512", "25"
#: Graphic designers (2172).
DESIGNER = "2172"
#: Welders (7212) and tailors/dressmakers (7531).
WELDER, TAILOR = "7212", "753"
#: What a common word picked before: claims adjusters, valuers, market sellers.
COMMON_WORD_TITLES = {"Skadereglerare", "Värderingsman", "Skadetekniker", "Torgförsäljare/Marknadsförsäljare"}


def _codes(items: list[dict]) -> list[str]:
    return [i.get("ssyk_code") or "" for i in items]


def _has(items: list[dict], prefix: str) -> bool:
    return any(c.startswith(prefix) for c in _codes(items))


@pytest.mark.parametrize("locale", ALL)
def test_a_spouses_profession_is_context_and_the_own_trade_leads(person, locale):
    first = person.say(RELATIVE[locale][0])
    prof = first["profile"]
    assert _has(prof["experiences"], ELECTRICIAN), (locale, prof["experiences"])
    for items in (prof["experiences"], prof["wishes"], first["occupations"]):
        assert not _has(items, DOCTOR), (locale, items)
    assert first["occupations"] and first["occupations"][0]["ssyk_code"].startswith(ELECTRICIAN), \
        (locale, first["action"], first["occupations"])
    then = person.say(RELATIVE[locale][1])
    assert not _has(then["occupations"], DOCTOR), (locale, then["occupations"])
    assert not _has(then["profile"]["experiences"], DOCTOR), (locale, then["profile"]["experiences"])


@pytest.mark.parametrize("locale", ALL)
def test_a_field_heard_of_is_no_work_done(person, locale):
    person.say(HEARSAY[locale][0])
    body = person.say(HEARSAY[locale][1])
    exp = body["profile"]["experiences"]
    assert _has(exp, COOK), (locale, exp)
    assert not _has(exp, ICT), (locale, exp)


@pytest.mark.parametrize("locale", ALL)
def test_assessment_and_market_pick_no_occupation(person, locale):
    first = person.say(GENERIC[locale][0])
    assert _has(first["profile"]["experiences"], DESIGNER), (locale, first["profile"]["experiences"])
    body = person.say(GENERIC[locale][1])
    prof = body["profile"]
    named = [o["label"] for o in body["occupations"]] + [
        (i.get("occupation") or i.get("concept") or {}).get("label", "") for i in prof["experiences"] + prof["wishes"]]
    assert not COMMON_WORD_TITLES & set(named), (locale, named)
    assert _has(prof["experiences"], DESIGNER), (locale, prof["experiences"])


@pytest.mark.parametrize("locale", ALL)
def test_a_friends_trade_and_what_he_says_are_not_the_persons(person, locale):
    first = person.say(FRIEND[locale][0])
    prof = first["profile"]
    assert _has(prof["experiences"], TAILOR), (locale, prof["experiences"])
    for items in (prof["experiences"], prof["wishes"]):
        assert not _has(items, WELDER), (locale, items)
    assert not (first["occupations"] and first["occupations"][0]["ssyk_code"].startswith(WELDER)), \
        (locale, first["occupations"])
    then = person.say(FRIEND[locale][1])
    assert not (then["occupations"] and then["occupations"][0]["ssyk_code"].startswith(WELDER)), \
        (locale, then["occupations"])
