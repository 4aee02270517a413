"""How an experienced newcomer gets the first job here in their own field (firstjob10, rater26 classes 2 and 6).

Rater26 c4 (en): a software developer with 12 years' experience asked "how do i actually get my first job here? applied
to like 30 jobs, no calls. any programs for newcomers?" and got the entry-level YH programmes «Mjukvaruutvecklare» and
«Javautvecklare»; "i dont need a java course lol… i need to get hired" got «Frontend-utvecklare» and «Backend
Developer». A counsellor answers the job search: Arbetsförmedlingen's support, the programmes for newcomers in the
person's field (Jobbsprånget for engineers, IT and science), a Swedish CV – each a cited curated route – and never a
programme that trains for the work the person has done for years; "I don't need a course" keeps courses out. Through
the real app over the shared test store; the sentences live in phrases/dialogue_firstjob10.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, route_ids, said_all

DEV, FIRST_JOB, NO_COURSE, ENGINEER = said_all(
    "firstjob10_dev_story", "firstjob10_first_job", "firstjob10_no_course", "firstjob10_engineer")
#: Arbetsförmedlingen's job-search support and the Swedish CV: for anyone looking for work in their field.
JOB_SEARCH = "route:af_rusta_matcha"
CV = "route:cv_sverige"
#: IVA's internship programme for newcomer academics in engineering, IT, science and business.
JOBBSPRANGET = "route:jobbspranget"


def _education(body: dict) -> list[str]:
    """The courses and programmes the answer offers (none belongs in a job-search answer)."""
    return [c["id"] for c in cited(body, "programme", "course")]


@pytest.mark.parametrize("locale", ALL)
def test_how_do_i_get_my_first_job_gets_the_job_search_path_not_courses(person, locale):
    """c4 T3: the job-search path for a developer with 12 years, with the newcomers' programme of his field."""
    person.say(DEV[locale])
    body = person.say(FIRST_JOB[locale])
    routes = route_ids(body)
    assert JOB_SEARCH in routes and JOBBSPRANGET in routes, (locale, body["action"], routes, body["answer"])
    assert not _education(body), (locale, _education(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_i_dont_need_a_course_i_need_to_get_hired_keeps_courses_out(person, locale):
    """c4 T4: "I don't need a (java) course, I need to get hired": the job search again, no programme."""
    person.say(DEV[locale], FIRST_JOB[locale])
    body = person.say(NO_COURSE[locale])
    routes = route_ids(body)
    assert not _education(body), (locale, _education(body), body["answer"])
    assert CV in routes or JOB_SEARCH in routes, (locale, body["action"], routes, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_an_engineer_asking_how_to_find_work_in_his_field_gets_the_job_search_path(person, locale):
    """The same rule for another field and other words: a civil engineer with 10 years abroad."""
    body = person.say(ENGINEER[locale])
    routes = route_ids(body)
    assert JOB_SEARCH in routes and JOBBSPRANGET in routes, (locale, body["action"], routes, body["answer"])
    assert not _education(body), (locale, _education(body), body["answer"])
