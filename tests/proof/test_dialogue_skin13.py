"""Health limits recorded and honoured (rater13, 2.2/5: conv2 turns 2 and 5, conv3 turn 1).

The counsellor's findings: a hairdresser with hand eczema from hair chemicals, told by her doctor to stop, was offered
Dekorsnickare/Teatersnickare with the skill «arbeta säkert med kemikalier»; a concrete worker whose doctor forbids heavy
lifting was offered Väg- och anläggningsarbetare and Grovarbetare, bygg och anläggning. Now, in all 8 languages:

- hand eczema or a skin allergy, and a doctor's "no wet work / no chemicals", is the limitation ``skin``; suggestions
  leave out work whose cited data is wet work, chemicals, cleaning agents or hair dye (cleaners, vehicle washers and
  window cleaners, dishwashers and kitchen assistants, hairdressers; any occupation with such an essential ESCO skill)
  and say so;
- after a bad back and "no heavy lifting", no site work whose data says building materials are carried (ESCO's
  essential "transport construction supplies": road and civil-works labourers, builders' labourers, concrete workers);
- "is warehouse or cleaning OK for my hands?" is answered per kind of work named, never with a job list: cleaning's
  cited demand (wet work, cleaning agents) is said with its source, and who can assess the person's own case
  (the doctor, the occupational health service, Arbets- och miljömedicin on referral) with its page.
Through the real app over the shared test store; the sentences live in phrases/dialogue_skin13.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, LIST_ACTIONS, constraint_values, groups, route_ids, said_all

ECZEMA, BACK, OK_FOR_HANDS = said_all("skin13_eczema_other_work", "skin13_back_site_worker",
                                      "skin13_warehouse_or_cleaning_ok")
#: The curated page of who assesses work and health (Arbets- och miljömedicin, on referral).
ASSESS = "route:amm_bedomning"
#: Cleaners and home-service staff, vehicle washers and window cleaners, kitchen assistants who wash up, hairdressers.
WET_WORK = ("911", "912", "9412", "5141")
#: Road and civil-works labourers, concrete workers (711) and builders' labourers (931): materials carried on site.
SITE_CARRYING = ("711", "931")


@pytest.mark.parametrize("locale", ALL)
def test_hand_eczema_leaves_out_wet_work_and_chemicals_and_says_so(person, locale):
    body = person.say(ECZEMA[locale])
    assert "skin" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["occupations"], (locale, body["answer"])
    assert not [g for g in groups(body) if g.startswith(WET_WORK)], (locale, body["occupations"])
    assert str(lookup(locale, "limitation.skin")) in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_no_heavy_lifting_leaves_out_site_work_that_carries_materials(person, locale):
    body = person.say(BACK[locale])
    assert {"lifting", "back"} & set(constraint_values(body, "limitation")), (locale, body["profile"]["constraints"])
    assert not [g for g in groups(body) if g.startswith(SITE_CARRYING)], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_is_cleaning_ok_for_my_hands_is_answered_per_work_with_its_sources(person, locale):
    body = person.say(ECZEMA[locale], OK_FOR_HANDS[locale])
    assert body["action"] == "conditions" and body["action"] not in LIST_ACTIONS, (locale, body["action"], body["answer"])
    cleaning = [o for o in body["occupations"] if (o.get("ssyk_code") or "").startswith("911")]
    assert cleaning, (locale, body["occupations"], body["answer"])
    # cleaning's demand is cited: its own competences or an essential ESCO skill (wet work, cleaning agents)
    ids = {c["id"] for c in body["citations"]}
    assert f"jobtech:occupation-name:{cleaning[0]['id']}" in ids or any(i.startswith("esco:skill:") for i in ids), \
        (locale, ids, body["answer"])
    assert ASSESS in route_ids(body), (locale, route_ids(body), body["answer"])
