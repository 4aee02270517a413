"""Alternatives that honour what was said (rater13, 2.2/5: faults 1, 5 and 6).

The counsellor's findings: a hairdresser told to leave her work by her doctor asked "what else can I work with?"
and got the Swedish requirements and allergens of hairdressing; a taxi driver who cannot work nights asked which
daytime job is better and got "the sources say nothing about night work for taxi"; a nurse on her way to the
licence asked what to work as meanwhile and got "Officer" first. Now, in all 8 languages:

- "what else can I work with?" after one's own work and a reason to leave it asks for other occupations: a list,
  the person's own SSYK groups left out, the turn away kept in the profile;
- "I can't work nights, which daytime job is better?" asks for suggestions too (not the conditions of one
  occupation), and the limit is kept in the profile;
- work "meanwhile" is work reachable now: SSYK major groups 4-9 (at most upper-secondary level, SCB's SSYK 2012),
  not an officer (0), a security adviser (3) or the nurse's own licensed work (2).
Through the real app over the shared test store; the sentences live in phrases/dialogue_alt13.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, constraint_values, groups, said_all

LEAVE, DAY_JOB, NURSE_MEANWHILE = said_all("alt13_leave_own_work", "alt13_day_job_which", "alt13_nurse_meanwhile")
#: SSYK 2012 major groups whose work asks at most upper-secondary education (assistant/alternatives.py).
REACHABLE_NOW = tuple("456789")
HOURS = {"night", "daytime"}


def _own_groups(body: dict) -> set[str]:
    return {e.get("ssyk_code") or "" for e in body["profile"]["experiences"]} - {""}


@pytest.mark.parametrize("locale", ALL)
def test_what_else_after_leaving_ones_work_lists_other_work_then_daytime_work(person, locale):
    body = person.say(LEAVE[locale])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    own = _own_groups(body)
    assert own, (locale, body["profile"]["experiences"])
    assert not own & set(groups(body)), (locale, own, groups(body))
    assert "change_field" in constraint_values(body, "other"), (locale, body["profile"]["constraints"])
    body = person.say(DAY_JOB[locale])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert HOURS & set(constraint_values(body, "limitation")), (locale, body["profile"]["constraints"])
    assert not own & set(groups(body)), (locale, own, groups(body))


@pytest.mark.parametrize("locale", ALL)
def test_meanwhile_work_is_reachable_now_and_days_only_is_kept(person, locale):
    body = person.say(NURSE_MEANWHILE[locale])
    assert body["action"] == "suggest" and body["occupations"], (locale, body["action"], body["answer"])
    far = [(o["label"], o.get("ssyk_code")) for o in body["occupations"]
           if not (o.get("ssyk_code") or "").startswith(REACHABLE_NOW)]
    assert not far, (locale, far)
    assert HOURS & set(constraint_values(body, "limitation")), (locale, body["profile"]["constraints"])
