"""Places as each language writes them, kept for the whole conversation; a title echoed in disbelief is no wish
(the independent counsellor's eighth rating, issue 10 "facts are lost between turns").

- A cook names where they live once, the way their language writes it: Cyrillic with a case ending ("в Єнчепінгу",
  once read as Enköping in Uppsala län), Arabic script with a clitic ("بلينشوبينغ"), Ge'ez ("ኣብ ኡመያ"), Somali with
  a suffix ("Orebro-da"), Latin without Swedish letters ("jonkoping"). The profile holds that county from the first
  turn to the fourth, and the pay, jobs and courses questions that follow (the place not named again) are answered
  for it: the demand answer names the county.
- An IT support technician echoes a manager title in disbelief ("what CIO??", "vadå IT-chef?", "шо за CIO??") and
  asks what he can get now, then the pay: no manager occupation is suggested, becomes his work or wish, or is what
  the pay question is about.
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_place8.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraints, said

COOK, PAY, JOBS, COURSES = (said(n) for n in ("place8_cook_lives", "place8_pay_here", "place8_jobs_here",
                                              "place8_courses_here"))
IT_SUPPORT, WHAT_MANAGER, PAY_THEN = said("place8_it_support"), said("place8_what_manager"), said("place8_pay_then")
# The county each locale's cook named (JobTech concept ids of the län, as the profile holds them).
JONKOPING, OREBRO, SKANE, OSTERGOTLAND, VASTERBOTTEN = (
    "MtbE_xWT_eMi", "xTCk_nT5_Zjm", "CaRE_1nn_cSU", "oLT3_Q9p_3nn", "g5Tt_CAV_zBd")
COUNTY = {"sv": JONKOPING, "sv-easy": OREBRO, "en": SKANE, "ar": OSTERGOTLAND, "so": OREBRO, "ti": VASTERBOTTEN,
          "fa": JONKOPING, "uk": JONKOPING}


def _counties(body: dict) -> list[str]:
    return [c["value"] for c in constraints(body, "region")]


@pytest.mark.parametrize("locale", ALL)
def test_a_place_named_once_is_kept_for_pay_jobs_and_courses(person, locale):
    turns = [person.say(COOK[locale])]
    for question in (PAY, JOBS, COURSES):
        turns.append(person.say(question[locale]))
    assert [_counties(b) for b in turns] == [[COUNTY[locale]]] * 4, (locale, [b["answer"][:300] for b in turns])
    demand = next((b for b in turns if b["action"] == "demand"), None)
    if demand is not None:
        county = next(c["label"] for c in constraints(demand, "region"))
        assert county in demand["answer"], (locale, county, demand["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_manager_title_echoed_in_disbelief_is_no_wish(person, locale):
    person.say(IT_SUPPORT[locale])
    for body in (person.say(WHAT_MANAGER[locale]), person.say(PAY_THEN[locale])):
        managers = [o["label"] for o in body["occupations"] if (o.get("ssyk_code") or "").startswith("1")]
        own = body["profile"]["wishes"] + body["profile"]["experiences"]
        wished = [w.get("label") or w["occupation"]["label"] for w in own if (w.get("ssyk_code") or "").startswith("1")]
        assert not managers and not wished, (locale, body["action"], managers, wished, body["answer"][:400])
