"""What studying costs, who pays it, and studying beside a job (rater13, 2.2/5: faults 1 and 7).

The counsellor's findings: "how long does it take and how much does it cost? I don't have much money" (Dari) got the
taxi driver's salary and "I did not find the occupation «پیسه» (money)"; "can Arbetsförmedlingen or Komvux pay? I have
no money" (Somali) got the bus driver's salary; "can I study part time and work at the same time? I need a salary,
family" got "not in my sources" and "I did not find the occupation «familj»". Now, in all 8 languages:

- a question about cost or who pays is the cost answer (action ``rights``; with "how long" the lengths first, action
  ``courses``): Komvux and SFI free by the Education Act, Arbetsförmedlingen's labour-market training free (the
  case officer decides), cited to those pages – never salary statistics, and the money word is no occupation's name;
- a question about studying beside a job cites the study-leave law and CSN's studiemedel (from half pace), never "not in
  my sources", and the family word is no occupation's name;
- "what are the steps, how long does it all take?" after the way into a licensed trade gets the route's steps, cited
  to the authority that decides (with the times it states), never only "my sources state no length".
Through the real app over the shared test store; the sentences live in phrases/dialogue_costtime13.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, Person, cited, route_ids, said_all

WHO_PAYS, STUDY_WORK, LICENCE_FIRST, STEPS = said_all(
    "costtime13_who_pays", "costtime13_study_work", "costtime13_licence_first", "costtime13_steps_how_long")
FREE = {"route:komvux_avgiftsfri", "route:arbetsmarknadsutbildning"}
BESIDE_A_JOB = {"route:studieledighet", "route:studiemedel"}
#: Everyday words of the questions that were read as occupations' names.
NOT_NAMES = ("پیسه", "lacag", "грош", "pengar", "money", "فلوس", "ገንዘብ", "familj", "family", "عائلة", "qoys", "ስድራ",
             "فامیل", "сім'я")
#: What the cost answer may be: the cost answer, or the lengths asked beside it ("how long and what does it cost?").
COST_ACTIONS = ("rights", "courses")


def _salary(body: dict) -> list[str]:
    return [c["title"] for c in cited(body, "statistics") if "Lönestatistik" in c["title"]]


def _echoed(body: dict) -> list[str]:
    return [w for w in NOT_NAMES if f"«{w}" in body["answer"].casefold()]


@pytest.mark.parametrize("locale", ALL)
def test_cost_and_study_beside_a_job_are_answered_from_the_pages_that_decide(client, locale):
    for says, wanted, actions in ((WHO_PAYS, FREE, COST_ACTIONS), (STUDY_WORK, BESIDE_A_JOB, ("rights",))):
        body = Person(client, locale).say(says[locale])  # (each question from someone new)
        assert body["action"] in actions, (locale, body["action"], body["answer"])
        ids = set(route_ids(body))
        assert wanted <= ids, (locale, ids, body["answer"])
        assert not _salary(body), (locale, _salary(body))
        assert not _echoed(body), (locale, _echoed(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_the_steps_and_how_long_are_the_routes_steps_cited_to_its_authority(person, locale):
    body = person.say(LICENCE_FIRST[locale], STEPS[locale])
    assert body["action"] not in ("salary", "more", "unknown_occupation"), (locale, body["action"])
    assert cited(body, "regulated_profession"), (locale, body["answer"])
    steps = [line for line in body["answer"].splitlines() if line.lstrip().startswith(("-", "•"))]
    assert len(steps) >= 3, (locale, body["answer"])
