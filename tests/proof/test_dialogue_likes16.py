"""A wish said softly is a wish (link15/limit15 findings; issues 9 and 10).

"thinking about construction work", "i'm interested in working in healthcare", Somali "shaqada dhismaha ayaan
jeclahay" (I like construction work), Dari «دلم میخواد … کار کنم» (my heart wants to work …), Ukrainian «думаю про
роботу на будівництві»: such a sentence names the work the person is drawn to. Before, it was read as a bare liking
with nothing linked, or (Ukrainian) as work already done. Now, in all 8 languages:

- the profile holds a wish in the field's SSYK groups and no work done;
- the occupations shown are from that field.
Read as a wish in all 8 languages (segment.classify_statement); the field word ("construction", «isbitaalka»,
«شفاخانه», «лікарні») reaches the field's occupations through the curated interest topics (retrieval/interest_cues.yaml:
construction, and the places of care in health_body_care; likes17).
Through the real app over the shared test store; the sentences live in phrases/dialogue_likes16.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, said_all

CONSTRUCTION, CARE = said_all("likes16_soft_construction", "likes16_soft_care")
#: building trades, building labourers, construction machine operators
BUILDING = ("71", "931", "8342")
#: nursing and care work, health professionals and associates
CARING = ("53", "22", "32")


def _check(body: dict, field: tuple[str, ...], locale: str) -> None:
    profile = body["profile"]
    assert not profile["experiences"], (locale, profile["experiences"])
    wished = [w.get("ssyk_code") or "" for w in profile["wishes"]]
    assert any(g.startswith(field) for g in wished), (locale, profile["wishes"], profile["interests"])
    shown = groups(body)
    assert shown, (locale, body["answer"])
    assert any(g.startswith(field) for g in shown[:3]), (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_thinking_about_building_work_is_a_wish(person, locale):
    _check(person.say(CONSTRUCTION[locale]), BUILDING, locale)


@pytest.mark.parametrize("locale", ALL)
def test_would_like_care_work_is_a_wish(person, locale):
    _check(person.say(CARE[locale]), CARING, locale)
