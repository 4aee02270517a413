"""A person with no work history and little or no schooling asks what work they can get (entry18; rater30 classes 3
and 4, so c07, left by words17).

The counsellor's findings, as kinds of failure (own sentences, not theirs): a mother who never went to school and
reads poorly asked "what work can I do?" and got "I have no other jobs to suggest" (and, after words17, a question
back); "no cleaning, my back hurts, anything else?" got the same dead end. A counsellor names reachable entry work
(kitchen help, personal assistant, warehouse, …) with SFI alongside and the paid ways in.
Now, in all 8 languages: with no work and no wish to start from, the answer is a list of entry work – work of SSYK
2012's major group 9 (short training or an introduction at work) first, never office work – and the paid ways in
(a job that teaches the trade, an apprenticeship, Arbetsförmedlingen's training) after it, cited; a refusal of
cleaning and a bad back leave entry work to name, never "no other jobs".
Through the real app over the shared test store; the sentences live in phrases/dialogue_entry18.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, listed, route_ids, said_all, wording_start

STORY, WHAT_WORK, NOT_CLEANING = said_all("entry18_story", "entry18_what_work", "entry18_not_cleaning")
#: SSYK 2012 major group 9: "Yrken med krav på kortare utbildning eller introduktion".
ENTRY = "9"
#: Managers, university-level work, technicians and office work: no idea for someone who reads poorly.
BOOK_WORK = ("1", "2", "3", "4")
#: The paid ways into work without a school bench first.
WAYS_IN = {"route:yrkesintroduktion", "route:komvux_larling", "route:arbetsmarknadsutbildning",
           "route:af_rusta_matcha", "route:kombinationsutbildning"}
#: Cleaners and other cleaning work (SSYK 2012 911 and 912).
CLEANING = ("911", "912")


@pytest.mark.parametrize("locale", ALL)
def test_no_work_no_schooling_what_work_gets_entry_work_then_the_ways_in(person, locale):
    person.say(STORY[locale])
    body = person.say(WHAT_WORK[locale])
    shown = listed(body)
    assert len(set(shown)) >= 2, (locale, shown, body["answer"])
    assert shown[0].startswith(ENTRY), (locale, shown, body["answer"])
    assert not [g for g in shown if g.startswith(BOOK_WORK)], (locale, shown)
    assert set(route_ids(body)) & WAYS_IN, (locale, route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_no_cleaning_and_a_bad_back_still_leaves_entry_work(person, locale):
    person.say(STORY[locale])
    person.say(WHAT_WORK[locale])
    body = person.say(NOT_CLEANING[locale])
    assert not body["answer"].lstrip().startswith(wording_start(locale, "followup.no_more", 12)), (locale, body["answer"])
    shown = listed(body)
    assert not [g for g in shown if g.startswith(CLEANING)], (locale, shown, body["answer"])
    assert not [g for g in groups(body) if g.startswith(BOOK_WORK)], (locale, groups(body))
