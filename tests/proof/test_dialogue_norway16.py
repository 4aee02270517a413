"""A message naming Norway is answered (norway16).

YAML 1.1 reads the key ``NO:`` as ``False``: Norway in cues.yaml's countries and abroad_places.yaml was coded
``False``, and every message naming it ("jobbat i Norge", "في النرويج") failed its turn on the origin model
(benchmarks/profile_unseen.py's unseen texts found it). In all 8 languages: a welder who worked in Norway gets
suggestions, and Norway ("NO") is where the work was done. Through the real app over the shared test store; the
sentences live in phrases/dialogue_norway16.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all

(WELDER,) = said_all("norway16_welder")


@pytest.mark.parametrize("locale", ALL)
def test_a_welder_who_worked_in_norway_is_answered(person, locale):
    body = person.say(WELDER[locale])
    assert body["occupations"], (locale, body["action"], body["answer"])
    countries = {e.get("country") for e in body["profile"]["experiences"]}
    assert "NO" in countries, (locale, body["profile"]["experiences"])
