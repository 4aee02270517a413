"""Routes a counsellor knows (routes20; rater33 class 5, rater32 conv07 and conv11).

The counsellor's findings, as kinds of failure (own sentences, not theirs): a teacher from abroad who asked to work
meanwhile as a mother-tongue teacher (modersmålslärare) was told the way in is a teaching degree and Skolverket's
licence – but mother-tongue teachers are exempt from the licence, the municipality employs them; "what is a
gesällbrev and how do I get one?" got a request to rephrase; a hairdresser's ten years abroad got the universities'
assessment of a school education, not the trade's own certificate (the gesällprov).
Now, in all 8 languages: the mother-tongue teacher's route is cited and no route of the teaching licence; "what is
gesällbrev" is answered with what it is and who issues it (what_is, cited); a hairdresser's years abroad get the
hairdressers' gesällbrev route, before any assessment of an education; a bare term a curated route explains gets the
what_is answer. Through the real app over the shared test store; the sentences live in phrases/dialogue_routes20.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

TEACHER, MOTHER_TONGUE, WHAT_GESALL, HAIR_STORY, HAIR_COUNTS, WHAT_APPRENTICE = said_all(
    "routes20_teacher_story", "routes20_mother_tongue", "routes20_what_gesall", "routes20_hairdresser_story",
    "routes20_hair_counts", "routes20_what_apprentice")
MOTHER_TONGUE_ROUTE = "route:modersmalslarare"
#: The teaching licence's routes: a degree and Skolverket's licence, the supplementary programme towards it, the
#: Swedish teaching programmes (none is the way into mother-tongue tuition).
LICENCE_ROUTES = {"route:hogskola_larare", "route:komplettering_larare", "route:grundlararprogrammet",
                  "route:forskollararprogrammet"}
GESALL = "route:gesallbrev"
HAIR_GESALL = "route:gesallbrev_frisor"


@pytest.mark.parametrize("locale", ALL)
def test_mother_tongue_teacher_needs_no_teaching_licence(person, locale):
    person.say(TEACHER[locale])
    body = person.say(MOTHER_TONGUE[locale])
    ids = route_ids(body)
    assert MOTHER_TONGUE_ROUTE in ids, (locale, ids, body["answer"])
    # (a list may name a compulsory-school teacher beside, whose way in is the licence: never a mother-tongue teacher's)
    for part in body["answer"].split("\n\n"):
        if "modersmål" in part.lower():
            assert not _cites(body, part, LICENCE_ROUTES), (locale, part)


def _cites(body: dict, text: str, ids: set[str]) -> bool:
    """``text`` (a part of the answer) cites one of the documents ``ids``."""
    return any(f"[{c['n']}]" in text for c in body["citations"] if c["id"] in ids)


@pytest.mark.parametrize("locale", ALL)
def test_what_is_gesallbrev_says_what_and_who(person, locale):
    body = person.say(WHAT_GESALL[locale])
    assert body["action"] == "what_is", (locale, body["action"], body["answer"])
    ids = route_ids(body)
    assert ids and ids[0] == GESALL, (locale, ids, body["answer"])
    assert "Hantverksråd" in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_hairdresser_years_abroad_get_the_trades_certificate_first(person, locale):
    person.say(HAIR_STORY[locale])
    body = person.say(HAIR_COUNTS[locale])
    ids = route_ids(body)
    assert HAIR_GESALL in ids, (locale, ids, body["answer"])
    if "route:uhr_bedomning" in ids:
        assert ids.index(HAIR_GESALL) < ids.index("route:uhr_bedomning"), (locale, ids)


@pytest.mark.parametrize("locale", ALL)
def test_a_bare_term_a_route_explains_gets_what_it_is(person, locale):
    body = person.say(WHAT_APPRENTICE[locale])
    assert body["action"] == "what_is", (locale, body["action"], body["answer"])
    assert "route:komvux_larling" in route_ids(body), (locale, route_ids(body), body["answer"])
