"""Explicit knowledge questions of a regulated or craft way in, answered from curated, cited cards (cards31; rater38
class 6, issue 10: answer the question asked).

The counsellor's finding, as a kind of failure (own words): "I want to be a police officer, is it possible? what does
the police training ask?" got a warehouse's night work and a programme list; "I'm not a citizen yet – a problem for
the police?" got the Swedish card of a warehouse job; "a fine for shoplifting at 16 – does it stop me as a väktare?"
got the approval's name alone; a goldsmith's "what is gesällbrev, how do I get it?" got validation; «تصليح ساعات»
(watch repair) got a carpenter; "do I need Swedish for IT?" got "which occupation?". Now, in all 8 languages:
- the police training's admission as Polisen states it (citizenship, Svenska 3/Engelska 6/Samhällskunskap 1b, the B
  licence, swimming, the physical, medical and interview tests; polisen.se);
- no citizen yet: "yes, it matters", then Migrationsverket's citizenship page (the way there);
- a guard's vetting: what Länsstyrelsen checks (belastningsregistret, misstankeregistret, Säpo), judged case by case,
  never a promised outcome;
- a goldsmith hears the goldsmiths' own gesällprov (Guldsmedernas yrkesnämnd), not the hairdressers';
- watch repair told is the watchmaker (Urmakare);
- Swedish for IT: often not at first, English is often the working language, Swedish helps (general guidance).
Through the real app over the shared test store (the real_settings fixture's incremental ingest adds the new cards);
the sentences live in phrases/dialogue_cards31.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, assert_no_salary, route_ids, said_all, sentence_piece

NEED, CITIZEN, GUARD, GOLD, WATCH, IT = said_all(
    "cards31_police_need", "cards31_police_citizen", "cards31_guard_fine", "cards31_goldsmith_gesall",
    "cards31_watch_repair", "cards31_it_swedish")


@pytest.mark.parametrize("locale", ALL)
def test_what_the_police_training_asks_is_polisens_own_list(person, locale):
    body = person.say(NEED[locale])
    ids = route_ids(body)
    assert "route:polis_antagningskrav" in ids, (locale, ids, body["answer"])
    piece = sentence_piece(locale, "rights.polis_antagningskrav")
    assert piece in body["answer"], (locale, piece, body["answer"])
    assert "Samhällskunskap 1b" in body["answer"], (locale, body["answer"])  # (the named course, as Polisen writes it)
    assert_no_salary(body, locale)


@pytest.mark.parametrize("locale", ALL)
def test_no_citizen_yet_hears_it_matters_and_migrationsverkets_way(person, locale):
    body = person.say(CITIZEN[locale])
    ids = route_ids(body)
    assert "route:polis_antagningskrav" in ids and "route:medborgarskap" in ids, (locale, ids, body["answer"])
    lead = sentence_piece(locale, "rights.police_citizen_lead")
    assert lead in body["answer"], (locale, lead, body["answer"])
    assert "Migrationsverket" in body["answer"], (locale, body["answer"])
    assert body.get("action") != "swedish", (locale, body.get("action"), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_an_old_fine_and_a_guards_work_hear_what_the_vetting_checks(person, locale):
    body = person.say(GUARD[locale])
    ids = route_ids(body)
    assert "route:vaktare_godkannande" in ids, (locale, ids, body["answer"])
    piece = sentence_piece(locale, "rights.vaktare_godkannande")
    assert piece in body["answer"], (locale, piece, body["answer"])
    assert "belastningsregist" in body["answer"] and "Länsstyrelsen" in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_goldsmith_hears_the_goldsmiths_journeyman_test(person, locale):
    body = person.say(GOLD[locale])
    ids = route_ids(body)
    assert "route:gesallbrev_guldsmed" in ids and "route:gesallbrev_frisor" not in ids, (locale, ids, body["answer"])
    piece = sentence_piece(locale, "route.gesallbrev_guldsmed")
    assert piece in body["answer"], (locale, piece, body["answer"])
    assert "Guldsmedernas yrkesnämnd" in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_watch_repair_told_is_the_watchmaker(person, locale):
    body = person.say(WATCH[locale])
    labels = [o["label"] for o in body.get("occupations") or []]
    done = [e["occupation"]["label"] for e in (body.get("profile") or {}).get("experiences") or []]
    assert "Urmakare" in labels[:3] and "Urmakare" in done, (locale, labels, done, body["answer"])
    assert "Reparationssnickare" not in labels, (locale, labels)


@pytest.mark.parametrize("locale", ALL)
def test_swedish_for_it_is_answered_directly(person, locale):
    body = person.say(IT[locale])
    assert body.get("action") == "swedish", (locale, body.get("action"), body["answer"])
    piece = sentence_piece(locale, "swedish_enough.it_field")
    assert piece in body["answer"], (locale, piece, body["answer"])
