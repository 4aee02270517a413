"""Every part of a question answered, never the previous answer again (parts10, rater25 class 3).

The counsellor's finding, the most frequent of the session (about 16 turns, all six conversations): one part of a
question was left unanswered or deflected with "see my earlier answer" when that answer held no reply to it, or the
previous answer came back word for word. Rater25 c4 (so): after the bus licence answer, «imisa waqti ayay qaadanaysaa
in aan helo liisanka D iyo YKB? oo shaqo ma jirtaa sörmland?» (how much time does it take to get the D licence and the
YKB? and is there work?) got the licence line as "see my earlier answer" and no length at all; «IMISA BILOOD …
liisanka D iyo YKB? oo taxi shaqo …» got the taxi's lengths, the occupation of the other part. c5 (uk): «Тобто
спочатку SFI, потім SVA, і паралельно валідацію? Скільки це все займе приблизно?» got the validation answer of the turn
before again. Now the length is answered for the route asked about (the licence steps with the hours their authority
states), beside the other part, and a follow-up whose every line was said before is never sent again. Through the
real app over the shared test store; the sentences live in phrases/dialogue_parts10.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.composers.grounded import said_as
from assistant.locales import lookup
from tests.dialogue_support import ALL, cited, said_all

MINIBUS, BECOME, HOW_LONG, MONTHS_TAXI, ACCOUNTANT, VALIDATION, SO_FIRST = said_all(
    "route17_minibus_story", "parts10_become_bus_driver", "parts10_how_long_and_work", "parts10_months_and_taxi",
    "anchor6_accountant_story", "parts10_what_is_validation", "parts10_so_first_sfi_how_long")
BUS_LICENCE = "regulated:yrkesforare"
#: The hours of the YKB's basic training the bus licence's steps state (280, or 140 shortened).
YKB_HOURS = ("280", "140")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _lines(text: str) -> list[str]:
    return [said_as(re.sub(r"\[\d+\]", "", line).strip().removeprefix("- ")) for line in text.split("\n") if line.strip()]


def _says_hours(body: dict) -> bool:
    answer = body["answer"].translate(_DIGITS)
    return any(h in answer for h in YKB_HOURS)


def _literal(locale: str, key: str) -> str:
    """The longest fixed piece of the locale's wording ``key`` (Tigrinya's «ን{occupation} …» starts with a placeholder)."""
    return max((p.strip(" :«»") for p in re.split(r"\{[^}]*\}", str(lookup(locale, key)))), key=len)


def _pointer_for(locale: str, body: dict, name: str) -> bool:
    """A line naming ``name`` points back ("«X» – see my earlier answer") instead of answering."""
    tail = str(lookup(locale, "again.route")).split("}")[-1].strip(" –-.")[:12]
    return any(name in line and tail in line for line in body["answer"].split("\n"))


@pytest.mark.parametrize("locale", ALL)
def test_how_long_beside_is_there_work_gets_the_licence_steps_with_their_hours(person, locale):
    """c4 T2: the length of the route just explained is answered (its steps with the hours Transportstyrelsen states),
    the work part beside it too, and the licence line is no bare pointer back."""
    person.say(MINIBUS[locale], BECOME[locale])
    body = person.say(HOW_LONG[locale])
    regulated = [c["id"] for c in cited(body, "regulated_profession")]
    assert BUS_LICENCE in regulated and _says_hours(body), (locale, body["action"], regulated, body["answer"])
    assert any(c["id"].startswith("stats:ssyk:") for c in cited(body, "statistics")), (locale, body["answer"])
    assert not _pointer_for(locale, body, "Buss"), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_how_many_months_beside_taxi_work_is_the_bus_licence_length(person, locale):
    """c4 T3: the length asked is of what its own question names (D licence, YKB), never the taxi the other part asks
    work of."""
    person.say(MINIBUS[locale], BECOME[locale])
    body = person.say(MONTHS_TAXI[locale])
    intro = _literal(locale, "duration.intro")
    lines = [line for line in body["answer"].split("\n") if intro in line]
    assert lines and all("Taxi" not in line for line in lines), (locale, body["action"], body["answer"])
    assert _says_hours(body), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_follow_up_never_gets_the_previous_answer_again(person, locale):
    """c5 T6: "so first SFI, then SvA, validation beside? how long will it all take?" after the validation answer."""
    first = person.say(ACCOUNTANT[locale], VALIDATION[locale])
    body = person.say(SO_FIRST[locale])
    before = set(_lines(first["answer"]))
    new = [line for line in _lines(body["answer"]) if line not in before]
    assert new, (locale, body["action"], body["answer"])
