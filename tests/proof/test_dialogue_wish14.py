"""A condition of the work is no wished occupation (rater28 class 1).

Words that describe the KIND of work wanted – pay ("paid work", «shaqo mushahar leh», «شغل براتب»), hours ("a day
job", «ett dagjobb»), contract, place – are conditions, never a wish: rater28 c01 got Ekonomiassistent and
Redovisningsassistent for "paid work", c07 VA-ingenjör for "a day job", both said to be "what you want to work with".
A wish needs an occupation or a field the person named; hours go to the daytime limitation; pay links nothing. And a
field named beside one's own work and Swedish level ("I work in IT support, I want to move into healthcare, my Swedish
is B1, what are my options?", rater28 c06) stays the wish: health care is listed, not IT support's Swedish demands.

Through the real app over the shared test store, in all 8 languages; the sentences live in
phrases/dialogue_wish14.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import (
    ALL,
    LIST_ACTIONS,
    constraint_values,
    constraints,
    groups,
    said_all,
    wished_groups,
    wording_literal,
)

PAID, WAREHOUSE, DAY_JOB, IT_TO_HEALTH = said_all(
    "wish14_paid_work", "wish14_warehouse", "wish14_day_job", "wish14_it_to_health")
#: SSYK groups of accounting and finance work (what «mushahar», salary, was linked to).
ACCOUNTING = ("411", "241", "331", "3313")
#: Health and care work: health professionals, health associates, care workers.
HEALTH = ("22", "32", "53")
#: "it is what you want to work with" (and its all-of-them form): said only of work the person named.
WISH_SAID = ("reasons.wish", "reasons.all_wish")


def _wish_said(locale: str, body: dict) -> list[str]:
    return [k for k in WISH_SAID if wording_literal(locale, k) in body["answer"]]


@pytest.mark.parametrize("locale", ALL)
def test_paid_work_is_no_wished_occupation(person, locale):
    body = person.say(PAID[locale])
    assert not wished_groups(body), (locale, body["profile"]["wishes"])
    assert not constraints(body, "avoid"), (locale, body["profile"]["constraints"])  # missing papers refuse nothing
    assert not _wish_said(locale, body), (locale, body["answer"][:400])
    shown = groups(body)
    assert not (shown and shown[0].startswith(ACCOUNTING)), (locale, shown, body["answer"][:400])


@pytest.mark.parametrize("locale", ALL)
def test_a_day_job_is_a_daytime_condition_not_an_engineer(person, locale):
    body = person.say(WAREHOUSE[locale], DAY_JOB[locale])
    wished = wished_groups(body)
    assert not [g for g in wished if g.startswith(("2", "31"))], (locale, body["profile"]["wishes"])
    assert not _wish_said(locale, body), (locale, body["answer"][:400])
    limits = set(constraint_values(body, "limitation"))
    assert limits & {"daytime", "night"}, (locale, body["profile"]["constraints"])


@pytest.mark.parametrize("locale", ALL)
def test_healthcare_wished_beside_it_support_and_swedish_level_is_listed(person, locale):
    body = person.say(IT_TO_HEALTH[locale])
    assert body["action"] in LIST_ACTIONS, (locale, body["action"], body["answer"][:400])
    shown = groups(body)
    assert shown and shown[0].startswith(HEALTH), (locale, shown, body["answer"][:400])
