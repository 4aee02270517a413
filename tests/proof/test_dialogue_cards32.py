"""A machine operator's licence question answered from the machine contractors' card (cards32; rater39 class 6,
issue 10: a wrong yes).

The counsellor's finding, as a kind of failure (own words): "I have a Swedish B licence – do I need C or CE for the
excavator?" got only the building site's ID06 card in Tigrinya, and in Swedish "Yes – Transportstyrelsen decides" with
the lorry driver's YKB steps. A site machine is no lorry: for work on the site the collective agreements ask a
yrkesbevis (or an apprentice's utbildningsbok) for machines over 1 500 kg, and a driving licence matters on the road
(AM/tractor or B by the machine's class), C/CE and YKB being the lorry's (Maskinentreprenörerna's page, me.se).
Now, in all 8 languages:
- a C/CE class asked of an excavator, or a driving licence asked of a site machine, told first or not, cites the card
  (route maskinforare_behorighet) with its sentence, never the lorry driver's regulated licence;
- a lorry driver's own C/CE question (no machine named) keeps the lorry driver's answer, never this card;
- "can I take the YKB test in English / with an interpreter?" hears, beside the rest of the answer, Trafikverket's rule
  that knowledge tests with an interpreter are for AM–BE and the tractor licence only, not for professional tests
  (route ykb_prov_tolk, trafikverket.se), and to ask Trafikverket which languages the test is given in.
Through the real app over the shared test store (the real_settings fixture's incremental ingest adds the card); the
sentences live in phrases/dialogue_cards32.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, route_ids, said_all, wording_literal

CLASS, LICENCE, AFTER, LORRY, YKB = said_all(
    "cards32_machine_class", "cards32_machine_licence", "cards32_machine_after", "cards32_lorry_kept",
    "cards32_ykb_language")
CARD = "route:maskinforare_behorighet"
LORRY_LICENCE = "regulated:yrkesforare"


def _piece(locale: str, key: str = "route.maskinforare_behorighet") -> str:
    """A piece of the card's sentence past the title and the names in it (names get their gloss and figures their
    locale's digits in the answer: a piece between them is said as written)."""
    return max(re.split(r"[A-Za-zÅÄÖåäö][\w./-]*[A-ZÅÄÖ][\w./-]*|[A-ZÅÄÖ][\w/-]*|\d[\d ,.]*|[«»()”“.።؛;:–]",
                        wording_literal(locale, key)), key=len).strip(" ,.:;–")[:25]


def _machine_card(body: dict, locale: str) -> None:
    cites = [c.get("id", "") for c in body.get("citations") or []]
    assert CARD in route_ids(body), (locale, cites, body["answer"])
    piece = _piece(locale)
    assert piece in body["answer"], (locale, piece, body["answer"])
    assert LORRY_LICENCE not in cites, (locale, cites, body["answer"])  # (no "yes – Transportstyrelsen decides")
    assert "Distributionsförare" not in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_licence_class_asked_of_an_excavator_gets_the_machine_card(person, locale):
    _machine_card(person.say(CLASS[locale]), locale)


@pytest.mark.parametrize("locale", ALL)
def test_a_driving_licence_asked_of_a_site_machine_gets_the_machine_card(person, locale):
    _machine_card(person.say(LICENCE[locale]), locale)


@pytest.mark.parametrize("locale", ALL)
def test_the_class_asked_after_the_excavator_work_told_gets_the_machine_card(person, locale):
    _machine_card(person.say(*AFTER[locale]), locale)


@pytest.mark.parametrize("locale", ALL)
def test_a_lorry_drivers_licence_question_keeps_the_lorry_answer(person, locale):
    body = person.say(LORRY[locale])
    ids = route_ids(body)
    assert CARD not in ids, (locale, ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_the_ykb_test_in_another_language_hears_trafikverkets_interpreter_rule(person, locale):
    body = person.say(YKB[locale])
    ids = route_ids(body)
    assert "route:ykb_prov_tolk" in ids, (locale, ids, body["answer"])
    piece = _piece(locale, "route.ykb_prov_tolk")
    assert piece in body["answer"], (locale, piece, body["answer"])
    assert CARD not in ids, (locale, ids, body["answer"])
