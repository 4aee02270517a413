"""The relevant programme further away before irrelevant ones nearby; a YH programme for a newcomer carries its entry
requirement and the first step (rater28 class 6).

- An accountant in Norrköping asks for accounting training nearby (rater28 c02 uk T3: «Logistik och Supply Chain»,
  «Strategiskt inköp och upphandling» and «Medicinsk vårdadministratör» were listed, the «Ekonomi- och
  redovisningskonsult» programme in Stockholm and Göteborg was never named). A counsellor answers with the field asked
  for first: nearby if there is one, else the nearest, with its town; another field is never the answer.
- A newcomer with no Swedish yet asks where to study IT near Västerås (rater28 c10 so T4: distance YH programmes with
  no word that yrkeshögskola asks for upper-secondary eligibility and Swedish). A YH programme shown to him carries
  its entry requirement (route:yrkeshogskola, MYH) and the first step (SFI/Komvux or an AF course), cited.

Through the real app over the shared test store, in all 8 languages; the sentences live in
phrases/dialogue_near15.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, cited, route_ids, said_all

ACCOUNTANT, ACCOUNTING_NEAR, IT_NEWCOMER, IT_WHERE = said_all(
    "near15_accountant", "near15_accounting_near", "near15_it_newcomer", "near15_it_where")
#: Training in accounting / bookkeeping / economy (the field asked for).
ACCOUNTING = re.compile(r"redovisn|bokför|ekonom|revision", re.I)
#: Other fields the rater was given instead (logistics, procurement, medical secretary).
OTHER_FIELDS = re.compile(r"logisti|supply chain|spedit|inköp|upphandling|vårdadministr", re.I)
#: The first steps before YH for someone with no Swedish yet: SFI, Komvux, a combined course, an AF course.
FIRST_STEPS = ("route:sfi", "route:komvux", "route:komvux_sas", "route:kombinationsutbildning",
               "route:arbetsmarknadsutbildning", "route:komvux_yrke")


@pytest.mark.parametrize("locale", ALL)
def test_accounting_near_the_town_names_the_nearest_accounting_programme_not_another_field(person, locale):
    person.say(ACCOUNTANT[locale])
    body = person.say(ACCOUNTING_NEAR[locale])
    titles = [c["title"] for c in cited(body, "course", "programme")]
    assert titles, (locale, body["action"], body["answer"][:500])
    assert ACCOUNTING.search(titles[0]), (locale, titles, body["answer"][:500])   # the field asked for comes first
    assert not [t for t in titles if OTHER_FIELDS.search(t)], (locale, titles, body["answer"][:500])


@pytest.mark.parametrize("locale", ALL)
def test_it_study_for_a_newcomer_says_the_entry_requirement_and_the_first_step(person, locale):
    person.say(IT_NEWCOMER[locale])
    body = person.say(IT_WHERE[locale])
    routes = route_ids(body)
    education = cited(body, "course", "programme")
    assert education or routes, (locale, body["action"], body["answer"][:500])
    assert set(routes) & set(FIRST_STEPS), (locale, routes, body["answer"][:600])
    if any(c["id"].startswith("yh:") for c in education):    # a YH programme: its entry requirement, cited
        assert "route:yrkeshogskola" in routes, (locale, routes, body["answer"][:600])
