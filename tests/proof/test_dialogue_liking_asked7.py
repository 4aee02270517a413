"""A liking and the question in one sentence get suggestions for that liking (lead's conversation, 2026-12-05).

«بحب الأطفال، شو بناسبني؟» ("I love children, what suits me?") was read as one question: the liking before the comma
was lost, the profile stayed empty and the answer only asked the person to tell about themselves, the same sentence
with a full stop got preschool work. The clause that tells an interest (with its cue: "I like", «بحب», "waxaan
jeclahay") is its own statement, as work told before a question already was. In all 8 languages, through the real
app over the shared test store; the sentences live in phrases/dialogue_liking_asked7.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, groups, said_all

CHILDREN, = said_all("liking_asked7_children")
#: Child care and preschool work (5311, 5312, 2343), and school teaching for the young (2341).
CHILD_WORK = ("5311", "5312", "2343", "2341")


@pytest.mark.parametrize("locale", ALL)
def test_a_liking_before_the_question_leads_to_work_with_it(person, locale):
    body = person.say(CHILDREN[locale])
    assert body["profile"]["interests"], (locale, body["profile"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (body["action"], body["answer"])
    assert [g for g in groups(body) if g.startswith(CHILD_WORK)], (groups(body), body["answer"])
