"""Suggestion answers do not repeat themselves (issue 10, "Form": "the same sentence pattern repeated per
occupation"): in 8 languages, the first suggestions and the "more" list after them, no sentence said
twice in one answer once numbers, citation marks and «names» are set aside (before: "Du vill ha det här
jobbet [n]" three times in easy Swedish, "it is close to your experience" for all three, and the job-ad
and salary sentences once per occupation). A reason that holds for all of them is said once."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from assistant.citations import sentences
from assistant.locales import text
from tests.dialogue_support import ALL, said

COOK = said("cook_story")


def repeated(answer: str) -> list[str]:
    """Sentences said more than once, numbers, «names» and citation marks set aside."""
    shapes = [re.sub(r"«[^»]*»|\[\d+\]|\d[\d\s,.٬]*", "#", s.removeprefix("- ")).strip() for s in sentences(answer)]
    return [s for s, n in Counter(shapes).items() if n > 1]


@pytest.mark.parametrize("locale", ALL)
def test_suggestions_say_each_sentence_once(person, locale):
    first = person.say(COOK[locale])
    assert len(first["occupations"]) >= 2, first["answer"]
    assert repeated(first["answer"]) == [], first["answer"]
    more = person.press("more")
    assert repeated(more["answer"]) == [], more["answer"]
    # The "more" list reads as further suggestions (positional wording), and when every suggestion is
    # close to the cook's experience that is said once, not once per occupation.
    if len(more["occupations"]) >= 2:
        shared = text(locale, "reasons.all_similar")
        assert more["answer"].count(text(locale, "reasons.similar")) <= 1 or shared in more["answer"], more["answer"]


ALSO_CLEANER = said("also_cleaner")


@pytest.mark.parametrize("locale", list(ALSO_CLEANER))
def test_general_next_steps_are_said_once_per_conversation(person, locale):
    heading = text(locale, "next.heading")
    first = person.say(COOK[locale])
    assert heading in first["answer"], first["answer"]
    second = person.say(ALSO_CLEANER[locale])
    assert second["action"] == "suggest" and second["occupations"], (second["action"], second["answer"])
    assert heading not in second["answer"], second["answer"]
    assert repeated(second["answer"]) == [], second["answer"]
