"""How long an education takes, and yes/no questions about a licence answered yes, no or "it depends" first
(rater 8, 1.8/5: "how long does it take?" was never answered, or read as the occupation «long»; "can I work with an
electrical company now, yes or no?" got the Swedish ladder).

The lengths said must be those the cited data states (a degree programme's credits and terms, a YH programme's points
in MYH's records with Skolverket's rule); where the sources state none, that is said with who to ask, and no figure.
The verdict comes from the regulated-profession data (its ``requirement``), not from the wording. Through the real app
over the shared test store, in all 8 languages.
"""
from __future__ import annotations

import re

import pytest

from assistant.yes_no import VERDICTS
from ingest.sources.regulated import load as load_regulated
from ingest.sources.routes import load as load_routes
from tests.dialogue_support import ALL, said_all, wording_start

(PRESCHOOL, HOW_LONG, YH, HOW_MANY_YEARS, NURSE_AIDE, ELECTRICIAN, CAN_WORK, NEED, WAITING) = said_all(
    "dur8_preschool_teacher_here", "dur8_how_long", "dur8_accounting_yh", "dur8_how_many_years",
    "dur8_assistant_nurse_sfi", "dur8_electrician_abroad", "dur8_can_work_now", "dur8_need_licence",
    "dur8_work_while_waiting")
#: What a duration question must never be answered with.
_MISREAD = ("unknown_occupation", "which_occupation", "more", "nothing_more", "salary", "suggest")


def _ids(body: dict) -> set[str]:
    return {c["id"] for c in body["citations"]}


def _requirement(key: str) -> str:
    return next(p.requirement for p in load_regulated().professions if p.key == key)


def _first_word(text: str) -> str:
    """The first word of an answer or a wording: the verdict (yes, no, it depends) whatever follows it."""
    return re.split(r"[\s,.:;–\-،]+", text.strip(), maxsplit=1)[0]


def _years(terms: int, locale: str) -> set[str]:
    years = f"{terms / 2:g}"
    return {years, years.replace(".", ",")}


@pytest.mark.parametrize("locale", ALL)
def test_how_long_after_the_route_gives_the_programmes_credits_and_years(person, locale):
    person.say(PRESCHOOL[locale])
    body = person.say(HOW_LONG[locale])
    assert body["action"] not in _MISREAD, body["answer"]
    assert "route:forskollararprogrammet" in _ids(body), body["answer"]
    route = next(r for r in load_routes().routes if r.key == "forskollararprogrammet")
    assert str(route.hp) in body["answer"], body["answer"]  # the credits the curated route states (its page's)
    assert any(y in body["answer"] for y in _years(route.terms or 0, locale)), body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_a_yh_programmes_length_is_its_points_in_myhs_record(person, locale):
    person.say(YH[locale])
    body = person.say(HOW_MANY_YEARS[locale])
    assert body["action"] not in _MISREAD, body["answer"]
    yh = [c for c in body["citations"] if c["id"].startswith("yh:")]
    assert yh and "route:studietid_poang" in _ids(body), body["answer"]
    stated = re.findall(r"(\d+) YH", yh[0]["snippet"])  # the points in the programme's own record
    assert stated and stated[0] in body["answer"], (body["answer"], yh[0]["snippet"])


@pytest.mark.parametrize("locale", ALL)
def test_no_length_in_the_sources_is_said_plainly_with_who_to_ask_and_no_figure(person, locale):
    person.say(NURSE_AIDE[locale])
    body = person.say(HOW_LONG[locale])
    assert body["action"] not in _MISREAD, body["answer"]
    assert any((o.get("ssyk_code") or "").startswith("532") for o in body["occupations"]), body["occupations"]
    assert "yrkesvägledare" in body["answer"], body["answer"]  # who to ask
    # No invented length: the only figures are those the cited passages state (time15: the Komvux care training's
    # gymnasiepoäng from its curated page, shown as the snippet), never weeks or years of our own.
    said = _whole_numbers(re.sub(r"«[^»]*»|\[\d+\]", "", body["answer"]))
    stated = _whole_numbers(" ".join(c["snippet"] for c in body["citations"]))
    assert said <= stated, (said - stated, body["answer"])


def _whole_numbers(text: str) -> set[str]:
    """Numbers as written, thousands separators dropped ("1 500" and "1500" alike)."""
    return set(re.findall(r"\d+", re.sub(r"(?<=\d)[\s\u00a0\u202f,.](?=\d{3}(?!\d))", "", text)))


@pytest.mark.parametrize("locale", ALL)
def test_can_i_work_now_yes_or_no_is_answered_first_from_the_regulated_data(person, locale):
    person.say(ELECTRICIAN[locale])
    body = person.say(CAN_WORK[locale])
    assert body["action"] == "licence", body["answer"]
    assert "regulated:elinstallator" in _ids(body), body["answer"]
    verdict = VERDICTS[("can", _requirement("elinstallator"))]
    assert _first_word(body["answer"]) == _first_word(wording_start(locale, f"yesno.{verdict}")), body["answer"]


@pytest.mark.parametrize("locale", list(NEED) + list(WAITING))
def test_a_yes_no_licence_question_starts_with_the_verdict_of_the_data(person, locale):
    body = person.say(NEED[locale]) if locale in NEED else person.say(WAITING[locale])
    assert body["action"] == "licence", body["answer"]
    regulated = [i.removeprefix("regulated:") for i in _ids(body) if i.startswith("regulated:")]
    if locale in NEED:  # apotekstekniker is no licensed profession in the data
        assert not regulated, body["answer"]
        verdict = VERDICTS[("need", None)]
    else:  # undersköterska: only the title is protected, the work needs no licence
        assert regulated == ["underskoterska"], body["answer"]
        verdict = VERDICTS[("can", _requirement("underskoterska"))]
    assert _first_word(body["answer"]) == _first_word(wording_start(locale, f"yesno.{verdict}")), body["answer"]
