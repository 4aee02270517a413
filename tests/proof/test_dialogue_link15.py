"""Interests said beside work survive (issue 9, "interests in a mixed message").

Held-out material found that a person who tells some work history and, in the same message, what they like
("I cleaned offices but I love drawing and computers") got suggestions from the work alone: the interests were lost.
Now, in all 8 languages, such a message keeps both:

- the work is work done in the profile (cleaners 9111; warehouse 4322/9332);
- what the person likes is an interest in the profile;
- the occupations shown include a direction from the interests (drawing/computers: design, art, IT; children:
  childcare, preschool, pupil assistants, leisure), not only the work and its neighbours.
Through the real app over the shared test store; the sentences live in phrases/dialogue_link15.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, said_all

CLEANED_DRAWING, WAREHOUSE_CHILDREN = said_all("link15_cleaned_loves_drawing_computers",
                                               "link15_warehouse_likes_children")
CLEANERS = ("911",)
WAREHOUSE = ("4322", "9332", "9331", "9320")
DRAWING_COMPUTERS = ("2172", "2173", "2179", "2651", "3432", "251", "351")
CHILDREN = ("5311", "5312", "2343", "2342", "2341", "3423", "5325")


def _work_groups(body: dict) -> list[str]:
    return [e.get("ssyk_code") or "" for e in body["profile"]["experiences"]]


@pytest.mark.parametrize("locale", ALL)
@pytest.mark.parametrize("said,work,liked", [(CLEANED_DRAWING, CLEANERS, DRAWING_COMPUTERS),
                                             (WAREHOUSE_CHILDREN, WAREHOUSE, CHILDREN)],
                         ids=["cleaned+drawing", "warehouse+children"])
def test_interests_said_beside_work_survive(person, locale, said, work, liked):
    body = person.say(said[locale])
    assert any(g.startswith(work) for g in _work_groups(body)), (locale, body["profile"]["experiences"])
    assert body["profile"]["interests"], (locale, body["profile"])
    shown = groups(body)
    assert any(g.startswith(liked) for g in shown), (locale, body["occupations"], body["answer"])
