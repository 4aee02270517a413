"""Informal "do I pay?" and "can I work X % while I study?" about the training for a trade (rater14, 2.0/5: faults 5, 6).

The counsellor's findings: «ገንዘብ የኽፍል ድዩ?» (does it cost money?) and «lacag ma ku baxaysaa» got a list of support
schemes or CSN only, never that Komvux is free; «Ma shaqeyn karaa 50% intaan baranayo?» (can I work 50 % while I
study?) got the occupations again. Now, in all 8 languages, after naming a trade:

- an informal "do I have to pay / does it cost money?" is the cost answer (action ``rights`` or ``courses``), citing
  that Komvux and SFI are free by the Education Act (route ``komvux_avgiftsfri``) – never salary statistics;
- "can I work (part of the week) while I study?" is the study-beside-a-job answer (action ``rights``), citing the
  study-leave law and CSN's studiemedel – never the occupations again;
- "how much Swedish do I need for <a job without a licence>?" quotes what the sources say about Swedish or says plainly
  that no level is set and the employer decides – never only "the sources say nothing about Swedish".
Through the real app over the shared test store; the sentences live in phrases/dialogue_cost14.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, Person, cited, route_ids, said_all

TRADE, DO_I_PAY, WORK_WHILE, SWEDISH = said_all(
    "cost14_trade", "cost14_do_i_pay", "cost14_work_while_studying", "cost14_swedish_for_a_job")


@pytest.mark.parametrize("locale", ALL)
def test_do_i_pay_says_komvux_is_free(person, locale):
    body = person.say(TRADE[locale], DO_I_PAY[locale])
    assert body["action"] in ("rights", "courses"), (locale, body["action"], body["answer"])
    assert "route:komvux_avgiftsfri" in route_ids(body), (locale, route_ids(body), body["answer"])
    assert not [c for c in cited(body, "statistics") if "Lönestatistik" in c["title"]], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_work_while_studying_and_the_swedish_a_job_needs_are_answered(client, locale):
    body = Person(client, locale).say(TRADE[locale], WORK_WHILE[locale])
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    ids = set(route_ids(body))
    assert {"route:studieledighet", "route:studiemedel"} <= ids, (locale, ids, body["answer"])
    body = Person(client, locale).say(SWEDISH[locale])  # someone new
    assert body["action"] == "swedish", (locale, body["action"], body["answer"])
    nothing = str(lookup(locale, "swedish.none")).split("{")[0].strip()
    assert nothing not in body["answer"], (locale, body["answer"])
