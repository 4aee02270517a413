"""A pupil of 19 on the language introduction programme gets a pupil's guidance (rater15; rated 2/5).

The counsellor's findings: "can I work part-time beside school?" got study leave (an employee's right: a pupil is
on leave from nothing); "what do I need for a national programme?" got no grades and no age limit; the pupil got
the employment service's steps. Now, in all 8 languages:

- "I go to språkintro" makes a pupil (``age`` constraint ``pupil``), the age told kept beside it;
- a pupil's work question is answered for a pupil: work beside school is allowed, the municipalities' summer jobs
  (cited), and under 18 Arbetsmiljöverket's rules for minors (not said to a 19-year-old); never study leave, never
  the employment service;
- "which grades for a national programme, am I too old?" is answered with the grades a national programme needs
  (Skolverket) and the age limit of the Education Act (after it, Komvux), with the school's counsellor.
Through the real app over the shared test store; the sentences live in phrases/dialogue_pupil15.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraint_values, route_ids, said_all

WORK, PROGRAMME = said_all("pupil15_intro_work", "pupil15_national_programme")
#: Routes for employees and adult job seekers, never a pupil's answer to a work question.
ADULT = ("route:studieledighet", "route:af_", "route:arbetsmarknadsutbildning", "route:yrkesintroduktion",
         "route:omstallning")


def _a_pupil(body: dict) -> None:
    ages = constraint_values(body, "age")
    assert "pupil" in ages and "19" in ages, body["profile"]["constraints"]
    ids = route_ids(body)
    assert not [r for r in ids if r.startswith(ADULT)], (ids, body["answer"])
    assert "arbetsformedlingen.se" not in body["answer"].casefold(), body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_a_pupil_asking_to_work_beside_school_hears_what_applies_to_a_pupil(person, locale):
    body = person.say(WORK[locale])
    _a_pupil(body)
    ids = route_ids(body)
    assert body["action"] == "rights", (body["action"], body["answer"])
    assert "route:feriejobb_kommun" in ids, (ids, body["answer"])
    assert "route:minderarig_arbete" not in ids, ids  # 19: the rules for minors are not hers


@pytest.mark.parametrize("locale", ALL)
def test_grades_and_age_for_a_national_programme_are_answered_with_the_law(person, locale):
    body = person.say(WORK[locale], PROGRAMME[locale])
    _a_pupil(body)
    ids = route_ids(body)
    assert body["action"] == "rights", (body["action"], body["answer"])
    assert {"route:gy_behorighet", "route:gy_aldersgrans", "route:syv_elev"} <= set(ids), (ids, body["answer"])
