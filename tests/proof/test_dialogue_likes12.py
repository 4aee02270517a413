"""One's own schooling is no refusal, and finishing it as an adult is the Komvux route (rater12 conv3, 1/5).

The counsellor's findings: "gick aldrig ut gymnasiet" was read as refusing upper-secondary teachers ("Som du bad om har
jag tagit bort yrken som «Ämneslärare, gymnasieskolan»"), and in other languages the same words became an interest
that led to teachers; "kan man gå klart gymnasiet som vuxen" was not answered. Now, in all 8 languages:

- a school level told in a negated clause with no work in it ("never finished high school", "dugsiga sare ma
  dhameyn") is neither an avoid constraint nor an interest: nothing is refused and no teacher is suggested for it;
- "can I still finish high school as an adult?" cites the curated Komvux route (Skolverket's page).
Through the real app over the shared test store; the sentences live in phrases/dialogue_likes12.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraints, groups, route_ids, said_all

NO_SCHOOL, FINISH_SCHOOL = said_all("likes12_no_school_cars", "likes12_finish_school_adult")
#: Teaching professionals and assistants (SSYK 23xx, 5312): what a refused or liked "gymnasium" used to become.
TEACHERS = ("23", "5312")


@pytest.mark.parametrize("locale", ALL)
def test_own_schooling_is_no_refusal_and_no_interest(person, locale):
    body = person.say(NO_SCHOOL[locale])
    assert not constraints(body, "avoid"), (locale, constraints(body, "avoid"))
    interests = [i["label"] for i in body["profile"]["interests"]]
    assert not any(i["span"]["quote"].strip() and NO_SCHOOL[locale].find(i["span"]["quote"].strip()) == 0
                   for i in body["profile"]["interests"]), (locale, interests)
    assert not [g for g in groups(body) if g.startswith(TEACHERS)], (locale, groups(body))
    body = person.say(FINISH_SCHOOL[locale])
    assert not constraints(body, "avoid"), (locale, constraints(body, "avoid"))
    assert "route:komvux" in route_ids(body), (locale, route_ids(body), body["answer"])
