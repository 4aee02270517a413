"""The dialogue from the person's side (issue 10 items 1, 2, 4 and 10), in all 8 languages.

Every conversation goes through the real FastAPI app (``POST /v1/chat?stream=false``) over the
real service and the shared test store, the client carrying messages and profile as widget.js
does. Assertions are on the structured fields: ``action`` (what was answered), ``occupations``
(what the answer presents), the profile's constraints and the kinds of the citations.
"""
from __future__ import annotations

import pytest

from assistant.intents import detect_intent
from assistant.locales import lookup, text
from tests.dialogue_support import ALL, cited, constraints, said_all, shown_ids

LAGERARBETARE = "sizv_uPq_nWf"          # ESCO essential skills: "lift heavy weights"
APOTEKARE = "apotekare"
KITCHEN_GROUPS = {"5120", "9412"}       # Kockar och kallskänkor; Restaurang- och köksbiträden
QUICK = ("describe", "salary", "demand", "licence", "courses", "swedish", "more")

(WAREHOUSE_BAD_BACK, PHARMACIST_LICENCE, COOK_NO_KITCHEN, YOUTH, JOB_NOT_STUDY, UNKNOWN_SALARY, SECOND_SALARY,
 WHAT_SUITS_ME) = said_all(
    "warehouse_bad_back", "pharmacist_licence", "cook_no_kitchen", "youth_animals", "job_not_study",
    "unknown_salary", "second_salary", "what_suits_me")


# ------------------------------------------------------------------ quick replies
@pytest.mark.parametrize("locale", ALL)
def test_every_quick_reply_maps_to_its_intent(locale):
    quick = lookup(locale, "quick")
    assert set(QUICK) <= set(quick), locale
    for key, reply in quick.items():
        assert detect_intent(reply) == key, (locale, key, reply)


@pytest.mark.slow
@pytest.mark.parametrize("locale", ALL)
def test_quick_replies_answer_about_the_first_suggestion_and_never_repeat(person, locale):
    first = person.say(COOK_NO_KITCHEN["sv"] if locale in ("sv", "sv-easy") else WAREHOUSE_BAD_BACK[locale])
    assert first["action"] == "suggest" and first["occupations"], first["answer"]
    shown = shown_ids(first)
    answers = [first["answer"]]
    for key in ("describe", "salary", "demand", "licence", "swedish"):
        body = person.press(key)
        # Answered about the first suggestion, not another occupation; or, when everything the
        # sources say was in the suggestion already (demand), said that there is nothing more.
        assert body["action"] in (key, "nothing_more"), (key, body["action"], body["answer"])
        if body["action"] == key:
            assert shown_ids(body) == shown[:1], (key, body["occupations"])
        assert body["answer"] not in answers
        answers.append(body["answer"])
    body = person.press("salary")                 # asked again: nothing new to add
    assert body["action"] == "nothing_more" and body["citations"] == []
    body = person.press("more")                   # other occupations, none shown before
    assert body["action"] in ("more", "nothing_more")
    assert not set(shown_ids(body)) & set(shown)
    assert body["answer"] not in answers


# ------------------------------------------------------------------ the question asked
@pytest.mark.slow
@pytest.mark.parametrize("locale", ALL)
def test_licence_question_names_the_authority_and_cites_the_regulated_profession(person, locale):
    body = person.say(PHARMACIST_LICENCE[locale])
    assert body["action"] == "licence", body["answer"]
    assert [o["label"] for o in body["occupations"]] == ["Apotekare"]
    assert cited(body, "regulated_profession")
    assert "Socialstyrelsen" in body["answer"]


@pytest.mark.slow
@pytest.mark.parametrize("locale", ALL)
def test_an_occupation_that_is_not_in_the_sources_is_said_plainly(person, locale):
    body = person.say(WAREHOUSE_BAD_BACK[locale], UNKNOWN_SALARY[locale])
    assert body["action"] == "unknown_occupation", body["answer"]
    assert body["occupations"] == [] and body["citations"] == []


@pytest.mark.slow
@pytest.mark.parametrize("locale", ALL)
def test_the_second_suggestion_is_the_one_answered(person, locale):
    first = person.say(WAREHOUSE_BAD_BACK[locale])
    assert len(first["occupations"]) >= 2, first["answer"]
    body = person.say(SECOND_SALARY[locale])
    assert body["action"] in ("salary",), body["answer"]
    assert shown_ids(body) == [first["occupations"][1]["id"]]


@pytest.mark.slow
@pytest.mark.parametrize("locale", ALL)
def test_asking_what_suits_me_again_brings_other_occupations(person, locale):
    first = person.say(WAREHOUSE_BAD_BACK[locale])
    body = person.say(WHAT_SUITS_ME[locale])
    assert body["answer"] != first["answer"]
    assert body["action"] in ("more", "nothing_more", "suggest")
    assert not set(shown_ids(body)) & set(shown_ids(first)) or body["action"] == "suggest" and shown_ids(body) != shown_ids(first)


# ------------------------------------------------------------------ what the person said
@pytest.mark.slow
@pytest.mark.parametrize("locale", ALL)
def test_a_bad_back_excludes_heavy_lifting_work(person, locale):
    body = person.say(WAREHOUSE_BAD_BACK[locale])
    assert {c["value"] for c in constraints(body, "limitation")} & {"lifting", "back"}, body["profile"]["constraints"]
    assert body["action"] == "suggest" and body["occupations"]
    assert LAGERARBETARE not in shown_ids(body)
    body = person.press("more")
    assert LAGERARBETARE not in shown_ids(body)


@pytest.mark.slow
@pytest.mark.parametrize("locale", ALL)
def test_no_kitchen_work_excludes_the_kitchen_family(person, locale):
    body = person.say(COOK_NO_KITCHEN[locale])
    refused = [c for c in body["profile"]["constraints"] if c["kind"] == "avoid" and c["concept"]]
    assert refused, body["profile"]["constraints"]
    for turn in (body, person.say(WHAT_SUITS_ME[locale])):
        assert not {o["ssyk_code"] for o in turn["occupations"]} & KITCHEN_GROUPS, turn["occupations"]


@pytest.mark.slow
@pytest.mark.parametrize("locale", ALL)
def test_a_pupil_gets_school_next_steps_not_the_employment_service(person, locale):
    body = person.say(YOUTH[locale])
    assert constraints(body, "age"), body["profile"]["constraints"]
    assert body["action"] in ("suggest", "explore"), body["answer"]
    assert text(locale, "youth.syv") in body["answer"]
    assert text(locale, "next.af") not in body["answer"]
    assert not body["profile"]["experiences"]
    assert text(locale, "reasons.experience") not in body["answer"]
    assert text(locale, "reasons.all_experience") not in body["answer"]


@pytest.mark.slow
@pytest.mark.parametrize("locale", ALL)
def test_a_job_now_means_no_courses(person, locale):
    body = person.say(JOB_NOT_STUDY[locale])
    assert "true" in [c["value"] for c in constraints(body, "no_study")], body["profile"]["constraints"]
    assert body["action"] == "suggest" and body["occupations"]
    assert not cited(body, "course", "programme"), body["citations"]
    assert not body["profile"]["wishes"]                                # "I want a job" names no direction
    body = person.press("courses")                  # asked explicitly: then courses
    assert body["action"] == "courses"
