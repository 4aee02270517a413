"""A suggestion picked with "X sounds good" is the person's choice, never work they have done (pick14, rater28 en c06).

An IT support worker who wants to move into health care said "Assistant nurse sounds good. How long does the
training take?": the assistant nurse was read as work done (a bare title with no cue), so the person counted as in the
trade, and the answer offered Specialistundersköterska – a further step for trained assistant nurses – as the way in.
Now, in all 8 languages: the picked occupation is a wish, not an experience, and no further-step programme (a title
naming the step after the trade: Specialist…) is offered to a beginner.
Through the real app over the shared test store; the sentences live in phrases/dialogue_pick14.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all

SCENE, PICK = said_all("pick14_scene", "pick14_sounds_good")
NURSE = "532"


@pytest.mark.parametrize("locale", ALL)
def test_a_picked_suggestion_is_a_wish_and_its_training_is_for_beginners(person, locale):
    body = person.say(SCENE[locale], PICK[locale])
    told = [e.get("ssyk_code") or "" for e in body["profile"]["experiences"]]
    assert not any(c.startswith(NURSE) for c in told), (locale, body["profile"]["experiences"])
    wished = [w.get("ssyk_code") or "" for w in body["profile"]["wishes"]]
    assert any(c.startswith(NURSE) for c in wished), (locale, body["profile"]["wishes"])
    further = [c["title"] for c in body["citations"] if c["title"].casefold().startswith("specialist")]
    assert not further, (locale, further, body["answer"])
