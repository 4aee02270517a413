"""How long, how far: a listed YH programme's length, study at a distance, and "I can't move" (the independent
counsellor's 27th rating: "how long is the YH programme?", "can I study it at distance?" and "I can't move, I have
children in Borås" got another question's answer or programmes in far towns).

- After an education list, "how long is it?" is answered from the listed programme's or course's own record: a YH
  programme's points in MYH's data (and Skolverket's rule for them, route ``studietid_poang``), a course's guide time,
  cited; or, where its record states none, that it states none.
- "Can I study it at distance?" lists only courses and programmes given at a distance (their own data says so), or says
  that the sources hold none at a distance.
- "I can't move, my children are in Borås" keeps Borås as the person's place and lists no programme given on site
  outside Västra Götalands län: those of the county or at a distance, or says there is none.
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_yhdist12.yaml.
"""
from __future__ import annotations

import json
import re

import pytest

from tests.dialogue_support import ALL, cited, constraints, route_ids, said_all, wording_literal

STORY, HOW_LONG, DISTANCE, CANNOT_MOVE, OFFICE = said_all("yhdist12_story", "yhdist12_how_long", "yhdist12_distance",
                                                          "yhdist12_cannot_move", "yhdist12_office_story")
#: Västra Götalands län (Borås's county) in the JobTech taxonomy.
VASTRA_GOTALAND = "zdoY_6u5_Krt"
#: Answers that answer another question, or nothing.
_MISREAD = ("unknown_occupation", "which_occupation", "more", "nothing_more", "salary", "suggest", "demand")


def _education(body: dict) -> list[dict]:
    return cited(body, "course", "programme")


def _meta(rt, citation: dict) -> dict:
    doc = rt.store.get_docs(citation["kind"], [citation["id"]]).get(citation["id"]) or {}
    return doc.get("metadata") or {}


def _ids(value) -> list[str]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            value = [value]
    return [str(v) for v in value or []]


def _at_distance(rt, citation: dict) -> bool:
    meta = _meta(rt, citation)
    return meta.get("study_form") == "Distans" or bool(
        re.search(r"distans|distance", f"{citation['title']} {citation.get('snippet') or ''}", re.I))


@pytest.mark.parametrize("locale", ALL)
def test_how_long_after_a_list_is_the_listed_ones_own_length(person, locale):
    first = person.say(STORY[locale])
    listed = {c["id"]: c for c in _education(first)}
    assert listed, (locale, first["action"], first["answer"][:500])
    body = person.say(HOW_LONG[locale])
    assert body["action"] not in _MISREAD, (locale, body["action"], body["answer"][:500])
    answer = body["answer"]
    own = [c for c in _education(body) if c["id"] in listed]
    unknown = wording_literal(locale, "duration.unknown")
    told_unknown = unknown in answer and any(f"«{c['title']}»" in answer for c in listed.values())
    assert own or told_unknown, (locale, body["action"], [c["id"] for c in cited(body)], answer[:500])
    for c in own:  # the length its own record states is said: a YH programme's points (with Skolverket's rule for
        # them), a course's guide time
        stated = re.findall(r"(\d+) YH", c["snippet"]) if c["kind"] == "programme" else \
            re.findall(r"[Rr]ikttid\s*:?\s*(\d+)", c["snippet"])
        if c["kind"] == "programme":
            assert "route:studietid_poang" in route_ids(body), (locale, answer[:500])
        assert not stated or stated[0] in answer, (locale, c["snippet"], answer[:500])


@pytest.mark.parametrize("locale", ALL)
def test_at_a_distance_lists_only_distance_ones_or_says_none(person, locale, real_runtime):
    first = person.say(STORY[locale])
    assert _education(first), (locale, first["action"], first["answer"][:500])
    body = person.say(DISTANCE[locale])
    assert body["action"] not in _MISREAD, (locale, body["action"], body["answer"][:500])
    on_site = [c["title"] for c in _education(body) if not _at_distance(real_runtime, c)]
    assert not on_site, (locale, on_site, body["answer"][:600])
    none = [wording_literal(locale, f"study_reach.{key}") for key in ("none_distance", "none_distance_any")]
    assert _education(body) or any(n in body["answer"] for n in none), (locale, body["answer"][:600])


@pytest.mark.parametrize("locale", ALL)
def test_cannot_move_lists_nothing_on_site_outside_ones_county(person, locale, real_runtime):
    first = person.say(STORY[locale])
    assert _education(first), (locale, first["action"], first["answer"][:500])
    body = person.say(CANNOT_MOVE[locale])
    assert [c["value"] for c in constraints(body, "region")] == [VASTRA_GOTALAND], (locale, constraints(body, "region"))
    assert body["action"] not in _MISREAD, (locale, body["action"], body["answer"][:500])
    far = [c["title"] for c in _education(body) if not _at_distance(real_runtime, c)
           and VASTRA_GOTALAND not in _ids(_meta(real_runtime, c).get("region_ids"))]
    assert not far, (locale, far, body["answer"][:600])
    # what is in the county or at a distance, or that there is none there
    assert _education(body) or wording_literal(locale, "courses.none_place") in body["answer"], (
        locale, body["action"], body["answer"][:600])


@pytest.mark.parametrize("locale", ALL)
def test_cannot_move_house_refuses_no_moving_work(person, locale):
    # (before: «jag kan inte flytta» was read as a refusal: 'I will not suggest Expressarbetare/Flyttkarl/Stadsbud')
    person.say(OFFICE[locale])
    body = person.say(CANNOT_MOVE[locale])
    assert not constraints(body, "avoid"), (locale, constraints(body, "avoid"), body["answer"][:400])
    assert [c["value"] for c in constraints(body, "region")] == [VASTRA_GOTALAND], (locale, constraints(body, "region"))


@pytest.mark.parametrize("locale", ALL)
def test_cannot_move_after_the_distance_question_is_still_about_the_courses(person, locale, real_runtime):
    # (hand conversation: after «kan man läsa den på distans?» the next 'I can't move' got 'Tack, det har jag noterat')
    person.say(STORY[locale])
    person.say(DISTANCE[locale])
    body = person.say(said_all("yhdist12_cannot_move_after")[0][locale])
    assert body["action"] == "courses", (locale, body["action"], body["answer"][:500])
    far = [c["title"] for c in _education(body) if not _at_distance(real_runtime, c)
           and VASTRA_GOTALAND not in _ids(_meta(real_runtime, c).get("region_ids"))]
    assert not far, (locale, far, body["answer"][:600])
