"""Places the person names for courses (rater17, 1.8/5: conv3 T3 "what courses is there near me? västerås or
eskilstuna maybe" was answered "no courses in Västmanlands län", Eskilstuna, asked explicitly, never searched).

Now, in all 8 languages: a course question that names towns of two counties is answered for each: the answer names
both counties (or both towns), and the second town's county is searched, not only the first's.
Through the real app over the shared test store; the sentences live in phrases/dialogue_local18.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all, wording_start

MECHANIC, TWO_TOWNS = said_all("local18_truck_mechanic_vasteras", "local18_courses_two_towns")


@pytest.mark.parametrize("locale", ALL)
def test_courses_in_two_named_towns_answer_for_each(person, locale):
    person.say(MECHANIC[locale])
    body = person.say(TWO_TOWNS[locale])
    answer = body["answer"]
    assert body["action"] == "courses", (locale, body["action"], answer)
    assert "Västerås" in answer or "Västmanlands län" in answer, (locale, answer)
    assert "Eskilstuna" in answer or "Södermanlands län" in answer, (locale, answer)


NURSE, HOW_LONG_WHERE = said_all("local18_nurse_norrkoping", "local18_how_long_and_where")
KOMVUX_CARE = "yrkespaket-vard-och-omsorg"


@pytest.mark.parametrize("locale", ALL)
def test_how_long_and_where_in_my_town_answers_both(person, locale):
    """rater17 conv2 T3: "how long does it take? where can I study it in Norrköping" got only the length."""
    person.say(NURSE[locale])
    body = person.say(HOW_LONG_WHERE[locale])
    answer = body["answer"]
    assert "Norrköping" in answer or "Östergötlands län" in answer, (locale, answer)
    assert any(KOMVUX_CARE in (c.get("url") or "") for c in body["citations"]), (locale, answer)


FACTORY, WHAT_STUDY = said_all("local18_factory_trollhattan", "local18_what_can_i_study")


@pytest.mark.parametrize("locale", ALL)
def test_no_later_answer_denies_the_courses_an_earlier_one_named(person, locale):
    """rater17 conv4 T4: "I found no education in Västra Götalands län" after T1 named courses in Göteborg and
    Falköping; the courses named before are named again, with the occupation they are for."""
    first = person.say(FACTORY[locale])
    before = {c["url"] for c in first["citations"] if c["kind"] in ("course", "programme")}
    body = person.say(WHAT_STUDY[locale])
    denied = wording_start(locale, "courses.none_place") + " Västra Götalands län" in body["answer"] or \
        wording_start(locale, "courses.none_place") in body["answer"] and "Västra Götalands län" in body["answer"]
    if before and denied:
        again = {c["url"] for c in body["citations"]}
        assert before & again, (locale, sorted(before), body["answer"])
