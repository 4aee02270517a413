"""Questions worded naturally reach the answer type they ask for (counsellor rating, issue 10 item 2).

- A question about one occupation's working conditions ("Does bus driving have night shifts?", "Är det tungt att
  jobba som undersköterska?", "Is it a lot of travel?" after an answer about one) is answered about that
  occupation's conditions (action ``conditions``): what a source says, cited, or that the sources say nothing of
  it and who would know — never other suggestions.
- A bare fragment naming a course, subject or certificate ("Svenska 3?", "Matte 2?", "ID06?", "Vad är
  yrkespaket?", "YKB?") is answered with what the sources know of it (a cited route, licence or licence step, no
  occupations);
  one they do not know is said plainly not to be covered — no list of occupations, no unrelated course (ID06, once
  unknown, is a curated route since route17).
- "My bus licence is from Iraq, is it valid here?" gets the licence route with the step about a driving licence
  from outside the EEA, cited from the professional driver's regulated-profession document.
- "And the second one, what does it pay?" after a list is the salary of that list's second occupation; "Den andra?"
  alone describes that card (not other suggestions), and "and that one, what does it pay?" stays on it.
Through the real FastAPI app over the shared test store, as the widget sends it.
"""
from __future__ import annotations

import pytest

from assistant.licence_answer import step_in
from tests.dialogue_support import cited, groups, route_ids, said, shown_ids, wording_start

BUS, HEAVY, WEEKENDS = said("bus_night_shifts"), said("nurse_aide_heavy"), said("electrician_weekends")
TRUCK_SALARY, TRAVEL = said("truck_driver_salary"), said("lot_of_travel")
SWEDISH_3, MATHS_2, NEED_ID06, ID06, PACKAGE = (said(n) for n in (
    "fragment_swedish_3", "fragment_maths_2", "fragment_id06", "bare_id06", "what_is_vocational_package"))
FROM_IRAQ, YKB = said("bus_licence_from_iraq"), said("fragment_ykb")
KITCHEN, SECOND_PAY = said("kitchen_story"), said("second_one_pay")
SECOND, THAT_ONE_PAY = said("second_one_bare"), said("that_one_pay")
#: The professional driver's step for a driving licence from outside the EEA (ingest/data/regulated_professions.yaml).
FOREIGN_LICENCE_STEP = ("Ett körkort från ett land utanför EES kan som regel inte bytas mot ett svenskt, och det gäller "
                        "inte i Sverige när du har varit folkbokförd här i mer än ett år: då behöver du ta ett svenskt "
                        "körkort med rätt behörighet (förarprov hos Trafikverket).")


def _conditions(body: dict, locale: str, ssyk: tuple[str, ...]) -> None:
    """A conditions answer about the one occupation asked (its SSYK group), cited or saying the sources are silent."""
    assert body["action"] == "conditions", body["answer"]
    assert len(body["occupations"]) == 1 and groups(body)[0].startswith(ssyk), (groups(body), body["answer"])
    silent = wording_start(locale, "conditions.unknown", 12)
    assert cited(body) or silent in body["answer"], body["answer"]
    assert wording_start(locale, "conditions.who", 20) in body["answer"], body["answer"]


#: Night shifts of bus driving, heavy work as an assistant nurse, electricians' weekends: each asked of one
#: occupation (its SSYK groups).
CONDITIONS = [(BUS, ("8331",)), (HEAVY, ("5321", "5322", "5323", "5324", "5325", "5326")), (WEEKENDS, ("741",))]


@pytest.mark.parametrize(("asked", "ssyk", "locale"),
                         [pytest.param(a, g, loc, id=f"{g[0]}-{loc}") for a, g in CONDITIONS for loc in a])
def test_a_conditions_question_is_answered_about_its_occupation(person, asked, ssyk, locale):
    _conditions(person.say(asked[locale]), locale, ssyk)


