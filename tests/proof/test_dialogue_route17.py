"""A route or a card asked about by name is answered from its curated source (rater16, fault 6).

The counsellor's findings: "what is ULV and is it in Örebro?" from a teacher trained abroad got three more
occupations, and "do I need a card or papers to work on a building site?" from a construction worker got another list
(conv1 T6, conv5 T5) - although a counsellor knows both: ULV is the universities' further education for teachers with
a degree from abroad, given at six universities (Örebro among them), and ID06 is the building site's identity card,
ordered by the employer. Now, in all 8 languages:

- a question naming ULV cites the curated route (Linköping University's page) and says in the reader's language what
  it is and where it is given, the universities named; no list of occupations;
- a question about the card or papers of a building site cites the curated ID06 route, said in the reader's language.
Through the real app over the shared test store; the sentences live in phrases/dialogue_route17.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, route_ids, said_all

TEACHER, ULV, BUILDER, SITE = said_all("route17_teacher_story", "route17_what_is_ulv", "route17_builder_story",
                                       "route17_site_papers")
#: Answers that miss the question: another list, or nothing found.
MISREAD = ("more", "suggest", "unknown_occupation", "which_occupation", "nothing_more")


def _said(locale: str, key: str, answer: str) -> bool:
    """The locale's wording ``key`` is in the answer: its fixed text after the route's title."""
    rest = re.split(r"\{[^}]*\}", str(lookup(locale, key)))[1]
    return " ".join(rest.split())[:30] in " ".join(answer.split())


@pytest.mark.parametrize("locale", ALL)
def test_what_ulv_is_and_where_it_is_given_is_said_from_its_route(person, locale):
    person.say(TEACHER[locale])
    body = person.say(ULV[locale])
    answer = body["answer"]
    assert body["action"] not in MISREAD, (locale, body["action"], answer)
    assert "route:komplettering_larare" in route_ids(body), (locale, route_ids(body), answer)
    assert _said(locale, "route.komplettering_larare", answer), (locale, answer)
    assert "Örebro" in answer, (locale, answer)


@pytest.mark.parametrize("locale", ALL)
def test_the_papers_of_a_building_site_are_the_id06_card(person, locale):
    person.say(BUILDER[locale])
    body = person.say(SITE[locale])
    answer = body["answer"]
    assert body["action"] not in MISREAD, (locale, body["action"], answer)
    assert "route:id06" in route_ids(body), (locale, route_ids(body), answer)
    assert _said(locale, "route.id06", answer), (locale, answer)
