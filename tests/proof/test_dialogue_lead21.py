"""Follow-ups that insist, as the lead's widget run and rater34 met them (issue 10, item 2).

- "so yes or no?" after "can I get a-kassa while working half time?" got the list of jobs again (the question before
  it, which no intent cue names, was passed over): now the a-kassa's rule again, its verdict ("yes, it can work") first;
- "can I get a-kassa from February?" from someone laid off got TRR only, then a list of jobs: the a-kassa's own page
  (IAF) is the answer, cited;
- "you didn't really answer – what suits me?" after a list got its first line and "my sources say nothing more":
  other suggestions now.
Through the real app over the shared test store; the sentences live in phrases/dialogue_lead21.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all, wording_start

(PART_TIME, AKASSA_PART, YES_NO, LAID_OFF, AKASSA, CLEANER, NOT_ANSWERED) = said_all(
    "lead21_part_time", "lead21_akassa_part", "lead21_yes_no", "lead21_laid_off", "lead21_akassa", "lead21_cleaner",
    "lead21_not_answered_list")


@pytest.mark.parametrize("locale", ALL)
def test_yes_or_no_after_the_akassa_question_gives_its_verdict_and_rule_again(person, locale):
    person.say(PART_TIME[locale])
    person.say(AKASSA_PART[locale])
    body = person.say(YES_NO[locale])
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert "route:akassa_deltid" in route_ids(body), (locale, route_ids(body), body["answer"])
    lead = wording_start(locale, "rights.akassa_part_time_lead", 8)
    assert body["answer"].startswith(lead), (locale, lead, body["answer"])
    assert not body["occupations"], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_the_akassa_asked_of_by_someone_laid_off_is_answered_from_its_page(person, locale):
    person.say(LAID_OFF[locale])
    body = person.say(AKASSA[locale])
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    # (IAF's page on the 2025 conditions answers it first; the general page said in the job-loss steps is not repeated:
    # knows26)
    assert {"route:a_kassa", "route:akassa_villkor"} & set(route_ids(body)), (locale, route_ids(body), body["answer"])
    assert not body["occupations"], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_you_did_not_answer_what_suits_me_gets_other_suggestions(person, locale):
    first = person.say(CLEANER[locale])
    body = person.say(NOT_ANSWERED[locale])
    before = {o["id"] for o in first["occupations"]}
    now = {o["id"] for o in body["occupations"]}
    assert body["action"] in ("more", "suggest"), (locale, body["action"], body["answer"])
    assert len(now - before) >= 2, (locale, first["occupations"], body["occupations"], body["answer"])
    assert len(body["answer"]) > 300, (locale, body["answer"])
