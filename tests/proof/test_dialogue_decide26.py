"""An insisting follow-up gets the answer its conversation's sources hold, and "X decides" names the body that decides
WHAT IS ASKED (decide26; issue 10, rater35 class 1: "yes or no?" and "you didn't answer" got an empty "my sources say
no more: CSN decides, ask CSN" – for an admission question too, because CSN's page had been cited).

In all 8 languages:
- a question about studying on sick leave, asked again in money words ("do I lose the money?"), keeps the verdict's key
  fact – the sick-leave card's first sentence, cited – and then Försäkringskassan decides; never CSN's card (the
  money is the sick money), never "my sources say no more" alone;
- whether one is admitted without Svenska 3, insisted on after a student-finance answer, is the school's to decide
  (its entry requirements; antagning.se), never CSN's.
Through the real app over the shared test store; the sentences live in phrases/dialogue_decide26.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all, wording_start

SICK_MONEY, ADMISSION = said_all("decide26_sick_money_again", "decide26_admission_again")
#: The scenes before, whose first answers other proofs hold (insist24: the sick-leave card; empty25: CSN's page).
SICK_STORY, SICK_COURSE, CSN_FIRST = said_all("insist24_sick_story", "insist24_sick_study", "empty25_csn_before")
#: The sick-leave card's title, as every locale quotes it: its key fact said again.
SICK_CARD = "Studier när man är sjukskriven"


@pytest.mark.parametrize("locale", ALL)
def test_asked_again_in_money_words_keeps_the_key_fact_and_names_forsakringskassan(person, locale):
    person.say(SICK_STORY[locale])
    before = person.say(SICK_COURSE[locale])
    assert "route:sjukpenning_studier" in route_ids(before), (locale, route_ids(before), before["answer"])
    body = person.say(SICK_MONEY[locale])
    answer = body["answer"]
    assert "route:sjukpenning_studier" in route_ids(body), (locale, route_ids(body), answer)
    assert SICK_CARD in answer, (locale, answer)
    assert "Försäkringskassan" in answer, (locale, answer)
    assert "route:studiemedel" not in route_ids(body), (locale, route_ids(body), answer)
    assert wording_start(locale, "followup.beyond_sources", 12) not in answer, (locale, answer)
    assert wording_start(locale, "insist.ask_decider", 12) not in answer, (locale, answer)
    assert not body["occupations"], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_admission_insisted_on_after_a_csn_answer_is_the_schools_to_decide(person, locale):
    before = person.say(CSN_FIRST[locale])
    assert "route:studiemedel" in route_ids(before), (locale, route_ids(before), before["answer"])
    body = person.say(ADMISSION[locale])
    answer = body["answer"]
    assert "antagning.se" in answer, (locale, answer)
    assert "CSN" not in answer, (locale, answer)
    assert wording_start(locale, "insist.ask_decider", 12) not in answer, (locale, answer)
    assert wording_start(locale, "followup.beyond_sources", 12) not in answer, (locale, answer)
