"""Work told in the present by someone who lives here is work here; "I must become X" is a goal (lead, rater37 new03).

A care worker from Poland who lives in Örebro and "works in home care for 7 years" had her seven years read as work in
Poland (the country of the message, carried to every statement naming no place: abroad.carry_origin), so she was sent
to Socialstyrelsen's "trained outside Sweden" page to apply "with the education you have". Present-tense work of a
person who says where in Sweden they live stays here (cues.yaml ``working_now``). Her boss's "you must become an
undersköterska" was read as nursing work she had done: a title one must become is a wish. And (the lead's widget
conversation, Somali) a young person of 20 asking to start gymnasiet again hears its age limit, then Komvux. Real app,
8 languages.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

WORKS_HERE, BOSS_SAYS = said_all("lead29_works_here_now", "lead29_boss_says_become")
ABROAD_PAGE = "utbildad-utanfor-sverige"
ASSISTANT_NURSE = "532"  # SSYK 5321/5323: undersköterskor


@pytest.mark.parametrize("locale", ALL)
def test_work_now_by_someone_living_here_is_work_here(person, locale):
    body = person.say(WORKS_HERE[locale])
    work = body["profile"]["experiences"]
    assert work, (locale, body["profile"])
    assert not [e for e in work if e.get("abroad")], (locale, [(e["occupation"]["label"], e.get("country")) for e in work])
    assert ABROAD_PAGE not in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_title_the_boss_says_one_must_become_is_a_goal_not_work_done(person, locale):
    body = person.say(BOSS_SAYS[locale])
    work = body["profile"]["experiences"]
    assert not [e for e in work if (e.get("ssyk_code") or "").startswith(ASSISTANT_NURSE)], (locale, work)
    wished = [w for w in body["profile"]["wishes"] if w.get("concept")]
    assert any((w.get("ssyk_code") or "").startswith(ASSISTANT_NURSE) or "sköterska" in w["concept"]["label"]
               for w in wished), (locale, body["profile"]["wishes"], body["answer"][:400])
    assert ABROAD_PAGE not in body["answer"], (locale, body["answer"])


(RESTART,) = said_all("lead29_restart_gymnasium")
AGE_LIMIT = "route:gy_aldersgrans"


@pytest.mark.parametrize("locale", ALL)
def test_restarting_gymnasiet_at_20_hears_the_age_limit_and_komvux(person, locale):
    body = person.say(RESTART[locale])
    ids = route_ids(body)
    assert AGE_LIMIT in ids, (locale, body["action"], ids, body["answer"][:500])
    assert "Komvux" in body["answer"], (locale, body["answer"][:500])
