"""Education that fits the person, and the route into the occupation (issue 10, items 5 and 6).

Conversations through the real FastAPI app (``POST /v1/chat?stream=false``) over the real service and
the shared test store, carried client-side as widget.js does; assertions on the cited ids and kinds:

- someone without training in a trade is never offered its further steps (specialist, supervisor,
  continuation courses), whatever language they write;
- an education answer for an occupation first gives its own route, cited: the regulated licence or
  protected title, the adult vocational training to it, the industry's trade certificate, validation for
  someone who has done the work, the university degree for a licensed profession; then at most three
  courses;
- someone who wants no education now hears of none.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import Person, cited, said, said_all

#: What makes a course a further step of a trade (the rule is retrieval/education_level.py; this is the
#: person's view of it: no title a beginner could not start).
FURTHER_STEP = re.compile(r"specialist(?:utbildad|[a-zåäö]*sköterska)|handledare|fördjupning|påbyggnad|vidareutbildning",
                          re.I)
EDUCATION = ("course", "programme")
CARE_ABROAD, MASON, VET, PHARMACIST, NO_STUDY = said_all(
    "care_work_abroad", "mason_story", "pupil_vet", "pharmacist_abroad", "mason_no_study")


def ids(body: dict) -> set[str]:
    return {c["id"] for c in body["citations"]}


def education_answer(person: Person, story: str, question: str | None, *, code: str) -> dict:
    """The answer to an education question (the widget's quick reply when ``question`` is None) after the
    person's story; it must be about SSYK group ``code``."""
    person.say(story)
    body = person.say(question) if question else person.press("courses")
    assert body["action"] == "courses", body["answer"]
    assert body["occupations"] and body["occupations"][0]["ssyk_code"] == code, body["occupations"]
    return body


@pytest.mark.parametrize("locale", list(CARE_ABROAD))
def test_a_care_worker_trained_abroad_gets_the_route_to_the_title_not_specialist_courses(person, locale):
    first = person.say(CARE_ABROAD[locale])
    assert not any(FURTHER_STEP.search(c["title"]) for c in cited(first, *EDUCATION)), cited(first, *EDUCATION)
    body = person.press("courses")
    assert body["action"] == "courses", body["answer"]
    code = body["occupations"][0]["ssyk_code"]
    courses = cited(body, *EDUCATION)
    assert not any(FURTHER_STEP.search(c["title"]) for c in courses), courses
    assert len(courses) <= 3, courses
    assert code.startswith(("532", "533", "222")), body["occupations"]
    if code.startswith("222"):  # read as a nurse: the degree and the licence
        assert "route:hogskola_legitimation_vard" in ids(body), body["citations"]
        return
    assert "route:komvux_vard_omsorg" in ids(body), body["citations"]  # the way to the protected title
    if code in ("5321", "5323"):
        assert any(c["kind"] == "regulated_profession" and "socialstyrelsen" in (c["url"] or "")
                   for c in body["citations"]), body["citations"]
        assert "route:validering" in ids(body), body["citations"]  # she has done the work, abroad


@pytest.mark.parametrize("locale", list(MASON))
def test_a_mason_hears_of_the_trade_certificate_and_validation(person, locale):
    body = education_answer(person, MASON[locale], said("mason_question").get(locale), code="7112")
    assert {"route:yrkesbevis_bygg", "route:validering"} <= ids(body), body["citations"]
    byn = next(c for c in body["citations"] if c["id"] == "route:yrkesbevis_bygg")
    assert byn["url"].startswith("https://www.byggbranschensyrkesnamnd.se/")


@pytest.mark.parametrize("locale", list(VET))
def test_a_pupil_who_wants_to_be_a_vet_is_pointed_to_science_and_the_university(person, locale):
    body = education_answer(person, VET[locale], said("pupil_vet_question").get(locale), code="2250")
    assert "route:hogskola_veterinar" in ids(body), body["citations"]
    assert "route:gy_naturbruk" not in ids(body), body["citations"]
    assert "route:gy_naturvetenskap" in ids(body), body["citations"]


@pytest.mark.parametrize("locale", list(PHARMACIST))
def test_a_pharmacist_trained_abroad_gets_the_licence_route_not_a_lower_programme(person, locale):
    person.say(PHARMACIST[locale])
    body = person.press("courses")
    assert body["action"] == "courses", body["answer"]
    code = body["occupations"][0]["ssyk_code"] if body["occupations"] else None
    assert code in ("2281", "3213"), body["occupations"]
    assert "route:hogskola_legitimation_vard" in ids(body), body["citations"]
    assert any(c["kind"] == "regulated_profession" for c in body["citations"]), body["citations"]
    assert not any("apotekstekniker" in c["title"].casefold() for c in cited(body, *EDUCATION)), body["citations"]
    # Trained abroad: told to apply for the licence with that degree, not that a degree is needed.
    after_title = str(lookup(locale, "route.licensed_degree_trained")).split("{title}")[1][:25]
    assert after_title in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", list(NO_STUDY))
def test_someone_who_wants_no_education_now_hears_of_none(person, locale):
    body = person.say(NO_STUDY[locale])
    assert body["action"] == "suggest", body["answer"]
    assert not cited(body, "course", "programme", "education_route"), body["citations"]


@pytest.mark.parametrize("locale", list(said("mason_short")))
def test_the_education_answer_explains_the_route_the_suggestions_named(person, locale):
    first = person.say(said("mason_short")[locale])
    assert "route:yrkesbevis_bygg" in ids(first), first["citations"]  # named with the suggestion
    body = person.press("courses")
    assert body["action"] == "courses", body["answer"]  # explained now: not a repeat of the first answer
    assert "route:yrkesbevis_bygg" in ids(body), body["citations"]
