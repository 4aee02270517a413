"""Proof: one's own business asked about aspect by aspect, and "more than" weighing two occupations (shop17; the
independent counsellor's 29th rating, so c04: "how do I learn tax and business accounts?" got the job titles
Redovisningsassistent, Charkuteriarbetare and Bilförsäljare; "do I need good Swedish to open a shop?" got the start-up
answer again and no word on the language; named16's report: "does a welder earn more than a plumber?" was read as
"more suggestions" or answered for one of the two).

- After "I want to open my own shop / start my own business", "how do I learn the tax and the bookkeeping?" is
  answered for one's own business (assistant/business_aspects.py): what the cited business routes give for it, and
  plainly that the sources name no course in it; never job titles.
- Then "do I need good Swedish?" is answered about the language: no language requirement is named for registering a
  business, and SFI, cited; never the same start-up answer again.
- "Does X earn more than Y? / is X better paid than Y?" sets the two cited salaries side by side (assistant/compare.py).
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_shop17.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, groups, numbers_outside_snippets, route_ids, said_all, wording_literal

OWN_PLACE, LEARN, SWEDISH, MORE_THAN = said_all(
    "shop17_own_place", "shop17_learn_tax_books", "shop17_swedish_needed", "shop17_more_than")
BUSINESS = {"route:verksamt", "route:nyforetagarcentrum", "route:starta_eget"}
ELECTRICIAN, WELDER = "741", "7212"


@pytest.mark.parametrize("locale", ALL)
def test_learning_the_books_then_the_language_of_ones_own_business(person, locale):
    person.say(OWN_PLACE[locale])
    body = person.say(LEARN[locale])
    assert not body["occupations"], (locale, body["action"], [o["label"] for o in body["occupations"]])
    assert BUSINESS & set(route_ids(body)), (locale, body["action"], route_ids(body), body["answer"][:500])
    assert wording_literal(locale, "business.learn_books") in body["answer"], (locale, body["answer"][:700])
    body = person.say(SWEDISH[locale])
    assert not body["occupations"], (locale, body["action"], [o["label"] for o in body["occupations"]])
    assert wording_literal(locale, "business.language_none") in body["answer"], (locale, body["answer"][:700])
    sfi = next((c for c in body["citations"] if c["id"] == "route:sfi"), None)
    assert sfi is not None and f"[{sfi['n']}]" in body["answer"], (locale, route_ids(body), body["answer"][:700])


@pytest.mark.parametrize("locale", ALL)
def test_more_than_sets_the_two_salaries_side_by_side(person, locale):
    body = person.say(MORE_THAN[locale])
    shown = groups(body)
    assert body["action"] in ("salary", "compare"), (locale, body["action"], body["answer"][:500])
    assert len(shown) == 2 and shown[0].startswith(ELECTRICIAN) and shown[1].startswith(WELDER), (
        locale, body["action"], shown, body["answer"][:600])
    assert len(cited(body, "statistics")) >= 2, (locale, body["citations"], body["answer"][:600])
    assert not numbers_outside_snippets(body), (locale, numbers_outside_snippets(body))
