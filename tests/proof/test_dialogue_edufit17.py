"""Education offered fits the person and the occupation (rater16, 1.5/5: conv5 T1, conv2 T1, conv4 T4).

The counsellor's findings: a farmer of 45 with no school papers and little Swedish got a YH programme
(«Miljö- och drifttekniker, vatten och avlopp», at a distance from Umeå) as his education, and SFI was never
mentioned; a minibus driver got a «Projektinköpare/ Entreprenadingenjör» programme; an accountant in Malmö asking
for courses heard only "none in Skåne". Now, in all 8 languages:

- a programme is offered for an occupation only when it trains for its trade, not for a word of its qualifier
  (retrieval/education_trade.py: «drift» of «Lantbrukare, blandad drift» is no water-treatment technician);
- someone still learning Swedish gets no YH programme beside a suggested occupation (it asks for upper-secondary
  school and Swedish at that level): the way in for him is SFI and the trade's Komvux training with Swedish;
- when no course or programme is near and the person's municipality has no Komvux route into the work, the nearest
  one further away is named with its place and distance, after saying there is none near.
Through the real app over the shared test store; the sentences live in phrases/dialogue_edufit17.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, cited, education_titles, route_ids, said_all, wording_start

FARMER, ACCOUNTANT, ASKS = said_all("edufit17_farmer_gavle", "edufit17_accountant_malmo", "edufit17_accountant_courses")
SWEDISH_FIRST = {"route:sfi", "route:komvux_sas", "route:kombinationsutbildning"}
#: "about N km" in every locale (courses.item_far).
KM = re.compile(r"\d\s*(?:km|كم|کیلومتر|ኪሜ|км)\b")


@pytest.mark.parametrize("locale", ALL)
def test_a_farmer_learning_swedish_gets_no_yh_programme_but_the_way_in_with_swedish(person, locale):
    body = person.tell(FARMER[locale])
    assert not cited(body, "programme"), (locale, education_titles(body), body["answer"])
    assert SWEDISH_FIRST & set(route_ids(body)), (locale, route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_accountant_asking_for_courses_hears_none_near_and_the_nearest_further_away(person, locale):
    person.say(ACCOUNTANT[locale])
    body = person.say(ASKS[locale])
    assert body["action"] == "courses", (locale, body["action"], body["answer"])
    assert [o for o in body["occupations"] if (o.get("ssyk_code") or "").startswith("331")], (locale, body["occupations"])
    answer = body["answer"].replace("\u00a0", "")
    assert wording_start(locale, "courses.none_place", 12) in answer, (locale, answer)
    titles = [t.casefold() for t in education_titles(body)]
    assert any("redovisning" in t for t in titles), (locale, titles, answer)
    assert KM.search(answer), (locale, answer)
