"""The answer fits the person: their experience, their Swedish, their years here, their language and their status
(fit24; issue 10, rater34 classes 5 and 2).

The counsellor's findings, as kinds of failure (own sentences, not theirs): a senior engineer whose post was cut was
given "the way into the work: university" instead of the first steps of a job loss; people already at SFI were told
to sign up for SFI, and a man here for ten years "if you have not studied Swedish yet, start with SFI"; a young
woman reading Persian got a Swedish paragraph on university eligibility, twice; a white-collar worker heard "if you
were instead a white-collar employee … TRR".
Now, in all 8 languages: a post that is cut, said in other words than "laid off", is a job loss (its first steps,
the work kept as work done); someone at SFI hears to go on there and what comes after; a year of arrival long past
is a person settled here (no SFI step); the eligibility for university is said in the reader's language; a
white-collar worker's TRR is said once, as theirs.
Through the real app over the shared test store; the sentences live in phrases/dialogue_fit24.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import (
    ALL,
    route_ids,
    said_all,
    untranslated_swedish,
    wording_literal,
    wording_start,
    work_done,
)

(CUT, IN_SFI, SINCE_YEAR, YOUNG_NURSE, UNIVERSITY_ASKS, NOT_UNDERSTOOD, NOTICE, TRR) = said_all(
    "fit24_cut", "fit24_in_sfi", "fit24_since_year", "fit24_young_nurse", "fit24_university_asks",
    "fit24_not_understood", "fit24_notice", "fit24_trr")
#: The first steps of a job loss (ingest/data/education_routes.yaml).
JOB_LOSS = {"route:af_forsta_dagen", "route:a_kassa"}
NON_SWEDISH = [loc for loc in ALL if loc not in ("sv", "sv-easy")]


def sentence_literal(locale: str, key: str) -> str:
    """The longest fixed part of wording ``key`` within one sentence (a citation mark may stand at a full stop) and
    between the names the composer glosses (``Komvux (municipal adult education)``)."""
    return max(re.split(r"\{[^}]*\}|[.!?።]\s|Komvux", str(lookup(locale, key))), key=len).strip(" .。።")


@pytest.mark.parametrize("locale", ALL)
def test_a_post_that_is_cut_is_a_job_loss_of_an_experienced_worker(person, locale):
    body = person.say(CUT[locale])
    cited = route_ids(body)
    assert JOB_LOSS <= set(cited), (locale, cited, body["answer"])
    assert "route:hogskola" not in cited, (locale, cited, body["answer"])
    assert work_done(body), (locale, body["profile"]["experiences"], body["answer"])
    assert not body["profile"]["interests"], (locale, body["profile"]["interests"])


@pytest.mark.parametrize("locale", ALL)
def test_someone_at_sfi_goes_on_there_never_signs_up(person, locale):
    body = person.say(IN_SFI[locale])
    answer = body["answer"]
    assert sentence_literal(locale, "steps.sfi") not in answer, (locale, answer)
    assert sentence_literal(locale, "steps.sfi_continue") in answer, (locale, answer)


@pytest.mark.parametrize("locale", ALL)
def test_a_year_of_arrival_long_past_gets_no_sfi_step(person, locale):
    body = person.say(SINCE_YEAR[locale])
    assert "route:sfi" not in route_ids(body), (locale, route_ids(body), body["answer"])
    for key in ("swedish_enough.sfi_if", "route.sfi"):
        assert wording_literal(locale, key) not in body["answer"], (locale, key, body["answer"])


@pytest.mark.parametrize("locale", NON_SWEDISH)
def test_university_eligibility_is_said_in_the_readers_language(person, locale):
    person.say(YOUNG_NURSE[locale])
    body = person.say(UNIVERSITY_ASKS[locale])
    assert not untranslated_swedish(body["answer"], locale), (locale, body["answer"])
    again = person.say(NOT_UNDERSTOOD[locale])
    assert not untranslated_swedish(again["answer"], locale), (locale, again["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_white_collar_workers_trr_is_said_once_as_theirs(person, locale):
    person.say(NOTICE[locale])
    body = person.say(TRR[locale])
    assert "route:trr_omstallning" in route_ids(body), (locale, route_ids(body), body["answer"])
    assert wording_start(locale, "job_loss.yours_trr") in body["answer"], (locale, body["answer"])
    assert sentence_literal(locale, "rights.trr_omstallning") not in body["answer"], (locale, body["answer"])
