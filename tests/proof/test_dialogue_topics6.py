"""The LO severance grant (AGB) for a laid-off worker, in every language (rater23 class 5, the copilot's client).

The counsellor's finding: a paper-mill worker of 58, laid off after 30 years, heard of TSL and CSN's transition
support but not of the avgångsbidrag (AGB) - for a worker of 40 or more the most valuable item - and the direct
question «Kan han få avgångsbidrag (AGB) vid 58?» got `clarify` ("I am not sure what you are asking"). Now the
question is answered from Afa Försäkring's page on the grant (the curated route ``agb_avgangsbidrag``), cited, with
TSL beside it; a laid-off worker of that age who asks what TSL gives hears of the grant too, and a younger one, whom
its age limit excludes, is not offered it unasked. Through the real app over the shared test store; the sentences
live in phrases/dialogue_topics6.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

STORY, AGB_ASKED, THIRD_PERSON, TSL_ASKED, YOUNG = said_all(
    "topics6_laid_off_mill_worker", "topics6_agb_asked", "topics6_agb_third_person", "topics6_tsl_asked",
    "topics6_young_laid_off")
AGB, TSL = "route:agb_avgangsbidrag", "route:tsl_omstallning"


@pytest.mark.parametrize("locale", ALL)
def test_a_laid_off_worker_asking_for_the_severance_grant_gets_it_cited(person, locale):
    told = person.say(STORY[locale])
    body = person.say(AGB_ASKED[locale])
    ids = route_ids(body)
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    # TSL beside the grant - unless the answer before already said what TSL gives (filler24: a support said in
    # this conversation is not pasted again into an answer about another one).
    assert ids[:1] == [AGB] and (TSL in ids or TSL in route_ids(told)), (locale, ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_the_counsellors_question_about_the_client_is_no_clarification(person, locale):
    """«Kan han få avgångsbidrag (AGB) vid 58?» asked alone, as in the copilot."""
    body = person.say(THIRD_PERSON[locale])
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert AGB in route_ids(body), (locale, route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_the_grant_is_said_beside_tsl_to_a_laid_off_worker_of_its_ages(person, locale):
    told = person.say(STORY[locale])
    body = person.say(TSL_ASKED[locale])
    ids = route_ids(body)
    # The grant beside TSL - or already said in the answer before, to the same person (filler24).
    assert ids[:1] == [TSL] and (AGB in ids or AGB in route_ids(told)), (locale, ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_worker_under_its_ages_is_not_offered_the_grant_unasked(person, locale):
    body = person.say(YOUNG[locale], TSL_ASKED[locale])
    ids = route_ids(body)
    assert TSL in ids and AGB not in ids, (locale, ids, body["answer"])


AKASSA_ASKED, AKASSA_THIRD = said_all("topics6_akassa_studying", "topics6_akassa_third_person")
AKASSA, COUNSELLOR = "route:akassa_studier", "route:studie_och_yrkesvagledare"


@pytest.mark.parametrize("locale", ALL)
def test_the_a_kassa_while_studying_is_answered_from_its_rule(person, locale):
    """Studies normally end the a-kassa; the a-kassa approves exceptions beforehand: ask it and Arbetsförmedlingen,
    never a study counsellor (rater23 copilot T6)."""
    body = person.say(STORY[locale], AKASSA_ASKED[locale])
    ids = route_ids(body)
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert ids[:1] == [AKASSA] and COUNSELLOR not in ids, (locale, ids, body["answer"])
    assert not body.get("occupations"), (locale, [o.get("title") for o in body["occupations"]])


@pytest.mark.parametrize("locale", ALL)
def test_the_counsellors_a_kassa_question_about_the_client(person, locale):
    body = person.say(AKASSA_THIRD[locale])
    assert body["action"] == "rights" and route_ids(body)[:1] == [AKASSA], (locale, route_ids(body), body["answer"])


OTHER_WORDS = said_all("akassa_studies")[0]  # (misread23's sentences: words this fix was not written for)
#: sv-easy tells the a-kassa in a statement and asks only "what happens if I start studying?" after it («Jag får pengar
#: från a-kassan. Vad händer om jag börjar plugga?»): "what happens if …" asks about the support told before
#: (rights.asked_of, sfx8).
@pytest.mark.parametrize("locale", ALL)
def test_the_a_kassa_question_in_other_words_is_answered_too(person, locale):
    body = person.say(OTHER_WORDS[locale])
    assert route_ids(body)[:1] == [AKASSA], (locale, route_ids(body), body["answer"])
