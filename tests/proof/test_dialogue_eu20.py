"""Trained in the EU: the EU route of a Swedish licence, and no test that the route does not have (rater20, 2.0/5,
conv3: a Polish electrician with a certificate from Poland was given "the steps if you trained outside the
EU/EEA", and told the whole way depends on how fast he "passes the test" – the electrician's authorisation has none).

In all 8 languages: the country told in the first message (an EU country) decides the route of the licence question
that follows, and the length of the way is not said to depend on a test.
Through the real app over the shared test store; the sentences live in phrases/dialogue_eu20.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import text
from tests.dialogue_support import ALL, said_all

WHO, HOW = said_all("eu20_polish_electrician", "eu20_authorisation_how_long")


def _prefix(locale: str, key: str) -> str:
    """The fixed words of a template, up to its first placeholder."""
    return text(locale, key).split("{")[0].strip()


@pytest.mark.parametrize("locale", ALL)
def test_an_electrician_trained_in_poland_gets_the_eu_route_and_no_test(person, locale):
    first = person.say(WHO[locale])
    body = person.say(HOW[locale])
    both = first["answer"] + "\n" + body["answer"]  # (the route may come at once, and be referred back to)
    assert body["action"] == "licence", (locale, body["action"], body["answer"])
    assert _prefix(locale, "licence.steps_eu") in both, (locale, both)
    assert _prefix(locale, "licence.steps_outside_eu") not in both, (locale, both)
    tested = text(locale, "duration.licence_steps").split("{")[0]
    assert tested[-60:] not in both, (locale, both)