@pytest.mark.parametrize("locale", list(TRAVEL))
def test_travel_asked_after_an_answer_about_one_occupation_is_about_it(person, locale):
    first = person.say(TRUCK_SALARY[locale])
    assert first["action"] == "salary" and first["occupations"], first["answer"]
    _conditions(person.say(TRAVEL[locale]), locale, (first["occupations"][0]["ssyk_code"],))


def _what_is(body: dict) -> None:
    assert body["action"] == "what_is", body["answer"]
    assert body["occupations"] == [], body["answer"]


@pytest.mark.parametrize("locale", list(SWEDISH_3))
def test_swedish_3_is_a_komvux_course_and_the_licences_that_ask_for_it(person, locale):
    body = person.say(SWEDISH_3[locale])
    _what_is(body)
    assert "route:komvux" in route_ids(body), body["citations"]
    assert cited(body, "regulated_profession"), body["citations"]  # the licences whose steps name Svenska 3


@pytest.mark.parametrize("locale", list(MATHS_2))
def test_maths_2_is_a_komvux_course(person, locale):
    body = person.say(MATHS_2[locale])
    _what_is(body)
    assert "route:komvux" in route_ids(body), body["citations"]
    assert not cited(body, "course", "programme"), body["citations"]


@pytest.mark.parametrize("locale", list(NEED_ID06))
def test_id06_is_said_from_its_curated_route(person, locale):
    # route17: ID06 is now a curated route (the card's own questions-and-answers page): said, cited, no occupations
    for words in (NEED_ID06[locale], ID06[locale]):
        body = person.say(words)
        assert body["action"] in ("what_is", "licence"), body["answer"]
        assert body["occupations"] == [] and route_ids(body) == ["route:id06"], body["answer"]
        assert "ID06" in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", list(PACKAGE))
def test_yrkespaket_is_komvux_vocational_training(person, locale):
    body = person.say(PACKAGE[locale])
    _what_is(body)
    assert "route:komvux_yrke" in route_ids(body), body["citations"]


@pytest.mark.parametrize("locale", list(YKB))
def test_ykb_is_the_professional_drivers_licence(person, locale):
    body = person.say(YKB[locale])
    _what_is(body)
    assert [c["id"] for c in cited(body, "regulated_profession")] == ["regulated:yrkesforare"], body["citations"]


@pytest.mark.parametrize("locale", list(FROM_IRAQ))
def test_a_bus_licence_from_abroad_gets_the_foreign_licence_step(person, locale):
    body = person.say(FROM_IRAQ[locale])
    assert body["action"] == "licence", body["answer"]
    assert groups(body) and groups(body)[0] in ("8331", "8332"), body["answer"]
    assert any(c["id"] == "regulated:yrkesforare" for c in cited(body, "regulated_profession")), body["citations"]
    step = step_in(locale, FOREIGN_LICENCE_STEP)
    words = step["sv_text"] if isinstance(step, dict) else step
    assert words[:60] in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", list(SECOND_PAY))
def test_the_second_one_is_the_second_card(person, locale):
    listed = person.tell(KITCHEN[locale])
    assert len(listed["occupations"]) >= 2, listed["answer"]
    body = person.say(SECOND_PAY[locale])
    assert body["action"] == "salary", body["answer"]
    assert shown_ids(body)[:1] == [shown_ids(listed)[1]], (body["occupations"], listed["occupations"])


@pytest.mark.parametrize("locale", list(SECOND))
def test_the_second_one_alone_is_that_card_and_that_one_stays_it(person, locale):
    listed = person.tell(KITCHEN[locale])
    assert len(listed["occupations"]) >= 2, listed["answer"]
    second = shown_ids(listed)[1]
    body = person.say(SECOND[locale])  # about the second card, never other suggestions
    assert body["action"] == "describe" and shown_ids(body) == [second], (body["action"], body["occupations"])
    body = person.say(THAT_ONE_PAY[locale])
    assert body["action"] == "salary" and shown_ids(body) == [second], (body["action"], body["occupations"])
