"""What the person wants and cannot do, read and honoured (the independent counsellor's eighth rating: conv1, conv3).

- Kinds of work named as alternatives or examples ("kanske kassa eller reception?", "where I can sit, like reception
  or office work?") each become a wish and are suggested: the cashier and the receptionist, or seated office work.
- "The doctor says no heavy lifting" is a limit told by a doctor: never the person's work nor a wish to be a doctor,
  and "what lighter work can I do?" is never answered with the conditions of one occupation.
- Work told, a back limitation and a request for lighter work: suggestions, without the person's own work.
- Bad knees after cleaning work: cleaning, home help, dishwashing and care aides load the knees and are left out.
- Interests only ("I like kids and sewing"): suggestions follow them (children, sewing), never therapists.
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_wants7.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraints, groups, listed, said_all, wished_groups

MAYBE, SIT_LIKE, DOCTOR, LIGHTER, KNEES, CHILDREN_SEWING = said_all(
    "wants7_maybe_till_or_desk", "wants7_sit_like_desk", "wants7_doctor_says", "wants7_lighter_after_story",
    "wants7_knees_after_cleaning", "wants7_children_and_sewing")

#: SSYK 2012: 5230 Kassapersonal m.fl.; 4224/4225 hotel and office receptionists.
TILL, RECEPTION = "5230", ("4224", "4225")
#: Seated or office work (retrieval/limit_fit.OFFICE_GROUPS): administration, customer service, office reception.
OFFICE = ("41", "4221", "4222", "4223", "4225", "4226", "4323", "4410")
#: SSYK 2012 sub-major group 22, health professionals (doctors, nurses, physiotherapists).
HEALTH = "22"
#: Work on the feet and knees (retrieval/group_demands): cleaning and home service, window cleaning, dishwashing and
#: kitchen help, home care and care aides.
ON_FEET = ("911", "912", "9412", "5321", "5330")
#: Warehouse work: the warehouse worker's own groups (lager och terminal, hand packing).
WAREHOUSE = ("4321", "4322", "9320", "9331", "9332", "9333")
#: Children (barnskötare, elevassistenter, förskollärare, fritidsledare, idrottstränare) and sewing (skräddare,
#: sömmerskor, textile machine operators); treatment assistants (3412) and therapists (2269) are neither.
CHILDREN_OR_SEWING = ("5311", "5312", "2341", "2342", "2343", "3422", "3423", "7531", "7532", "7533", "815")
THERAPY = ("3412", "2269")


@pytest.mark.parametrize("locale", ALL)
def test_each_kind_of_work_named_as_an_alternative_is_a_wish_and_suggested(person, locale):
    body = person.say(MAYBE[locale])
    wished = wished_groups(body)
    assert TILL in wished and any(g in RECEPTION for g in wished), (wished, body["answer"])
    shown = listed(body)
    assert TILL in shown and any(g in RECEPTION for g in shown), (shown, body["answer"])
    assert {"back"} & {c["value"] for c in constraints(body, "limitation")}, body["profile"]["constraints"]


@pytest.mark.parametrize("locale", ALL)
def test_work_where_one_can_sit_like_reception_or_office_is_seated_office_work(person, locale):
    body = person.say(SIT_LIKE[locale])
    assert "standing" in {c["value"] for c in constraints(body, "limitation")}, body["profile"]["constraints"]
    assert not constraints(body, "avoid"), body["profile"]["constraints"]
    assert any(g.startswith(OFFICE) for g in wished_groups(body)), (body["profile"]["wishes"], body["answer"])
    shown = listed(body)
    assert shown[0].startswith(OFFICE), (shown, body["answer"])
    assert not [g for g in shown if g.startswith(ON_FEET)], (shown, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_limit_told_by_a_doctor_is_no_doctor_work(person, locale):
    body = person.say(DOCTOR[locale])
    assert "lifting" in {c["value"] for c in constraints(body, "limitation")}, body["profile"]["constraints"]
    profile = body["profile"]
    read = [e.get("ssyk_code") or "" for e in profile["experiences"]] + wished_groups(body)
    assert not [g for g in read if g.startswith(HEALTH)], (profile["experiences"], profile["wishes"])
    assert not [g for g in groups(body) if g.startswith(HEALTH)], body["occupations"]
    assert body["action"] != "conditions", body["answer"]
    assert not constraints(body, "avoid"), profile["constraints"]


@pytest.mark.parametrize("locale", ALL)
def test_lighter_work_asked_after_a_story_and_a_limit_gets_suggestions(person, locale):
    body = person.say(LIGHTER[locale])
    assert {"lifting", "back"} & {c["value"] for c in constraints(body, "limitation")}, body["profile"]["constraints"]
    read = [e.get("ssyk_code") or "" for e in body["profile"]["experiences"]]
    assert not [g for g in read if g.startswith(HEALTH)], body["profile"]["experiences"]
    assert not [g for g in listed(body) if g.startswith(WAREHOUSE + ON_FEET)], body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_bad_knees_leave_out_cleaning_and_care_work(person, locale):
    body = person.say(KNEES[locale])
    assert "standing" in {c["value"] for c in constraints(body, "limitation")}, body["profile"]["constraints"]
    assert not [g for g in listed(body) if g.startswith(ON_FEET)], body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_interests_only_lead_to_their_own_fields(person, locale):
    body = person.say(CHILDREN_SEWING[locale])
    assert not body["profile"]["experiences"], body["profile"]["experiences"]  # (no "close to your experience")
    shown = listed(body)
    assert any(g.startswith(CHILDREN_OR_SEWING) for g in shown), (shown, body["answer"])
    assert not [g for g in shown if g.startswith(THERAPY)], (shown, body["answer"])
