""""No work experience" is no work done (the lead's widget conversation, ninth session, 8 languages).

«ما عندي خبرة شغل، بحب الرياضة والسيارات» (I have no work experience, I like sports and cars) linked the bare word
«شغل» (work) to Assistent i församlingsarbete as work done, and the next list said it "is like work you have done".
"No work experience" now reads as never having worked (interpretation cue group never_worked): nothing is stored as
work done and no suggestion is said to be like it. Through the real app over the shared test store; the sentences are
limits10's (phrases/dialogue_limits10.yaml).
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all, wording_literal

(STORY,) = said_all("limits10_cars_story")


@pytest.mark.parametrize("locale", ALL)
def test_no_work_experience_stores_no_work_and_says_no_likeness(person, locale):
    body = person.say(STORY[locale])
    assert body["profile"]["experiences"] == [], (locale, body["profile"]["experiences"])
    for key in ("reasons.experience", "reasons.all_experience"):
        assert wording_literal(locale, key) not in body["answer"], (locale, key, body["answer"])
