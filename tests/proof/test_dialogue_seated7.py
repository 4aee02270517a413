"""Work where one sits more, asked after a list, is a list of seated work (lead's conversation, 2026-12-05).

A warehouse worker of twenty years whose back no longer holds got seated logistics office work first; then "what jobs
are there where you sit more?" was answered with movers, telescopic-handler and tractor drivers: the next of the list
matched from his warehouse work, filtered only where a source happens to name heavy lifting. A counsellor goes on with
seated work: the next lighter occupations nearest his own field, each described by its own cited data as office or
seated work, none shown before and none of the heavy groups. In all 8 languages, through the real app over the
shared test store; the sentences live in phrases/dialogue_seated7.yaml and phrases/dialogue_lighter16.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, groups, said_all, shown_ids, wording_start

DONE, = said_all("lighter16_warehouse_done_back")
SIT_MORE, = said_all("seated7_sit_more")
#: Warehouse and terminal staff (4321, 4322), truck drivers (834), freight handlers, movers and packers (93).
HEAVY = ("4321", "4322", "834", "93")
#: The reasons the lighter work is given for (office or seated work, near the work named or not).
LIGHT_REASONS = ("reasons.lighter", "reasons.lighter_near", "reasons.all_lighter", "reasons.all_lighter_near")


@pytest.mark.parametrize("locale", ALL)
def test_work_where_one_sits_more_after_a_list_is_seated_work(person, locale):
    first = person.say(DONE[locale])
    body = person.say(SIT_MORE[locale])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(HEAVY)], (groups(body), body["answer"])
    assert not set(shown_ids(body)) & set(shown_ids(first)), (shown_ids(first), shown_ids(body))
    said = [wording_start(locale, k, 14) for k in LIGHT_REASONS]
    assert any(s in body["answer"] for s in said), body["answer"]


SALARY, NEARBY = said_all("seated7_salary_one", "seated7_course_nearby")


@pytest.mark.parametrize("locale", ALL)
def test_training_for_this_nearby_is_a_courses_question_about_the_work_in_focus(person, locale):
    """"Is there training for this nearby?" after a salary answer: "nearby" is where, never an occupation's name
    (it became the unknown occupation «närheten»); the question is about the work just spoken of."""
    person.say(DONE[locale])
    person.say(SIT_MORE[locale])
    pay = person.say(SALARY[locale])
    body = person.say(NEARBY[locale])
    assert body["action"] not in ("unknown_occupation", "which_occupation", "clarify"), (body["action"], body["answer"])
    assert body["action"] == "courses", (pay["action"], body["action"], body["answer"])
