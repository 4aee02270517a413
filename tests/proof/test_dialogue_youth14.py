"""A young person who never worked and will not study long (rater14 conv4, fault 2; rated 1/5).

The counsellor's findings: a 19-year-old without a job or a finished gymnasium, who said "vill inte plugga länge"
and "ingenjör e för mycke plugg", was offered Byggnadsingenjör and Elingenjör "because you have done a similar job";
"slutade gymnasiet inte klar" left a refusal of the word "klar" in the profile. Now, in all 8 languages:

- "not done with school", "not sure" (a state of the person) refuse no work: no ``avoid`` constraint;
- an occupation turned down as too much studying ("engineer is too much study") is no work done: no experience,
  a ``no_study`` constraint, and no reason "like work you have done" in the answer;
- with ``no_study`` the suggestions leave out the work of SSYK major groups 1-3 (managers; long or shorter higher
  education, SCB's skill levels 3-4): the ways in are gymnasium, Komvux, apprenticeship or on the job.
Through the real app over the shared test store; the sentences live in phrases/dialogue_youth14.yaml.
"""
from __future__ import annotations

import pytest

from assistant.errors import AssistantError
from tests.dialogue_support import ALL, constraints, groups, said_all, wording_start, work_done

UNSURE_TEEN, TOO_MUCH_STUDY = said_all("youth14_unsure_teen", "youth14_engineer_too_much_study")
#: SSYK 2012 major groups whose usual way in is higher education or a manager's experience.
LONG_STUDY = ("1", "2", "3")
#: The reasons that say the person did this or similar work.
DONE_REASONS = ("reasons.experience", "reasons.experience_again", "reasons.all_experience", "reasons.similar",
                "reasons.similar_again", "reasons.all_similar")


def _done_said(body: dict, locale: str) -> list[str]:
    said = []
    for key in DONE_REASONS:
        try:
            start = wording_start(locale, key, 24)
        except AssistantError:  # (a wording only some locales have)
            continue
        if start and start in body["answer"]:
            said.append(key)
    return said


def _long_study(body: dict) -> list[str]:
    return [g for g in groups(body) if g.startswith(LONG_STUDY)]


@pytest.mark.parametrize("locale", ALL)
def test_a_teen_not_done_and_not_sure_refuses_nothing_and_gets_short_ways_in(person, locale):
    body = person.say(UNSURE_TEEN[locale])
    assert not constraints(body, "avoid"), (locale, constraints(body, "avoid"))
    assert constraints(body, "no_study"), (locale, body["profile"]["constraints"])
    assert not work_done(body), (locale, body["profile"]["experiences"])
    assert body["occupations"], (locale, body["answer"])
    assert not _long_study(body), (locale, groups(body))
    assert not _done_said(body, locale), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_engineering_turned_down_as_too_much_study_is_no_work_done(person, locale):
    body = person.say(TOO_MUCH_STUDY[locale])
    assert not work_done(body), (locale, body["profile"]["experiences"])
    assert constraints(body, "no_study"), (locale, body["profile"]["constraints"])
    assert not _long_study(body), (locale, groups(body))
    assert not _done_said(body, locale), (locale, body["answer"])
