"""How the answer reads for the person (rater5 item 9): Swedish still being learnt is answered in easy
Swedish unless a language was chosen; what the sources do not say about a limitation is said once per
conversation, not again with every list of suggestions."""
from __future__ import annotations

import pytest

from tests.dialogue_support import Person, said, wording_start

LEARNER = said("learner_story")["sv"]
FLUENT = said("fluent_story")["sv"]
STORY_WITH_LIMIT = said("story_with_limit")


def _unchosen(client) -> Person:
    """A person at the widget with the language selector left unset (the widget's default)."""
    person = Person(client, "sv")
    person.selector = None
    return person


@pytest.mark.parametrize("story", LEARNER)
def test_learner_swedish_is_answered_in_easy_swedish(client, story):
    body = _unchosen(client).say(story)
    assert body["language"] == "sv-easy", body["answer"]


@pytest.mark.parametrize("story", FLUENT)
def test_fluent_swedish_is_answered_in_standard_swedish(client, story):
    assert _unchosen(client).say(story)["language"] == "sv"


def test_a_chosen_language_is_kept_for_learner_swedish(client):
    person = Person(client, "sv")  # Swedish chosen in the selector: the person's choice stands
    assert person.say(LEARNER[0])["language"] == "sv"


def test_easy_swedish_holds_for_the_conversation(client):
    person = _unchosen(client)
    person.say(LEARNER[0])
    assert person.say("vad tjänar man?")["language"] == "sv-easy"


@pytest.mark.parametrize("locale", list(STORY_WITH_LIMIT))
def test_what_the_sources_do_not_say_about_a_limitation_is_said_once(client, locale):
    person = Person(client, locale)
    first = person.say(STORY_WITH_LIMIT[locale])
    nothing_said = wording_start(locale, "constraint.unknown")
    assert nothing_said in first["answer"], first["answer"]
    more = person.press("more")
    assert more["occupations"], more["answer"]
    assert nothing_said not in more["answer"], more["answer"]
