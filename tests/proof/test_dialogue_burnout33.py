"""A trade refused after burnout, and calmer work with fewer people wished for (issue 10; burnout33).

The fault (the lead's widget run, rater39): a Swedish teacher of 52, burnt out, wrote that she cannot go back to the
classroom and wants something calmer with fewer people; the answer suggested teaching, then a personal assistant –
work with people all day. A counsellor hears two things: the own trade is refused (it stays work done, whose skills
carry over, but is never the way forward), and calm work with few people, at one's own pace, is a condition on every
direction. Now, in all 8 languages, for a teacher, an assistant nurse and a telephone seller in a call centre:

- the own work stays in the profile as work done, and no suggestion is of its SSYK group;
- the wish is the limitation ``calm`` in the profile: no suggestion is of the groups whose work is people all day
  (teaching, health and care, social work, selling and customer service: retrieval/subject_demands.yaml ``calm``);
- the answer says it heard both: that the person wants to leave the trade (``heard.leave_own``) and that work with
  many people was left out (``limitation.calm``).
Through the real app over the shared test store; the sentences live in phrases/dialogue_burnout33.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, constraint_values, listed, said_all, wording_start

TEACHER, NURSE, CALLCENTRE = said_all("burnout33_teacher", "burnout33_nurse", "burnout33_callcentre")
#: SSYK 2012 groups whose work is people all day (a test-side core of the data's list): teachers and pedagogues,
#: nurses, social work and treatment assistants, shop and telephone selling, customer service and telephonists, care.
PEOPLE_ALL_DAY = ("232", "233", "234", "235", "222", "223", "266", "3411", "52", "4222", "4223", "53")


def _own_groups(body: dict) -> set[str]:
    return {e.get("ssyk_code") or "" for e in body["profile"]["experiences"]} - {""}


@pytest.mark.parametrize("locale", ALL)
@pytest.mark.parametrize("story,own", [(TEACHER, ("23",)), (NURSE, ("53", "222")), (CALLCENTRE, ("52", "42"))],
                         ids=["teacher", "nurse", "callcentre"])
def test_a_trade_refused_after_burnout_and_calm_work_wished(person, locale, story, own):
    body = person.say(story[locale])
    shown = listed(body)
    done = _own_groups(body)
    assert done and all(g.startswith(own) for g in done), (locale, done, body["profile"]["experiences"])
    assert not set(shown) & done, (locale, shown, done, body["answer"])
    assert "calm" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert not [g for g in shown if g.startswith(PEOPLE_ALL_DAY)], (locale, shown, body["answer"])
    assert wording_start(locale, "heard.leave_own") in body["answer"], (locale, body["answer"])
    assert str(lookup(locale, "limitation.calm")) in body["answer"], (locale, body["answer"])
