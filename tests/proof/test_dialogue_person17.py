"""Facts a person states about themselves are honoured (rater16 conv3, person17).

The counsellor's findings: a 24-year-old who "works in a warehouse in Jönköping and hates it" was offered
Lagerarbetare, Terminalarbetare and Truckförare first, and when he asked what studying costs, studiestartsstöd
(CSN: ages 25–56) was presented as if it applied to him. Now, in all 8 languages:

- hating one's current work, being sick of it, not standing it, is a refusal of that work: its family
  (SSYK 432, warehouse and terminal staff) is left out, the work stays the person's experience, the refusal is in
  the profile and the answer says it heard the wish to leave that work (``heard.leave_own``);
- an adult's age told in passing ("e 24", "im 24", "عمري ٢٤", "24 jir", "мені 24") is kept in the profile, and a
  right limited by age (studiestartsstöd, 25–56) is not presented as applying: either left out, or said to be not
  for them, with the age range (``rights.not_for_you_age``).
Through the real app over the shared test store; the sentences live in phrases/dialogue_person17.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, LIST_ACTIONS, constraints, groups, said_all, wording_start

HATE_OWN_WORK, AGE_24, STUDY_COST = said_all("person17_hate_own_work", "person17_age_24", "person17_study_cost")
WAREHOUSE = ("432",)
STUDY_START_URL = "csn.se/bidrag-och-lan/studiestod/studiestartsstod"


@pytest.mark.parametrize("locale", ALL)
def test_hating_the_work_one_does_leaves_that_work_out(person, locale):
    body = person.say(HATE_OWN_WORK[locale])
    assert body["action"] in LIST_ACTIONS, (locale, body["action"], body["answer"])
    shown = groups(body)
    assert shown, (locale, body["answer"])
    assert not [g for g in shown if g.startswith(WAREHOUSE)], (locale, body["occupations"], body["answer"])
    assert any((e.get("ssyk_code") or "").startswith(WAREHOUSE) for e in body["profile"]["experiences"]), (
        locale, body["profile"]["experiences"])
    assert constraints(body, "avoid"), (locale, body["profile"]["constraints"])
    assert wording_start(locale, "heard.leave_own") in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_an_age_told_in_passing_is_kept_and_an_age_limited_grant_is_not_offered_outside_it(person, locale):
    person.say(AGE_24[locale])
    body = person.say(STUDY_COST[locale])
    assert [c["value"] for c in constraints(body, "age")] == ["24"], (locale, body["profile"]["constraints"])
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    if any(STUDY_START_URL in (c.get("url") or "") for c in body["citations"]):
        not_for_you = str(lookup(locale, "rights.not_for_you_age")).split("{title}")[1].split("{")[0].strip()
        answer = re.sub(r"\s*\[\d+\]", "", body["answer"])  # (each sentence's citation marks left out)
        assert not_for_you in answer and "24" in answer, (locale, body["answer"])
