"""Routes a counsellor would name (rater22 conv3, conv5; issue 10).

- A worker whose factory closed has lost his job: the first steps of a job loss include Trygghetsfonden TSL, and
  "the union said something about TSL, what is it?" is answered with TSL's own curated page first – also from someone
  who told no job loss (rater22: «TSL?» got only CSN's omställningsstudiestöd).
- A 23-year-old who asks whether he can go to the gymnasium hears the age limit and Komvux, never a pupil's entry
  grades, merit rating or "the counsellor at your school" as his own route.
- "Is it realistic without school?" asked of an occupation is answered from that occupation's evidence – its education
  requirement (Arbetsförmedlingen) or its licence – and its shortest way in, never "no, it is not too late" or a
  question back.
Through the real app over the shared test store; sentences in phrases/dialogue_routes22.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, route_ids, said_all

CLOSED, WHAT_IS_TSL, ADULT_GYMNASIUM, COOK, WITHOUT_SCHOOL = said_all(
    "routes22_factory_closed", "routes22_what_is_tsl", "routes22_adult_gymnasium", "routes22_cook_story",
    "routes22_realistic_without_school")
TSL = "route:tsl_omstallning"
PUPIL_ROUTES = ("route:gy_behorighet", "route:gy_meritvarde", "route:syv_elev")


@pytest.mark.parametrize("locale", ALL)
def test_a_closed_factory_is_a_job_loss_and_tsl_is_named(person, locale):
    body = person.say(CLOSED[locale])
    assert TSL in route_ids(body), (locale, body["action"], route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_tsl_asked_after_the_closure_is_answered_with_tsl(person, locale):
    person.say(CLOSED[locale])
    body = person.say(WHAT_IS_TSL[locale])
    ids = route_ids(body)
    assert TSL in ids, (locale, body["action"], ids, body["answer"])
    assert "route:trr_omstallning" not in ids, (locale, ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_tsl_asked_alone_is_answered_with_tsl_first(person, locale):
    body = person.say(WHAT_IS_TSL[locale])
    ids = route_ids(body)
    assert ids and ids[0] == TSL, (locale, body["action"], ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_an_adult_asking_for_the_gymnasium_hears_the_age_limit_and_komvux(person, locale):
    body = person.say(ADULT_GYMNASIUM[locale])
    ids = route_ids(body)
    assert not set(PUPIL_ROUTES) & set(ids), (locale, body["action"], ids, body["answer"])
    assert any(i.startswith("route:komvux") for i in ids), (locale, body["action"], ids, body["answer"])
    assert not any(i.startswith("route:gy_") and i != "route:gy_aldersgrans" for i in ids), (locale, ids)


@pytest.mark.parametrize("locale", ALL)
def test_realistic_without_school_is_answered_from_the_occupation(person, locale):
    person.say(COOK[locale])
    body = person.say(WITHOUT_SCHOOL[locale])
    assert body["action"] not in ("clarify", "which_occupation"), (locale, body["action"], body["answer"])
    lead = str(lookup(locale, "without_school.requirement")).split("{", 1)[0].strip()[:12]
    leads = [str(lookup(locale, f"without_school.{k}")).split("{", 1)[0].strip()[:12] for k in ("licence", "unknown")]
    assert any(t in body["answer"] for t in (lead, *leads)), (locale, body["answer"])
    not_late = str(lookup(locale, "yesno.not_too_late"))[:15]
    assert not_late not in body["answer"], (locale, body["answer"])
    cited = {c.get("type") or c.get("kind") for c in body.get("citations", [])}
    assert body["citations"], (locale, cited, body["answer"])


def test_the_copilots_ads_are_newest_first_and_old_ones_are_marked(client):
    """The copilot's example ads (POST /v1/match): newest first, and one published before the year of the data's ad
    counts marked old, which the copilot's text says with its date instead of showing it as an open job (rater22
    conv5: ads of 2018–2020 shown as evidence for Dalarna)."""
    from pathlib import Path

    from retrieval.evidence import ADS_YEAR

    body = client.post("/v1/match", json={"text": "Jag har jobbat som personlig assistent och lastbilsförare i "
                                                  "Borlänge.", "top": 5}).json()
    ads = [[e for e in m.get("evidence") or [] if e["type"] == "ad"] for m in body["occupations"]]
    assert any(ads), body
    for group in ads:
        dates = [str(e["facts"].get("date") or "") for e in group]
        assert dates == sorted(dates, reverse=True), dates
        for e, date in zip(group, dates):
            old = date[:4].isdigit() and int(date[:4]) < ADS_YEAR
            assert bool(e["facts"].get("old")) == old, (date, e["facts"])
    text_js = (Path(__file__).resolve().parents[2] / "api" / "static" / "copilot-text.js").read_text(encoding="utf-8")
    assert "e.type === 'ad' && f.old" in text_js and "Äldre platsannons" in text_js
