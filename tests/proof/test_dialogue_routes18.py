"""Routes a counsellor knows, for a trade and for a laid-off worker (rater17 conv3 T2, conv4 T6).

- A heavy-vehicle mechanic with 12 years of work abroad and no papers asks "can they check my experience somehow? like a
  test? someone told me about validering" and heard only the general valideringsinfo.se link and "the occupation
  requires upper secondary education". Now, in all 8 languages, the answer says how validation works: the home
  municipality's mapping and Komvux's validation against the vocational courses (Skolverket's page), Arbetsförmedlingen's
  mapping and an assessor's practical and theoretical tests (its page), the industry's own validation asked about where
  no trade certificate is curated, and what to bring; no list of occupations, no school requirement.
- A laid-off factory worker (an assembler: a worker's job) asks "what do I do first? should I call TRR or something" and
  was not corrected. Now, in all 8 languages, the answer first says it is not TRR (white-collar staff) and that his
  transition organisation is Trygghetsfonden TSL, cited from TSL's page.
- A 22-year-old who wants to become an electrician asks how long the whole way takes (rater17 conv5 T3) and heard that
  the sources state no length for the ECY certificate: its page states at least 1 600 hours of apprenticeship after the
  electrical training, said now in every language.
Through the real app over the shared test store; the sentences live in phrases/dialogue_routes18.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, Person, route_ids, said_all

FACTORY, CALL_TRR, MECHANIC, CHECK, SPARKY, HOW_LONG = said_all(
    "routes18_factory_story", "routes18_call_trr", "routes18_mechanic_story", "routes18_check_experience",
    "routes18_electrician_story", "routes18_electrician_how_long")
#: Answers that miss the question: another list, or nothing found.
MISREAD = ("more", "suggest", "unknown_occupation", "which_occupation", "nothing_more")


def _says(locale: str, key: str, answer: str) -> bool:
    """The locale's wording ``key`` is in the answer: the end of its longest fixed piece between parameters (a Swedish
    name in it may get a gloss)."""
    pieces = [p.strip() for p in re.split(r"\{[^}]*\}", str(lookup(locale, key)))]
    last = re.split(r"(?<=[.።])\s", " ".join(max(pieces, key=len).split()))[-1]  # (each sentence gets its citation,
    piece = last.rstrip(".。።")[-25:]  # before its full stop)
    return piece in " ".join(answer.split())


@pytest.mark.parametrize("locale", ALL)
def test_a_trade_asked_to_be_checked_hears_how_validation_works(client, locale):
    person = Person(client, locale)
    person.say(MECHANIC[locale])
    body = person.say(CHECK[locale])
    answer = body["answer"]
    assert body["action"] not in MISREAD, (locale, body["action"], answer)
    ids = route_ids(body)
    assert "route:komvux_validering" in ids and "route:af_validering" in ids, (locale, ids, answer)
    for key in ("validation.komvux", "validation.af", "validation.bring"):
        assert _says(locale, key, answer), (locale, key, answer)
    assert not [c for c in body["citations"] if c["kind"] == "description"], (locale, body["citations"], answer)


@pytest.mark.parametrize("locale", ALL)
def test_a_laid_off_worker_naming_trr_is_told_his_own_fund_is_tsl(client, locale):
    person = Person(client, locale)
    person.say(FACTORY[locale])
    body = person.say(CALL_TRR[locale])
    answer = body["answer"]
    assert "route:tsl_omstallning" in route_ids(body), (locale, route_ids(body), answer)
    assert _says(locale, "job_loss.not_trr", answer), (locale, answer)
    assert _says(locale, "job_loss.yours_tsl", answer), (locale, answer)
    # the correction comes first, before the steps or the support listed
    assert answer.find(" ".join(str(lookup(locale, "job_loss.not_trr")).split())[:12]) < 5, (locale, answer)
    # the electrician: the apprenticeship the industry's certificate asks after the training, in hours, cited
    young = Person(client, locale)
    young.say(SPARKY[locale])
    body = young.say(HOW_LONG[locale])
    answer = body["answer"]
    assert "route:certifikat_el" in route_ids(body), (locale, route_ids(body), answer)
    assert _says(locale, "duration.apprentice_hours", answer) and "1600" in answer.replace(" ", ""), (locale, answer)
