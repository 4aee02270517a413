"""Schooling that stops below the gymnasium puts reachable work first (rater24 c4, Somali, 24, Göteborg).

She had never worked and liked children and helping people; told "I finished SFI but not the gymnasium", the next
list began with Speciallärare, a second university degree, and her schooling changed nothing. A counsellor goes on
with work reached from Komvux or on the job (barnskötare, elevassistent …), and keeps at most one long university
route in view; or says, cited, that Komvux is where adults finish the gymnasium. In all 8 languages, through the
real app over the shared test store; the sentences live in phrases/dialogue_school7.yaml and dialogue_mend21.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, groups, route_ids, said_all

STORY, SFI_NOT_GYMNASIUM = said_all("school7_no_work_likes_children", "mend21_sfi_not_gymnasium")


@pytest.mark.parametrize("locale", ALL)
def test_without_a_gymnasium_the_next_list_is_reachable_work_first(person, locale):
    person.say(STORY[locale])
    body = person.say(SFI_NOT_GYMNASIUM[locale])
    if not body["occupations"]:  # (what Komvux offers for finishing the gymnasium, cited, answers it too)
        assert "route:komvux" in route_ids(body), (body["action"], route_ids(body), body["answer"])
        return
    assert body["action"] in LIST_ACTIONS, (body["action"], body["answer"])
    codes = groups(body)
    assert not codes[0].startswith("2"), (locale, codes, body["answer"])
    assert sum(c.startswith("2") for c in codes) <= 1, (locale, codes)
