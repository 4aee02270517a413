"""Study finance answered as a counsellor would (rater18 conv1 T4, conv2 T4; issue 10).

- a parent asking "do they give me money while studying? I have three kids" hears of studiemedel and of CSN's
  tilläggsbidrag for children (the children kept in the profile), the money first – no occupations, no route block;
- "does CSN pay someone my age?" at 42 is answered for that age (CSN's age limits cited, the age said), never salary;
- a university graduate asking for CSN money is not offered studiestartsstöd as if it applied (it is for a short
  earlier education): it is left out or said not to be theirs, with the reason;
- someone with temporary protection hears that CSN's study support is not theirs and what is instead (Migrationsverket's
  support while not population-registered, Arbetsförmedlingen's introduction programme after it), never the
  generic "whether you get it and how much, CSN decides".
Through the real app over the shared test store; the sentences live in phrases/dialogue_csn20.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, Person, route_ids, said_all

CLEANER, KIDS, MY_AGE, GRADUATE, CSN_MONEY, PROTECTED = said_all(
    "csn20_cleaner_42", "csn20_money_with_kids", "csn20_csn_my_age", "csn20_graduate", "csn20_csn_money",
    "csn20_protected")
STUDIEMEDEL, CHILD_GRANT, AGES = "route:studiemedel", "route:csn_tillaggsbidrag", "route:csn_aldersgranser"
STUDY_START = "route:studiestartsstod"
NO_CSN, LMA, INTRO = "route:csn_tillfalligt_skydd", "route:lma_tillfalligt_skydd", "route:etablering_tillfalligt_skydd"


MONEY_FIRST = (STUDIEMEDEL, CHILD_GRANT, STUDY_START, "route:omstallningsstudiestod")


def _after_title(locale: str, key: str, length: int) -> str:
    """The fixed text of wording ``key`` after its «title», up to its first full stop (the answer cites each
    sentence): what an answer saying it contains."""
    return re.split(r"[.。።؟?]", str(lookup(locale, key)).split("}", 1)[-1].strip(" :"))[0][:length]


def _decides(locale: str) -> str:
    """The generic 'whether you get it and how much, CSN decides' line, up to its link."""
    return str(lookup(locale, "scope.csn")).split("{url}")[0].strip()[:40]


@pytest.mark.parametrize("locale", ALL)
def test_parent_hears_child_grant_and_csn_ages_for_their_own_age(person, locale):
    person.say(CLEANER[locale])
    body = person.say(KIDS[locale])
    cited = route_ids(body)
    assert STUDIEMEDEL in cited and CHILD_GRANT in cited, (locale, body["action"], cited, body["answer"])
    assert not body["occupations"], (locale, body["action"], body["answer"])
    assert cited[0] in MONEY_FIRST, (locale, cited, body["answer"])  # the money first, no route block before it
    assert any(c["value"] == "family" for c in body["profile"]["constraints"]), (locale, body["profile"]["constraints"])
    body = person.say(MY_AGE[locale])
    cited = route_ids(body)
    assert AGES in cited, (locale, body["action"], cited, body["answer"])
    assert body["action"] != "salary" and not body["occupations"], (locale, body["action"], body["answer"])
    assert "42" in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_graduate_and_protected_hear_what_applies_to_them(client, locale):
    graduate = Person(client, locale)
    graduate.say(GRADUATE[locale])
    body = graduate.say(CSN_MONEY[locale])
    assert STUDIEMEDEL in route_ids(body), (locale, body["action"], route_ids(body), body["answer"])
    assert _after_title(locale, "rights.studiestartsstod", 30) not in body["answer"], (locale, body["answer"])
    if STUDY_START in route_ids(body):
        assert _after_title(locale, "rights.not_for_you_education", 25) in body["answer"], (locale, body["answer"])
    protected = Person(client, locale)
    protected.say(PROTECTED[locale])
    body = protected.say(CSN_MONEY[locale])
    cited = route_ids(body)
    assert NO_CSN in cited and LMA in cited and INTRO in cited, (locale, cited, body["answer"])
    assert STUDIEMEDEL not in cited, (locale, cited)
    assert _decides(locale) not in body["answer"], (locale, body["answer"])
