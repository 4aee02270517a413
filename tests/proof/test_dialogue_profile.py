"""What goes into the profile, from the person's side (rater4 item 9): a question never adds work
experience, a school year makes a pupil whose school is in progress (the gymnasium they name is what
they will choose), and years of work are read in every language (number words, digits, "since")."""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import cited, said, said_all, wording_start

(TWO_SALARIES, SCHOOL_YEAR, NAMES_GYMNASIUM, TWELVE_YEARS, SINCE, STUDENT) = said_all(
    "asks_two_salaries", "pupil_school_year", "pupil_names_gymnasium", "twelve_years_bookkeeping",
    "bookkeeping_since", "student_now")


NO_MARK = said("asks_without_mark")


@pytest.mark.parametrize(("locale", "situation"), [(loc, TWO_SALARIES) for loc in TWO_SALARIES]
                         + [(loc, NO_MARK) for loc in NO_MARK])
def test_a_question_adds_no_work_experience(person, locale, situation):
    body = person.say(situation[locale])
    profile = body["profile"]
    assert not profile["experiences"] and not profile["wishes"], (profile["experiences"], profile["wishes"])


@pytest.mark.parametrize("locale", list(SCHOOL_YEAR))
def test_a_school_year_is_a_pupil_in_compulsory_school(person, locale):
    profile = person.say(SCHOOL_YEAR[locale])["profile"]
    ages = [c["value"] for c in profile["constraints"] if c["kind"] == "age"]
    assert ages == ["pupil"], profile["constraints"]          # the year at school is no age
    assert [(e["label"], e["in_progress"]) for e in profile["education"]] == [("grundskola", True)], \
        profile["education"]


@pytest.mark.parametrize("locale", list(NAMES_GYMNASIUM))
def test_the_gymnasium_a_pupil_names_is_not_education_attained(person, locale):
    profile = person.say(*NAMES_GYMNASIUM[locale])["profile"]
    attained = [e["label"] for e in profile["education"] if not e["in_progress"]]
    assert not attained, profile["education"]
    assert any(e["label"] == "grundskola" and e["in_progress"] for e in profile["education"]), profile["education"]


@pytest.mark.parametrize("locale", list(TWELVE_YEARS))
def test_years_of_work_in_words_and_digits(person, locale):
    profile = person.say(TWELVE_YEARS[locale])["profile"]
    assert profile["experiences"], profile
    assert {e["years"] for e in profile["experiences"]} == {12.0}, profile["experiences"]


@pytest.mark.parametrize("locale", list(SINCE))
def test_years_of_work_since_a_year(person, locale):
    profile = person.say(SINCE[locale])["profile"]
    assert profile["experiences"], profile
    assert all(e["years"] and e["years"] >= 10 for e in profile["experiences"]), profile["experiences"]


@pytest.mark.parametrize("locale", list(STUDENT))
def test_a_student_has_higher_education_in_progress(person, locale):
    profile = person.say(STUDENT[locale])["profile"]
    assert [(e["sun_level"], e["in_progress"]) for e in profile["education"]] == [("5", True)], profile["education"]


WAREHOUSE, DENTIST, DEGREE, SWEDE = said_all(
    "warehouse_here_no_degree", "dentist_from_abroad", "degree_from_abroad", "swede_warehouse_story")


def _steps(body: dict, locale: str) -> tuple[bool, bool]:
    """(UHR step said, SFX step said) in the answer."""
    answer = body["answer"]
    return wording_start(locale, "next.uhr", 25) in answer, wording_start(locale, "next.sfx", 25) in answer


@pytest.mark.parametrize("locale", list(WAREHOUSE))
def test_no_uhr_sfx_or_licence_offer_for_warehouse_work_in_sweden(person, locale):
    body = person.tell(WAREHOUSE[locale])
    assert wording_start(locale, "next.af", 25) in body["answer"], body["answer"]   # the steps were given
    assert _steps(body, locale) == (False, False), body["answer"]
    assert lookup(locale, "quick.licence") not in body["suggestions"], body["suggestions"]


@pytest.mark.parametrize("locale", list(DENTIST))
def test_a_dentist_from_abroad_hears_of_sfx_and_may_ask_about_the_licence(person, locale):
    body = person.tell(DENTIST[locale])
    assert _steps(body, locale) == (False, True), body["answer"]       # Socialstyrelsen, not UHR, assesses
    assert lookup(locale, "quick.licence") in body["suggestions"], body["suggestions"]


@pytest.mark.parametrize("locale", list(DEGREE))
def test_a_degree_from_abroad_hears_of_uhr(person, locale):
    body = person.tell(DEGREE[locale])
    assert _steps(body, locale)[0], body["answer"]


@pytest.mark.parametrize("locale", list(SWEDE))
def test_no_languages_question_for_someone_writing_swedish(person, locale):
    body = person.tell(SWEDE[locale])
    assert lookup(locale, "ask.language") not in body["answer"], body["answer"]


BOOKKEEPER = said("bookkeeper_in_uppsala")
DENTIST_NURSE_JOBS = said("dentist_asks_dental_nurse_jobs")


@pytest.mark.parametrize("locale", list(BOOKKEEPER))
def test_a_demand_answer_reads_the_counts(person, locale):
    person.tell(BOOKKEEPER[locale])
    body = person.press("demand")
    assert body["action"] == "demand", body["answer"]
    answer = body["answer"]
    ranked = [k for k in ("demand.rank_many", "demand.rank_few") if wording_start(locale, k, 20) in answer]
    region = [k for k in ("demand.region_more", "demand.region_less", "demand.region_same")
              if wording_start(locale, k, 20) in answer]
    assert ranked and region, answer                         # against all groups, and the län against the country
    assert wording_start(locale, "demand.no_forecast", 20) in answer, answer   # no forecast: said plainly
    assert cited(body, "statistics"), body["citations"]


@pytest.mark.parametrize("locale", list(DENTIST_NURSE_JOBS))
def test_a_demand_answer_points_to_the_ad_that_names_the_persons_work(person, locale):
    body = person.say(*DENTIST_NURSE_JOBS[locale])
    assert body["action"] == "demand" and body["occupations"][0]["ssyk_code"] == "5350", body["answer"]
    assert wording_start(locale, "demand.ad_background", 15) in body["answer"], body["answer"]
    assert cited(body, "ad") and cited(body, "statistics"), body["citations"]


DEGREE_LATER = said("degree_said_later")


@pytest.mark.parametrize("locale", list(DEGREE_LATER))
def test_a_degree_said_later_brings_the_uhr_step_then(person, locale):
    first, then = DEGREE_LATER[locale]
    body = person.tell(first)
    assert not _steps(body, locale)[0], body["answer"]          # no education named yet: nothing to assess
    body = person.say(then)
    assert any(e["abroad"] for e in body["profile"]["education"]), body["profile"]["education"]
    assert _steps(body, locale)[0], body["answer"]
    assert wording_start(locale, "next.af", 25) not in body["answer"], body["answer"]   # the rest not again
