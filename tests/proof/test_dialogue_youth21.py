"""Young people's questions read as they mean them (youth21, issue 10 items 2, 4, 5).

- "What should I work as?" asked with a modal word (must/should/need: Levantine «شو لازم اشتغل؟», Somali "waa inaan",
  Tigrinya «ኣለኒ», Dari «باید», Ukrainian «треба») asks for work: with nothing known, what the person has done and
  likes; after a story, suggestions. Never a licence answer.
- A pupil of 16 who likes games is offered no work a minor may not do or be at (an age limit in the curated, cited list
  retrieval/age_limits.yaml, or a licence only adults hold: croupier, guard, lorry or bus driver, bartender), and hears
  first that the gymnasium comes before a job, then the work with the programme that leads there, and the school's
  counsellor among the next steps.
- An age worry's follow-up about CSN adds something new or says there is nothing more: never the same sentence again.
- A story written with the script's own comma and full stop («،», «፣», «።») is read as with "," and ".".
Through the real app over the shared test store; the sentences live in phrases/dialogue_youth21.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, LIST_ACTIONS, groups, route_ids, said_all, work_done

WHAT_MUST, MINOR_GAMES, TOO_OLD, CSN_AGAIN, MARKS = said_all(
    "youth21_what_must_work", "youth21_minor_games", "youth21_too_old_study", "youth21_too_old_csn_again",
    "youth21_story_marks")
(HELPING,) = said_all("youth16_young_helping")
#: Work a person under 18 may not do or be at: croupiers and bookmakers, bartenders, guards, taxi, bus and lorry
#: drivers (SSYK 2012).
ADULT_WORK = ("4211", "5132", "5413", "8321", "8331", "8332")


@pytest.mark.parametrize("locale", ALL)
def test_what_should_i_work_as_is_no_licence_question(person, locale):
    body = person.say(WHAT_MUST[locale])
    assert body["action"] == "ask", (locale, body["action"], body["answer"])
    assert str(lookup(locale, "ask.start")) in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_what_should_i_work_as_after_a_story_gets_work(person, locale):
    person.say(HELPING[locale])
    body = person.say(WHAT_MUST[locale])
    assert body["action"] in LIST_ACTIONS, (locale, body["action"], body["answer"])
    assert body["occupations"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_minor_who_likes_games_gets_no_adult_work_and_hears_of_school(person, locale):
    body = person.say(MINOR_GAMES[locale])
    assert body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(ADULT_WORK)], (locale, body["occupations"])
    assert str(lookup(locale, "occ.intro_pupil")) in body["answer"], (locale, body["answer"])  # school first
    ids = route_ids(body)  # a gymnasium programme (route:gy_…) or the school's counsellor (route:syv_elev)
    assert [r for r in ids if r.startswith(("route:gy_", "route:syv_elev"))], (locale, ids, body["answer"])


def _sentences(answer: str) -> set[str]:
    plain = re.sub(r"\[\d+\]", "", answer)
    return {" ".join(s.split()) for s in re.split(r"(?<=[.!?؟።])\s+|\n+", plain) if len(s.split()) > 4}


@pytest.mark.parametrize("locale", ["sv", "en", "ar", "so"])
def test_an_age_worry_follow_up_says_something_new(person, locale):
    first = person.say(TOO_OLD[locale])
    body = person.say(CSN_AGAIN[locale])
    again = _sentences(first["answer"]) & _sentences(body["answer"])
    assert not again, (locale, again, body["answer"])
    # "how much would I get?" after CSN's limits is asked of CSN: answered from its pages, not "what have you done?"
    assert body["action"] == "rights" and body["citations"], (locale, body["action"], body["answer"])


@pytest.mark.parametrize("locale", ["ar", "fa", "ti"])
def test_a_story_with_the_scripts_own_marks_is_read_as_with_commas(client, locale):
    from tests.dialogue_support import Person

    native = Person(client, locale).say(MARKS[locale])
    latin = Person(client, locale).say(MARKS[locale].translate(str.maketrans({"،": ",", "፣": ",", "።": ".", "؟": "?"})))
    assert work_done(native) == work_done(latin), (locale, work_done(native), work_done(latin))
    # the statements are cut alike: the same wishes, of the same kind, said by the same words (the occupation a wish
    # links to may differ: the search reads the mark itself)
    spans = [[(w["kind"], w["span"]["start"], w["span"]["end"]) for w in b["profile"]["wishes"]] for b in (native, latin)]
    assert spans[0] == spans[1], (locale, spans)


ENGINEERING, MEDICINE = said_all("youth21_engineering_entry", "youth21_medicine_entry")
#: A programme's specific eligibility: its courses, cited from the curated eligibility page (antagning.se).
ENTRY = [(ENGINEERING, "civilingenjorsprogrammet", "Fysik 2"), (MEDICINE, "lakarprogrammet", "Biologi 2")]


@pytest.mark.parametrize("locale", ALL)
@pytest.mark.parametrize("asked, key, course", ENTRY, ids=["engineering", "medicine"])
def test_can_i_get_into_a_programme_names_its_specific_eligibility(person, locale, asked, key, course):
    body = person.say(asked[locale])
    assert course in body["answer"], (locale, body["action"], body["answer"])
    pages = [c for c in body["citations"] if c["id"].endswith(f"@{key}")]
    assert pages and "antagning.se" in (pages[0].get("url") or ""), (locale, body["citations"])


(PUPIL_MEDICINE,) = said_all("youth21_pupil_medicine")


@pytest.mark.parametrize("locale", ALL)
def test_a_pupil_takes_the_courses_at_the_gymnasium_not_at_komvux(person, locale):
    body = person.say(PUPIL_MEDICINE[locale])
    assert "Biologi 2" in body["answer"], (locale, body["action"], body["answer"])
    ids = route_ids(body)
    assert "route:syv_elev" in ids and "route:komvux" not in ids, (locale, ids, body["answer"])
