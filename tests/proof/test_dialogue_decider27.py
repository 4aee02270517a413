"""A NEW question gets its card's answer: "X decides, ask X directly" only ever follows content (decider27; issue 10,
rater36 class 2: "do I get money while studying? CSN? I have 2 children" and "1) a car course at Komvux? 2) CSN? two
children" got only "in your case CSN decides, so ask CSN directly" – the card was never given).

In all 8 languages:
- money while studying, asked as the person's own question after an answer about the degree: CSN's studiemedel and,
  the children told, the tilläggsbidrag – never the ask-CSN line alone;
- the same asked as the second of two numbered questions, a family told: the same cards;
- "yes or no?" about the a-kassa with the membership and the work told: the card's conditions, never the ask line
  alone (the verdict applied to what was told – "by what you describe, yes" – is marked where it is not yet said).
Through the real app over the shared test store; the sentences live in phrases/dialogue_decider27.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all, wording_start

TEACHER, TEACHER_MONEY, MECHANIC, MECHANIC_TWO, AKASSA, AKASSA_YESNO = said_all(
    "decider27_teacher", "decider27_teacher_money", "decider27_mechanic", "decider27_mechanic_two",
    "decider27_akassa", "decider27_akassa_yesno")
#: The cards of student finance a parent asks for.
CSN_CARDS = ("route:studiemedel", "route:csn_tillaggsbidrag")


def _more_than_who_decides(locale: str, answer: str) -> None:
    """The answer says something besides "X decides: ask X" (the sentence alone is no answer)."""
    start = wording_start(locale, "insist.decides_yours", 12)
    rest = answer.split(start)[0] if start and start in answer else answer
    assert len(rest.strip()) > 80, (locale, answer)
    assert wording_start(locale, "followup.beyond_sources", 12) not in answer, (locale, answer)


@pytest.mark.parametrize("locale", ALL)
def test_money_while_studying_asked_after_the_degree_gets_csns_cards(person, locale):
    person.say(TEACHER[locale])
    body = person.say(TEACHER_MONEY[locale])
    for route in CSN_CARDS:
        assert route in route_ids(body), (locale, route_ids(body), body["answer"])
    _more_than_who_decides(locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_csn_as_the_second_numbered_question_with_a_family_gets_csns_cards(person, locale):
    person.say(MECHANIC[locale])
    body = person.say(MECHANIC_TWO[locale])
    for route in CSN_CARDS:
        assert route in route_ids(body), (locale, route_ids(body), body["answer"])
    _more_than_who_decides(locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_akassa_yes_or_no_with_membership_told_gets_the_conditions(person, locale):
    person.say(AKASSA[locale])
    body = person.say(AKASSA_YESNO[locale])
    assert any(r.startswith("route:akassa") or r == "route:a_kassa" for r in route_ids(body)), \
        (locale, route_ids(body), body["answer"])
    _more_than_who_decides(locale, body["answer"])
