"""What a person likes leads to the work it is about, never to a look-alike label (rater16 conv3; issues 9, 10).

"gillar att fixa grejer o gamear mkt, bygger datorer åt polarna" (likes fixing things, gaming, building computers) was
answered with a carpenter, a building consultant and a road worker (building = construction), and a liking read
through look-alike labels: "datorer" linked «Butikschef» (the alias "butikschef, datorer"), "barn" «Dietist»
("Barndietist"). A workplace said as a wish ("vill jobba på förskola") made a cook («Kock, storhushåll»). Now, in all
8 languages:

- an occupation the profile keeps from a liking or a wish lies in the field the words name;
- the first occupations shown are from that field (computers: IT, electronics; children: preschool, childcare);
- a teacher who names the school years ("7–9", "grades 7 to 9", «من 7 الى 9», «7-9 класів») gets the Swedish
  teacher occupation of those years first (Ämneslärare, 7-9), none of other years ("not the little ones" once made
  a literary agent; the first teacher occupation, years 1-6, led whatever years were said).
Through the real app over the shared test store; the sentences live in phrases/dialogue_likes17.yaml.
"""
from __future__ import annotations

import functools

import pytest

from tests.dialogue_support import ALL, groups, said_all

PC_BUILDER, PRESCHOOL, TEACHER_YEARS = said_all("likes17_pc_builder", "likes17_preschool", "likes17_teacher_years")
#: software and IT (25), IT technicians and support (351), electronics and electricians (74), engineers and
#: technicians in electrical engineering (2143, 3113)
IT = ("25", "351", "74", "2143", "3113")
#: preschool and school teachers (234), childcare and pupil assistants (531)
CHILDREN = ("234", "531")
#: Ämneslärare, 7-9; the teacher occupations of other school years (1-6, F-3, 4-6, gymnasieskolan)
YEARS_7_9 = "iYgm_hfD_Bez"
OTHER_YEARS = {"VZoJ_4oe_xyR", "zGHj_2Jf_oKy", "Nzmh_iTb_z7h", "86sy_hBf_exW"}


@functools.cache
def _group(client, occupation_id: str) -> str:
    r = client.get(f"/v1/occupations/{occupation_id}")
    assert r.status_code == 200, r.text
    body = r.json()
    return str((body.get("ssyk") or {}).get("code") or "")


def _kept(person, body: dict) -> list[tuple[str, str]]:
    """(label, SSYK group) of every occupation the profile keeps from a liking, a wish or (a hobby read as) work."""
    profile = body["profile"]
    refs = [i["concept"] for i in profile["interests"] if i.get("concept")]
    refs += [e["occupation"] for e in profile["experiences"] if e.get("occupation")]
    refs += [w["concept"] for w in profile["wishes"] if w.get("concept")]
    return [(r["label"], _group(person.client, r["id"])) for r in refs]


def _check(person, body: dict, field: tuple[str, ...], locale: str) -> None:
    stray = [(label, g) for label, g in _kept(person, body) if not g.startswith(field)]
    assert not stray, (locale, stray)
    shown = groups(body)[:3]
    assert shown, (locale, body["answer"])
    assert shown[0].startswith(field), (locale, body["occupations"])
    assert sum(g.startswith(field) for g in shown) >= 2, (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_fixing_gaming_and_building_computers_lead_to_it_work(person, locale):
    _check(person, person.say(PC_BUILDER[locale]), IT, locale)


@pytest.mark.parametrize("locale", ALL)
def test_likes_children_and_a_preschool_lead_to_preschool_work(person, locale):
    _check(person, person.say(PRESCHOOL[locale]), CHILDREN, locale)


@pytest.mark.parametrize("locale", ALL)
def test_a_teacher_of_years_7_to_9_gets_the_teacher_occupation_of_those_years(person, locale):
    body = person.say(TEACHER_YEARS[locale])
    profile = body["profile"]
    kept = [w["concept"]["id"] for w in profile["wishes"] if w.get("concept")]
    kept += [e["occupation"]["id"] for e in profile["experiences"] if e.get("occupation")]
    assert YEARS_7_9 in kept, (locale, profile["wishes"], profile["experiences"])
    assert not OTHER_YEARS & set(kept), (locale, kept)
    shown = [o["id"] for o in body["occupations"]]
    assert shown and shown[0] == YEARS_7_9, (locale, body["occupations"], body["answer"])
