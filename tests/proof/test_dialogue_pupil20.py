"""What a person says about themselves steers the suggestions (rater18 class 3).

The counsellor's findings: "likes gaming and building things, but bad at maths" got Elektronikkonstruktör and a
civil engineer; "I don't want to sit in an office all day" then got Systemutvecklare; "which jobs pay well?" got one
occupation's salary; "what should I do for work?" on its own got a bare "what work have you done?". Now, in all 8
languages:

- maths that is hard is the limitation ``maths`` (kept in the profile): work whose cited data is much maths (ESCO
  essential mathematics/physics/statistics of an exact mapping; the science, engineering, finance and software
  SSYK groups) is left out and the answer says why;
- not an office / not a desk all day is the limitation ``office`` (also kept): the office SSYK groups (business and
  administration, IT, clerks, call centres) and design work at a drawing desk are left out, maths still is;
- "which jobs pay well?" after suggestions compares the suggested occupations' salaries, each cited, highest first;
- "what should I do for work?" with nothing known asks what the person has done and what they like.
Through the real app over the shared test store; the sentences live in phrases/dialogue_pupil20.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, cited, constraint_values, groups, said_all

MATHS_STORY, NO_OFFICE, PAY_WELL, WHAT_WORK = said_all(
    "pupil20_gaming_bad_maths", "pupil20_no_office", "pupil20_pay_well", "pupil20_what_work")
#: Much maths: natural scientists, mathematicians and statisticians, civil engineers, engineers and technicians,
#: economists and finance, software developers and game developers.
MATHS = ("211", "212", "214", "241", "2511", "2512", "2513", "311")
#: Office work: business and administration specialists and clerks, IT, lawyers, finance and administrative
#: associates, office clerks, call centres and office receptions.
OFFICE = ("24", "25", "261", "331", "334", "41", "4222", "4223", "4225")


@pytest.mark.parametrize("locale", ALL)
def test_hard_maths_and_no_office_steer_the_suggestions(person, locale):
    body = person.say(MATHS_STORY[locale])
    assert "maths" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["occupations"], (locale, body["answer"])
    assert not [g for g in groups(body) if g.startswith(MATHS)], (locale, body["occupations"])
    assert str(lookup(locale, "limitation.maths")) in body["answer"], (locale, body["answer"])
    body = person.say(NO_OFFICE[locale])
    limits = constraint_values(body, "limitation")
    assert "office" in limits and "maths" in limits, (locale, body["profile"]["constraints"])
    assert not [g for g in groups(body) if g.startswith(MATHS + OFFICE)], (locale, body["occupations"])


def _salary_lines(body: dict) -> list[str]:
    return [c["title"] for c in cited(body, "statistics") if re.search(r"lön|salar", c["title"], re.I)]


@pytest.mark.parametrize("locale", ["sv", "en", "ar", "so"])
def test_which_jobs_pay_well_compares_the_suggestions(person, locale):
    shown = person.tell(MATHS_STORY[locale])["occupations"]
    body = person.say(PAY_WELL[locale])
    assert body["action"] == "salary", (locale, body["answer"])
    assert len(_salary_lines(body)) >= 2, (locale, body["citations"], body["answer"])
    named = [o["label"] for o in shown if o["label"] in body["answer"]]
    assert len(named) >= 2, (locale, [o["label"] for o in shown], body["answer"])


@pytest.mark.parametrize("locale", ["sv", "en", "uk", "fa"])
def test_what_should_i_work_with_asks_what_was_done_and_liked(person, locale):
    body = person.say(WHAT_WORK[locale])
    assert body["action"] == "ask", (locale, body["answer"])
    assert str(lookup(locale, "ask.start")) in body["answer"], (locale, body["answer"])
