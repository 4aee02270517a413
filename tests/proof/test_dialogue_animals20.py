"""A question for work with a topic is answered with that topic's work (rater20, 2.0/5, conv4: «vilka jobb finns med
djur?» after a first round got «Trädgårdsarbetare» and «Skogsarbetare, plantering» – no animal job at all).

In all 8 languages: someone who likes animals and being outdoors asks which jobs there are with animals; most of the
occupations shown work with animals (by their Swedish titles: djur-, häst-, hund-, katt-, zoo-), and none is a
driver's job whose title merely begins with «djur».
Through the real app over the shared test store; the sentences live in phrases/dialogue_animals20.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, said_all

LIKES, WHICH = said_all("animals20_likes", "animals20_which_jobs")
ANIMAL_WORK = re.compile(r"djur|häst|hund|katt|zoo", re.I)


@pytest.mark.parametrize("locale", ALL)
def test_which_jobs_with_animals_are_jobs_with_animals(person, locale):
    person.say(LIKES[locale])
    body = person.say(WHICH[locale])
    labels = [o["label"] for o in body["occupations"]]
    animal = [label for label in labels if ANIMAL_WORK.search(label) and "transport" not in label.casefold()]
    assert labels and len(animal) * 2 > len(labels), (locale, body["action"], labels, body["answer"][:300])
    interests = " ".join(i["span"]["quote"] for i in body["profile"]["interests"])
    assert interests, (locale, body["profile"])  # the liking asked about is kept for later turns
