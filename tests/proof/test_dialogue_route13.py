"""Routes that exist, for work that cannot be validated (rater13, 2.2/5: conv1 turn 1).

The counsellor's finding: an Afghan police officer was offered «Polisassistent – the way in: validation of what you
already know». That is false: the Swedish police is entered only through the police training programme, and
Polismyndigheten requires Swedish citizenship to apply; the same holds for the armed forces (Försvarsmakten). Now, in
all 8 languages, when such an occupation is suggested to someone who did that work abroad, its way in is the curated
route that says so (the authority's page cited) and validation is never offered for it.
Through the real app over the shared test store; the sentences live in phrases/dialogue_route13.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import route_ids, said_all

POLICE, OFFICER = said_all("route13_police_abroad", "route13_officer_abroad")
#: The occupation groups entered only by one Swedish programme that requires citizenship, and that route.
ROUTE_OF = {"3360": "route:polisutbildning", "0110": "route:forsvarsmakten_officer",
            "0210": "route:forsvarsmakten_officer", "0310": "route:forsvarsmakten_officer"}
URL_OF = {"route:polisutbildning": "polisen.se/om-polisen/bli-polis/",
          "route:forsvarsmakten_officer": "jobb.forsvarsmakten.se/sv/utbildning/grundutbildning/behorighetskrav"}
VALIDATION = "route:validering"
#: Half the languages tell of police work, half of army work (the CI budget: one case per language).
STORIES = [("sv", POLICE), ("sv-easy", OFFICER), ("en", OFFICER), ("ar", POLICE), ("so", OFFICER), ("ti", POLICE),
           ("fa", POLICE), ("uk", OFFICER)]


@pytest.mark.parametrize(("locale", "story"), STORIES, ids=[loc for loc, _ in STORIES])
def test_police_and_army_work_from_abroad_is_never_validated_and_its_real_route_is_cited(person, locale, story):
    body = person.say(story[locale])
    assert body["action"] == "suggest", (locale, body["action"], body["answer"])
    groups = {(o.get("ssyk_code") or "") for o in body["occupations"]}
    routes = {ROUTE_OF[g] for g in groups if g in ROUTE_OF}
    assert routes, (locale, body["occupations"])  # the work done is suggested again ...
    ids = route_ids(body)
    assert routes <= set(ids), (locale, ids, body["answer"])  # ... with the programme that requires citizenship
    assert VALIDATION not in ids, (locale, ids, body["answer"])  # and never as validation
    urls = {c["id"]: c.get("url") or "" for c in body["citations"]}
    assert all(URL_OF[r] in urls[r] for r in routes), (locale, urls)
