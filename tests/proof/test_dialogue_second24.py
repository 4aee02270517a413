"""Every question of a message gets its answer, rights and support questions included (second24, rater34 class 3;
issue 10 item 2).

The counsellor's finding, as a kind of failure: the second question of a message was dropped when it asked about the
a-kassa, CSN or another occupation – "can I get a-kassa when my job ends? and if I start studying, do I get CSN?" got
the a-kassa's rule for students and never the a-kassa itself; "how long does it take? do I get CSN meanwhile?" said
CSN's support but listed one question answered. Now, in all 8 languages: an occupation's pay and then the a-kassa, the
length of a way in and then CSN, a course in a town and then the Swedish it needs, two rights questions – each part
answered in the order asked, from its own cited evidence (``parts`` lists each, the first first), several rights
each in a paragraph of its own.
Through the real app over the shared test store; the sentences live in phrases/dialogue_second24.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, route_ids, said_all, wording_start

PAY_AKASSA, LENGTH_CSN, TWO_OCCUPATIONS, COURSE_LEVEL, AKASSA_CSN = said_all(
    "second24_pay_akassa", "second24_length_csn", "second24_two_occupations", "second24_course_level",
    "second24_akassa_csn")
#: IAF's a-kassa page and CSN's studiemedel page (curated, ingest/data/education_routes.yaml).
AKASSA, CSN = "route:a_kassa", "route:studiemedel"
#: The warehouse workers' groups (4321, 4322) and the project managers' groups.
WAREHOUSE, PROJECT = ("4321", "4322"), ("2421", "2431", "1249", "2512", "3359")
_TWO = ("Somali «maamule mashruuc» (project manager) is not found as an occupation in its clause, so the may-I-work-as "
        "part is answered about the warehouse work: interpretation, not mended in second24's time")


def _at(body: dict, doc_id: str) -> int:
    """Where in the answer the first sentence citing ``doc_id`` stands (-1: none)."""
    n = next((c["n"] for c in body["citations"] if c["id"] == doc_id), None)
    return -1 if n is None else body["answer"].find(f"[{n}]")


def _first(body: dict, own) -> int:
    marks = [body["answer"].find(f"[{c['n']}]") for c in body["citations"] if own(c)]
    return min((m for m in marks if m >= 0), default=-1)


def _parts(body: dict, *asked: str) -> bool:
    """Each question's action listed, in the order asked, the first one the turn's action."""
    parts = body.get("parts") or []
    return parts[:1] == [asked[0]] and all(a in parts for a in asked) and \
        [parts.index(a) for a in asked] == sorted(parts.index(a) for a in asked)


def _education(c: dict) -> bool:
    return c["kind"] in ("course", "programme", "education_route") and c["id"] not in (CSN, AKASSA)


@pytest.mark.parametrize("locale", ALL)
def test_pay_then_the_akassa_each_answered(person, locale):
    body = person.say(PAY_AKASSA[locale])
    assert _parts(body, "salary", "rights"), (locale, body.get("parts"), body["answer"][:800])
    salary = _first(body, lambda c: c["id"].startswith("stats:salary:"))
    if salary < 0:  # (a group without pay statistics: said plainly, before the a-kassa)
        salary = body["answer"].find(wording_start(locale, "salary.none", 12))
    assert 0 <= salary < _at(body, AKASSA), (locale, route_ids(body), body["answer"][:900])


@pytest.mark.parametrize("locale", ALL)
def test_length_then_csn_each_answered(person, locale):
    body = person.say(LENGTH_CSN[locale])
    assert _parts(body, "courses", "rights"), (locale, body.get("parts"), body["answer"][:800])
    assert 0 <= _first(body, _education) < _at(body, CSN), (locale, route_ids(body), body["answer"][:900])


@pytest.mark.parametrize("locale", [pytest.param(loc, marks=pytest.mark.xfail(strict=False, reason=_TWO))
                                    if loc == "so" else loc for loc in ALL])
def test_pay_then_another_occupation_each_answered(person, locale):
    body = person.say(TWO_OCCUPATIONS[locale])
    assert body["action"] == "salary", (locale, body["action"], body["answer"][:600])
    groups = [o.get("ssyk_code") for o in body["occupations"]]
    assert any(g in WAREHOUSE for g in groups) and any(g in PROJECT for g in groups), (locale, groups, body["answer"][:800])
    assert len(body.get("parts") or []) >= 2, (locale, body.get("parts"))


@pytest.mark.parametrize("locale", ALL)
def test_course_then_the_swedish_level_each_answered(person, locale):
    body = person.say(COURSE_LEVEL[locale])
    assert _parts(body, "courses", "swedish"), (locale, body.get("parts"), body["answer"][:800])
    assert _first(body, _education) >= 0, (locale, [c["id"] for c in cited(body)], body["answer"][:800])


@pytest.mark.parametrize("locale", ALL)
def test_akassa_then_csn_each_answered_in_its_own_paragraph(person, locale):
    body = person.say(AKASSA_CSN[locale])
    akassa, csn = _at(body, AKASSA), _at(body, CSN)
    assert 0 <= akassa < csn, (locale, route_ids(body), body["answer"][:900])
    assert "\n" in body["answer"][akassa:csn], (locale, body["answer"][:900])
