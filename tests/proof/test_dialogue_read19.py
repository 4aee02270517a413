"""The person's words read as meant (issue 10, read19): learning is no teacher, "what should I do?" asks for steps,
a repair verb with its object names the repairer.

- "I want to learn something new" (sv «lära mig», ar «اتعلم», so «barto», ti «ንምምሃር», fa «یاد بگیرم», uk
  «навчатися»): a wish to learn names no occupation; a learning verb that shares a stem with a teaching word (ti
  ምምሃር ~ መምህር, uk навчатися ~ навчати) never makes a teacher, a teacher's assistant or a preschool teacher.
- "What should I do?", "what now?", «що мені робити?», «እንታይ ክገብር?», «چی کنم؟», «maxaan sameeyaa?» asked on their
  own ask for the first steps (action ``steps``), not for the work done before; after work told, towards that work.
- "I repaired phones and computers" / "I repaired buses": the object names the repairer's trade (Elektronikreparatör,
  the lorry/bus mechanic), never the driver of the vehicle nor a computer teacher.
- "I worked as an assistant nurse with children", "I want to work at a children's hospital": the qualifier names the
  sibling's domain, Barnsköterska, not the assistant nurse of wards and clinics (nor a preschool teacher by "barn").
Through the real app over the shared test store; the sentences live in phrases/dialogue_read19.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, Person, groups, said_all, work_done

LEARN, WHAT_NOW, WHAT_NOW_2, PHONES, BUSES, NURSE_CHILDREN, CHILDRENS_HOSPITAL, COOK = said_all(
    "read19_learn", "read19_what_now", "read19_what_now_2", "read19_fixed_phones", "read19_fixed_buses",
    "read19_assistant_nurse_children", "read19_want_childrens_hospital", "read19_cook_abroad")
TEACHING = ("23", "5312")             # teachers, teachers' assistants
ELECTRONICS_REPAIRER = "yfhW_7ko_iVM"  # Elektronikreparatör
VEHICLE_MECHANICS = ("7231",)          # motor vehicle mechanics
DRIVERS = ("83",)                      # drivers and machine operators
CHILDRENS_NURSE = "rwrv_VQw_vPr"       # Barnsköterska


def _linked(body: dict) -> list[dict]:
    prof = body["profile"]
    return [x.get("occupation") or x.get("concept") or {} for k in ("experiences", "wishes", "interests")
            for x in prof.get(k) or []]


@pytest.mark.parametrize("locale", ALL)
def test_learning_and_repairing_are_read_as_said(client, locale):
    body = Person(client, locale).say(LEARN[locale])
    assert not [x for x in _linked(body) if x], (locale, body["profile"])
    assert not [g for g in groups(body) if g.startswith(TEACHING)], (locale, body["occupations"])

    body = Person(client, locale).say(PHONES[locale])
    assert work_done(body), (locale, body["profile"])
    assert ELECTRONICS_REPAIRER in [x.get("id") for x in _linked(body)], (locale, body["profile"]["experiences"])
    assert not [g for g in groups(body)[:1] if g.startswith(TEACHING)], (locale, body["occupations"])

    body = Person(client, locale).say(BUSES[locale])
    assert work_done(body), (locale, body["profile"])
    done = [e.get("ssyk_code") or "" for e in body["profile"]["experiences"]]
    assert done and done[0].startswith(VEHICLE_MECHANICS), (locale, body["profile"]["experiences"])
    assert not [c for c in done if c.startswith(DRIVERS)], (locale, body["profile"]["experiences"])

    body = Person(client, locale).say(NURSE_CHILDREN[locale])
    assert work_done(body)[:1] == [CHILDRENS_NURSE], (locale, body["profile"]["experiences"])

    body = Person(client, locale).say(CHILDRENS_HOSPITAL[locale])
    assert CHILDRENS_NURSE in [x.get("id") for x in _linked(body)], (locale, body["profile"]["wishes"])
    assert not [g for g in groups(body) if g.startswith(TEACHING)], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_what_should_i_do_asks_for_steps(client, locale):
    for said in (WHAT_NOW[locale], WHAT_NOW_2[locale]):
        body = Person(client, locale).say(said)
        assert body["action"] == "steps", (locale, said, body["action"], body["answer"])

    # after work told, the steps lead to that work (the question names none: «شو لازم اعمل؟» was read as «Inspicient»)
    cook = Person(client, locale)
    done = work_done(cook.tell(COOK[locale]))
    for said in (WHAT_NOW[locale], WHAT_NOW_2[locale]):
        body = cook.say(said)
        assert body["action"] == "steps", (locale, said, body["action"], body["answer"])
        assert [o["id"] for o in body["occupations"]][:1] == done[:1], (locale, said, body["occupations"], done)
