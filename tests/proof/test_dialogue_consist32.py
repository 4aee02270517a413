"""An answer never contradicts an earlier turn or what the person told (rater39 class 3; issue 10).

The counsellor's findings, as kinds of failure, in all 8 languages:
- temporary protection and a licence from Ukraine: the first answer says it need not be exchanged; "must I exchange
  it? take the test again?" then got "yes – there is a test on the way to the licence" and the professional driver's
  ladder. An exchange question of one's own driving licence is answered by the driving licence's rule, never by the
  occupation's licence ladder;
- "I have no papers or certificate" got "ask someone at home to send copies": with no papers told, the way is
  validation (validering) and a skills test, never fetching copies;
- a residence permit tied to a partner's doctoral studies, "can I get CSN?": never "yes, usually" – the told permit
  points the other way, so CSN's own check comes first;
- no driving licence at all told: the lorry driver's steps never say "a licence from outside the EEA cannot be
  exchanged" (there is no licence to exchange).
Through the real app over the shared test store; the sentences live in phrases/dialogue_consist32.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.licence_answer import step_in
from tests.dialogue_support import ALL, route_ids, said_all, wording_literal

SWAP_SCENE, SWAP_ASK, NO_PAPERS, PERMIT_SCENE, PERMIT_ASK, LORRY_SCENE, LORRY_ASK = said_all(
    "consist32_swap_scene", "consist32_swap_ask", "consist32_no_papers", "consist32_permit_scene",
    "consist32_permit_ask", "consist32_lorry_scene", "consist32_lorry_ask")
#: The licence step for a licence from outside the EEA (ingest/data/regulated_professions.yaml, yrkesforare).
_SWAP_STEP = ("Ett körkort från ett land utanför EES kan som regel inte bytas mot ett svenskt, och det gäller inte i "
              "Sverige när du har varit folkbokförd här i mer än ett år: då behöver du ta ett svenskt körkort med rätt "
              "behörighet (förarprov hos Trafikverket).")


@pytest.mark.parametrize("locale", ALL)
def test_a_licence_exchange_question_keeps_the_no_exchange_answer(person, locale):
    first = person.say(SWAP_SCENE[locale])
    assert "route:korkort_tillfalligt_skydd" in route_ids(first), (locale, route_ids(first), first["answer"])
    body = person.say(SWAP_ASK[locale])
    answer, ids = body["answer"], route_ids(body)
    assert wording_literal(locale, "licence_exam.found") not in answer, (locale, answer)
    assert "route:korkort_tillfalligt_skydd" in ids, (locale, body["action"], ids, answer)


@pytest.mark.parametrize("locale", ALL)
def test_no_papers_told_gets_validation_not_copies_from_home(person, locale):
    body = person.say(NO_PAPERS[locale])
    answer, ids = body["answer"], route_ids(body)
    assert wording_literal(locale, "validation.papers_away_lead") not in answer, (locale, answer)
    assert {"route:komvux_validering", "route:af_validering"} & set(ids), (locale, body["action"], ids, answer)


@pytest.mark.parametrize("locale", ALL)
def test_a_permit_tied_to_someone_elses_studies_never_hears_yes_to_csn(person, locale):
    body = person.say(PERMIT_SCENE[locale], PERMIT_ASK[locale])
    answer, ids = body["answer"], route_ids(body)
    assert wording_literal(locale, "rights.studiemedel") not in answer, (locale, answer)
    assert "route:studiemedel" in ids, (locale, body["action"], ids, answer)
    # (CSN's own check of the permit first, whatever path named studiemedel: consist32)
    tied = max(re.split(r"[.。።;؛]\s*", wording_literal(locale, "rights.studiemedel_tied")), key=len).strip()
    assert tied in answer, (locale, tied, answer)  # (each sentence is cited apart: its longest sentence)


@pytest.mark.parametrize("locale", ALL)
def test_no_licence_told_hears_no_rule_for_exchanging_one(person, locale):
    step = str(step_in(locale, _SWAP_STEP))[:60]
    first = person.say(LORRY_SCENE[locale])
    assert step not in first["answer"], (locale, first["answer"])
    body = person.say(LORRY_ASK[locale])
    assert step not in body["answer"], (locale, body["answer"])
