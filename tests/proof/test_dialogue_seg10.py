"""A statement and a question in one sentence (the independent counsellor's ninth rating; the comma cut taken back in
10cd6de): "I was a cook for 10 years, what can I do now?" keeps the work told, with its years, and is answered with
suggestions that follow from it; "I'm a nurse from Nigeria and want to know how to get the licence" is answered about
the licence and keeps the nurse; an age told ("waxaan ahay 23 sano", I am 23) is no years of work, and the place
beside it is kept. Through the real FastAPI app over the shared test store; the sentences live in
phrases/dialogue_seg10.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, constraints, groups, said

#: situation -> (SSYK group of the work told, years told)
WORK_THEN_QUESTION = {"seg10_cook_then_question": ("5120", 10.0), "seg10_cleaner_then_question": ("9111", 5.0)}
CASES = [(name, locale) for name in WORK_THEN_QUESTION for locale in said(name)]


@pytest.mark.parametrize(("name", "locale"), CASES)
def test_work_told_before_a_question_in_one_sentence_is_kept_and_answered(person, name, locale):
    group, years = WORK_THEN_QUESTION[name]
    body = person.say(said(name)[locale])
    told = [(e["ssyk_code"], e["years"]) for e in body["profile"]["experiences"]]
    assert (group, years) in told, (told, body["answer"])
    assert body["action"] in LIST_ACTIONS and group in groups(body), (body["action"], groups(body), body["answer"])


NURSE = said("seg10_nurse_and_licence")


@pytest.mark.parametrize("locale", ALL)
def test_a_story_and_a_question_joined_by_and_answers_the_question(person, locale):
    body = person.say(NURSE[locale])
    assert body["action"] == "licence" and groups(body)[:1] == ["2221"], (body["action"], groups(body), body["answer"])
    assert "2221" in [e["ssyk_code"] for e in body["profile"]["experiences"]], body["profile"]["experiences"]


AGE = said("seg10_age_place_work")


@pytest.mark.parametrize("locale", ALL)
def test_an_age_is_no_years_of_work_and_the_place_is_kept(person, locale):
    body = person.say(AGE[locale])
    work = body["profile"]["experiences"]
    assert work and not [e for e in work if e["years"]], (work, body["answer"])
    assert any("Örebro" in (c.get("label") or "") + (c.get("value") or "") for c in constraints(body, "region")), \
        body["profile"]["constraints"]
