"""Money, work and rights while studying are answered, never with more occupations (rater17 conv1 T3, conv2, conv4).

The counsellor's findings: "the union said something about omställningsstudiestöd. what is it? can I get it?" (a
55-year-old laid off after 30 years) got other factory jobs; "will I be paid while I study? I work now, must I quit?"
and "can I work while studying? I need money" got occupations or courses. Now, in all 8 languages:

- a question that names a support in the sentence before and asks of it by a pronoun ("what is it? can I get it?")
  is about that support: CSN's transition study support, cited, with what it pays and for how long, and whether the
  person's told years and age meet CSN's conditions (action ``rights``, no occupations);
- "must I quit my job to study?", "can I work while I study?" are answered with the study-leave law and CSN's
  studiemedel (action ``rights``, no occupations), never with the grant for the unemployed;
- a question the assistant cannot read is never answered with a list of other occupations.
Through the real app over the shared test store; the sentences live in phrases/dialogue_study18.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all

LAID_OFF, WHAT_IS, WORK_STUDY, VAGUE = said_all(
    "study18_laid_off_55", "study18_what_is_omstallning", "study18_work_and_study", "study18_vague_question")
OMSTALLNING = "route:omstallningsstudiestod"
AMOUNT = "route:omstallning_belopp"
STUDIEMEDEL = "route:studiemedel"
STUDY_LEAVE = "route:studieledighet"
STUDY_START = "route:studiestartsstod"


def _routes(body: dict) -> list[str]:
    return [c["id"] for c in body["citations"] if c["kind"] == "education_route"]


@pytest.mark.parametrize("locale", ALL)
def test_what_is_transition_support_and_can_i_get_it(person, locale):
    person.tell(LAID_OFF[locale])
    body = person.say(WHAT_IS[locale])
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert not body["occupations"], (locale, body["occupations"])
    cited = _routes(body)
    assert OMSTALLNING in cited and AMOUNT in cited, (locale, cited, body["answer"])
    assert "30" in body["answer"], (locale, body["answer"])  # the told years, weighed against CSN's condition


@pytest.mark.parametrize("locale", ALL)
def test_money_and_work_while_studying(person, locale):
    body = person.say(WORK_STUDY[locale])
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert not body["occupations"], (locale, body["occupations"])
    cited = _routes(body)
    assert STUDIEMEDEL in cited and STUDY_LEAVE in cited, (locale, cited, body["answer"])
    assert STUDY_START not in cited, (locale, cited)  # the grant for the unemployed is not for someone with a job


@pytest.mark.parametrize("locale", sorted(VAGUE))
def test_an_unread_question_gets_no_list(person, locale):
    person.tell(LAID_OFF[locale])
    body = person.say(VAGUE[locale])
    assert body["action"] not in ("more", "suggest"), (locale, body["action"], body["answer"])
    assert not body["occupations"], (locale, body["occupations"])
