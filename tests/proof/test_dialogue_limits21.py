"""What a person says about themselves is honoured: grades told in chat are grades (issue 10 items 3-4; limits21).

The faults: "jag har E i matte" said on its own was saved as an INTEREST (in maths), and a later "what is needed to
get into the electricity programme?" said nothing of it; grades a counsellor recorded in the copilot
(api/static/copilot-grades.js) were not used by the chat's eligibility answers at all. Now, in all 8 languages:

- a grade letter A-F told beside a school subject, in any message, is a grade of the profile (``grades``: the
  subject as Swedish schools name it, the letter), never an interest, skill or work done;
- weak English, or one language only ("I'm bad at English", «الانجليزي عندي ضعيف», "ingiriisiga ma aqaan") is the
  limitation ``languages``, kept in the profile: no occupation is presented whose cited data needs foreign languages
  (essential ESCO skills such as "speak different languages", "apply foreign languages in tourism"), and the answer
  says that such work was left out;
- work in one's own language asked for ("can I work in Arabic?", «بدي اشتغل بلغتي», "af-soomaali") is kept
  (``work_language:<code>``, never English) and answered first: where that language is an asset (the taxonomy's
  mother-tongue teachers and interpreters, presented and cited) and what the ads of the sources ask for, honestly;
- an entry question asked later, naming no grade, answers with the profile's grades: a pass meets the subject's
  requirement, an F does not (and where it is studied is said), whichever way the grade reached the profile (told in
  chat, or set by the counsellor and sent with the profile); a subject without a grade is a gap (at least E is
  needed, and where it is studied is said); a pupil's "which grades do I need for elprogrammet?"
  (the rights answer of the national programmes) is answered with them too.
Through the real app over the shared test store; the sentences live in phrases/dialogue_limits21.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, constraint_values, route_ids, said_all, wording_start

YEAR9, PUPIL_GRADES = said_all("pupil19_year9", "pupil19_grades_programme")
(SHOP,) = said_all("limits21_shop_cant_stand")
GRADES, EL_ENTRY, GUIDE, OWN = said_all("limits21_grades_told", "limits21_el_entry", "limits21_guide_bad_english",
                                      "limits21_work_own_language")


def _grades(body: dict) -> dict[str, str | None]:
    return {g["subject"]: g.get("grade") for g in body["profile"].get("grades", [])}


def _tail(locale: str, key: str) -> str:
    """The fixed words of wording ``key`` after its last placeholder (what tells a pass from a fail)."""
    tail = str(lookup(locale, key)).split("}")[-1].lstrip(" :.»")
    return re.split(r"[.።]", tail)[0][:20]  # (a citation may follow each sentence)


def _entry_answered(locale: str, body: dict) -> None:
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert "route:gy_behorighet" in route_ids(body), (locale, route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_grades_told_alone_are_grades_and_count_for_a_later_entry_question(person, locale):
    body = person.say(GRADES[locale])
    assert _grades(body) == {"Matematik": "E", "Engelska": "F"}, (locale, body["profile"].get("grades"))
    assert not body["profile"].get("interests"), (locale, body["profile"].get("interests"))
    assert not body["profile"].get("experiences"), (locale, body["profile"].get("experiences"))
    body = person.say(EL_ENTRY[locale])
    _entry_answered(locale, body)
    assert _tail(locale, "entry.grade_pass") in body["answer"], (locale, body["answer"])
    assert _tail(locale, "entry.grade_fail") in body["answer"], (locale, body["answer"])
    assert _grades(body) == {"Matematik": "E", "Engelska": "F"}, (locale, body["profile"].get("grades"))


@pytest.mark.parametrize("locale", ALL)
def test_grades_the_counsellor_recorded_count_for_an_entry_question(person, locale):
    person.profile = {"grades": [
        {"subject": "Matematik", "grade": "F", "confidence": 1, "added_by": "vägledare",
         "span": {"start": 0, "end": 0, "quote": "", "message": 0}}]}
    body = person.say(EL_ENTRY[locale])
    _entry_answered(locale, body)
    assert _tail(locale, "entry.grade_fail") in body["answer"], (locale, body["answer"])
    assert _tail(locale, "entry.grade_pass") not in body["answer"], (locale, body["answer"])
    assert _grades(body) == {"Matematik": "F"}, (locale, body["profile"].get("grades"))


@pytest.mark.parametrize("locale", ALL)
def test_a_subject_recorded_without_a_grade_is_a_gap_in_the_entry_answer(person, locale):
    person.profile = {"grades": [
        {"subject": "Matematik", "grade": None, "confidence": 1, "added_by": "vägledare",
         "span": {"start": 0, "end": 0, "quote": "", "message": 0}}]}
    body = person.say(EL_ENTRY[locale])
    _entry_answered(locale, body)
    assert _tail(locale, "entry.grade_missing") in body["answer"], (locale, body["answer"])
    assert _tail(locale, "entry.grade_fail") not in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_pupils_grades_count_in_the_national_programme_answer(person, locale):
    body = person.say(YEAR9[locale], GRADES[locale], PUPIL_GRADES[locale])
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert "route:gy_behorighet" in route_ids(body), (locale, route_ids(body), body["answer"])
    assert _tail(locale, "entry.grade_pass") in body["answer"], (locale, body["answer"])
    assert _tail(locale, "entry.grade_fail") in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_weak_english_leaves_out_work_that_needs_languages(person, locale, real_runtime):
    from retrieval.constraints import demand_of

    body = person.say(GUIDE[locale])
    assert "languages" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["occupations"], (locale, body["answer"])
    for o in body["occupations"]:
        assert demand_of(o["id"], o["label"], "languages", real_runtime) is None, (locale, o)
    assert str(lookup(locale, "limitation.languages")) in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_work_in_ones_own_language_is_answered_with_where_it_is_an_asset(person, locale):
    body = person.say(OWN[locale])
    kept = [c["value"] for c in body["profile"]["constraints"] if c["value"].startswith("work_language:")]
    assert kept and kept != ["work_language:en"], (locale, body["profile"]["constraints"])
    assert wording_start(locale, "own_language.honest", 20) in body["answer"], (locale, body["answer"])
    assert wording_start(locale, "work_language.honest", 20) not in body["answer"], (locale, body["answer"])
    labels = [o["label"] for o in body["occupations"]]
    assert any("Modersmål" in x or "tolk" in x.casefold() for x in labels), (locale, labels, body["answer"])
    cited = {c["id"] for c in body["citations"]}
    assert any(c.startswith("jobtech:occupation-name:") for c in cited), (locale, cited)
    assert wording_start(locale, "own_language.ads", 15) in body["answer"] \
        or wording_start(locale, "own_language.ads_none", 15) in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_work_in_ones_own_language_asked_after_a_story_is_no_unread_question(person, locale):
    person.say(GUIDE[locale])
    body = person.say(OWN[locale])
    assert body["action"] not in ("clarify", "unknown_occupation", "which_occupation", "demand"), (locale, body["action"])
    assert wording_start(locale, "own_language.honest", 20) in body["answer"], (locale, body["answer"])
    assert wording_start(locale, "clarify.unread", 20) not in body["answer"], (locale, body["answer"])
    assert wording_start(locale, "unknown_occupation", 12) not in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_standing_all_day_ruled_out_in_passing_is_a_limitation(person, locale, real_runtime):
    from retrieval.constraints import demand_of

    body = person.say(SHOP[locale])
    assert "standing" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert not [c for c in body["profile"]["constraints"] if c["kind"] == "avoid"], (locale, body["profile"])
    for o in body["occupations"]:
        assert demand_of(o["id"], o["label"], "standing", real_runtime) is None, (locale, o)
