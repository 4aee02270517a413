"""Suggestions for someone who turns away from their own work, from the person's side (issue 10, items 4 and 7).

An independent counsellor saw the "what else could I do?" suggestions come straight from JobTech's similar
occupations: a guide for a bus driver with a bad back, unrelated jobs for a cook. A counsellor suggests work
that reuses what the person knows, honours what they cannot or will not do, has jobs, and needs no long
training, and says why in one sentence naming the skills that carry over (retrieval/change_paths.py).

Each case states, before any ranking was changed, the SSYK groups a counsellor would find plausible
(``allowed``: most of what is shown comes from them) and those that are wrong for this person (``forbidden``:
the own work, work the limitation rules out, the counsellor's odd choices). Through the real FastAPI app
over the shared test store; every locale.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraints, groups, said, skill_lines

#: Drivers of every kind (all of SSYK 83: they sit all day, and a heavy truck is loaded by hand).
DRIVERS = {"8311", "8312", "8321", "8322", "8329", "8331", "8332", "8341", "8342", "8343", "8344"}
#: Shop and checkout work, customer service, reception.
SHOP = {"5221", "5222", "5223", "5230"}
FRONT_DESK = {"4221", "4222", "4223", "4224", "4225", "4226"}

CASES = {
    # Warehouse worker, bad back: office and logistics planning, shop, reception, security, operators of machines.
    "warehouse_bad_back": dict(
        limits={"back", "lifting"},
        allowed={"4321", "4323", "4110", "4119", "3322", "3323", "5413", "5414", "8181", "8189"} | SHOP | FRONT_DESK,
        # the own group, loading and carrying (ramp, removals, ports, hand packing, couriers), heavy trucks,
        # construction, cleaning, kitchen and care work (patients are lifted)
        forbidden={"4322", "9331", "9332", "9320", "9621", "8332", "9111", "9412", "5321", "5322", "5330",
                   "7111", "7112", "7113", "7114", "7119", "9312", "9313"}),
    # Bus driver who cannot sit long: on-board and station staff, security, vehicle mechanics, shop.
    "bus_driver_cannot_sit": dict(
        limits={"sitting"},
        allowed={"5112", "4221", "5413", "5414", "7231", "5153", "5152"} | SHOP,
        # every driver, the counsellor's guide/tour leader, and desk work where one sits all day
        forbidden=DRIVERS | {"5113", "4323", "4222", "3441"}),
    # Cook (trained abroad) who does not want kitchen work: serving, bar, shop and deli counter, bakery and
    # food production, hotel reception.
    "cook_abroad_no_kitchen": dict(
        limits=set(),
        allowed={"5131", "5132", "7611", "7612", "7613", "8160", "4224", "9412"} | SHOP,
        forbidden={"5120", "3451", "9411"},
        kitchen_titles=("Kock", "Köks", "Disk", "Pizza", "Grill", "Souschef")),
    # Cleaner who wants to meet people: care and assistance, children and pupils, shop, serving, reception,
    # caretaker / housing host.
    "cleaner_wants_people": dict(
        limits=set(),
        allowed={"5311", "5312", "5321", "5323", "5330", "5341", "5342", "5343", "5131", "5151", "5152", "3412"}
        | SHOP | FRONT_DESK,
        # cleaning itself, machine and craft work (no people), long university programmes
        forbidden={"9111", "9112", "9119", "9120", "8181", "8189", "7223"}),
    # Assistant nurse who wants less physical work: treatment and support work, pupils' assistants, health care
    # administration and reception, pharmacy and dental assistants, job coaching.
    "assistant_nurse_less_physical": dict(
        limits=set(),
        # (4117: medical secretaries and health care administrators; 4225: office receptionists)
        allowed={"3411", "3412", "3344", "3213", "3251", "3333", "4110", "4117", "4119", "4225", "4226", "4222",
                 "5312", "5342", "5311", "5341"},
        # the own group and the other lifting care work, cleaning, warehouse
        forbidden={"5321", "5322", "5330", "5343", "9111", "4322", "9332"}),
}


#: Known gaps in reading the message (not in the ranking), by (case, locale): none left. (Those of report change4 pass
#: now: most since later reading work, xfail9 re-measured them; the warehouse worker's bad back in ar/uk, «لم يعد
#: يتحمل», «більше не витримує», and fa's «چه کار دیگری می توانم بکنم؟» since xfail9.) A new gap goes here with its reason.
_NOT_READ: dict[tuple[str, str], str] = {}


def _known(name: str, locale: str):
    reason = _NOT_READ.get((name, locale))
    return pytest.param(name, locale, marks=pytest.mark.xfail(reason=reason, strict=False)) if reason \
        else pytest.param(name, locale)


def _params(names) -> list:
    return [_known(n, loc) for n in names for loc in ALL]


def _case(name: str, locale: str, person) -> tuple[dict, dict]:
    return CASES[name], person.say(said(f"change4_{name}")[locale])


def _kitchen(body: dict, titles: tuple[str, ...]) -> list[str]:
    return [o["label"] for o in body["occupations"] if o["label"].startswith(titles)]


@pytest.mark.parametrize(("name", "locale"), _params(CASES))
def test_what_else_suggestions_are_plausible_for_the_person(person, locale, name):
    case, body = _case(name, locale, person)
    shown = groups(body)
    assert shown, body["answer"]
    assert not set(shown) & case["forbidden"], (body["occupations"], body["answer"])
    plausible = [g for g in shown if g in case["allowed"]]
    assert len(plausible) * 2 > len(shown), (body["occupations"], body["answer"])
    if case.get("kitchen_titles"):
        assert not _kitchen(body, case["kitchen_titles"]), body["occupations"]


@pytest.mark.parametrize(("name", "locale"), _params([n for n, c in CASES.items() if c["limits"]]))
def test_the_limitation_is_kept_and_honoured(person, locale, name):
    case, body = _case(name, locale, person)
    limits = {c["value"] for c in constraints(body, "limitation")}
    assert limits & case["limits"], body["profile"]["constraints"]
    assert not [c for c in constraints(body, "avoid") if c.get("concept") is None and len(c["value"]) < 4], \
        body["profile"]["constraints"]


#: (Not the cleaner: "a job where I meet people" is read as wishes, which lead the list, so no suggestion need come
#: from what carries over.)
@pytest.mark.parametrize(("name", "locale"), _params([n for n in CASES if n != "cleaner_wants_people"]))
def test_the_reason_names_the_skills_that_carry_over(person, locale, name):
    _, body = _case(name, locale, person)
    lines = skill_lines(locale, body["answer"])   # (with or without the work told named, gloss9)
    assert lines, body["answer"]
    # at least one skill is named right after the words (quoted source label, or a name in the reader's language)
    named = lines[0].strip(" :")
    assert len(named) >= 3, body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_the_body_giving_out_is_no_refusal(person, locale):
    """"My body can't take it any more" refuses nothing (it was kept as a refusal of "längre" / "take it anymore",
    and the English one then left out roofers as if the person had refused them)."""
    _, body = _case("assistant_nurse_less_physical", locale, person)
    assert not constraints(body, "avoid"), body["profile"]["constraints"]
    assert "lifting" in {c["value"] for c in constraints(body, "limitation")}, body["profile"]["constraints"]
