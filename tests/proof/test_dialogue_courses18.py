"""Proof: a course in another town is never offered as if it were near, and "what does it cost?" gets the cost
(courses18; the independent counsellor's 30th rating, classes 8 and 7: an office cleaner whose town was not known yet
heard of one course, in Sjöbo, as if it were hers – she lived in Norrköping; a 19-year-old who wanted to repair cars
heard of «Personbilsmekaniker» in Luleå twice before he said he lived in Västerås; a pharmacist's "how do I get the
licence, and what does it cost?" got the labour-market course, Komvux's free courses, aktivitetsstöd, CSN's sums and no
word on the cost).

- Someone whose town is not known names the work they want: an in-person course is said with its town and that its
  nearness is not known, and the answer asks where they live; told the town (far from it), the course is not named,
  or only with how far it is.
- Someone on the way to a licence asks how to get it (or how long it takes) and what it costs: the cost is said (a free
  course, or plainly that the sources give no price, and whom to ask), with no more than two lines on money (a free
  course's terms and one support), never CSN's sums.
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_courses18.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, cited, line_citing, route_ids, said_all, wording_literal, wording_start

NO_PLACE, TOWN, LICENSED, COST = said_all(
    "courses18_mechanic_no_place", "courses18_mechanic_town", "courses18_licensed", "courses18_licence_cost")
#: The wordings of a course studied from home (no town to be near to).
DISTANCE = ("occ.education_distance", "courses.item_distance", "courses.item_distance_place")
#: Money lines of a cost answer (courses, Komvux, support, CSN).
MONEY = ("route:arbetsmarknadsutbildning", "route:komvux_avgiftsfri", "route:af_program_ersattning",
         "route:studiemedel", "route:studiestartsstod")
SUPPORT = ("route:af_program_ersattning", "route:studiemedel", "route:studiestartsstod")
#: A distance said with a course, in the scripts of the 8 locales.
KM = re.compile(r"\d[\d\s.,]*\s*(?:km|كم|ኪሜ|کیلومتر|км)")


def _distance_said(locale: str, line: str) -> bool:
    return any(wording_literal(locale, k) in line for k in DISTANCE)


@pytest.mark.parametrize("locale", ALL)
def test_a_course_elsewhere_is_said_with_its_town_and_never_as_near(person, locale):
    body = person.say(NO_PLACE[locale])
    answer = body["answer"]
    courses = cited(body, "course", "programme")
    unknown = wording_literal(locale, "occ.education_unplaced")
    for c in courses:
        line = line_citing(body, c["id"])
        assert _distance_said(locale, line) or unknown in line or wording_literal(
            locale, "courses.item_unplaced") in line or not line, (locale, c["title"], line)
    if any(unknown in line_citing(body, c["id"]) for c in courses):
        assert wording_start(locale, "ask.region", 12) in answer, (locale, answer)
    body = person.say(TOWN[locale])
    for c in cited(body, "course", "programme"):
        line = line_citing(body, c["id"])
        # Luleå, Umeå, Skåne …: a course far from Västerås is named with its distance, or studied from home
        far = re.search(r"Luleå|Umeå|Kiruna|Skellefteå|Malmö|Sjöbo|Göteborg", line)
        assert not far or KM.search(line) or _distance_said(locale, line), (locale, c["title"], line)


@pytest.mark.parametrize("locale", ALL)
def test_what_the_licence_costs_is_the_cost_and_one_line_on_money(person, locale):
    person.say(LICENSED[locale])
    body = person.say(COST[locale])
    answer = body["answer"]
    ids = route_ids(body)
    free = re.split(r"\{[^}]*\}", str(lookup(locale, "rights.cost_free_course")))[-1].strip(" :：،,፡")[:16]
    none = [wording_start(locale, k, 15) for k in ("cost.no_price", "cost.no_price_licence")]
    assert free in answer or any(n in answer for n in none), (locale, answer)
    assert "route:studiemedel_belopp" not in ids, (locale, ids)
    assert sum(r in ids for r in SUPPORT) <= 1 and sum(r in ids for r in MONEY) <= 2, (locale, ids, answer[-900:])
