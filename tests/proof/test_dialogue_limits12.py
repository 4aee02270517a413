"""Dyslexia honoured in suggestions and follow-ups (rater12, conv3: a man with dyslexia who asked about the reading
load was offered Författare, Journalist and a redaktör, then given a redaktör's pay).

Now, in all 8 languages: dyslexia (or reading and writing that are hard) is the limitation ``reading``; suggestions
leave out occupations whose cited data is much reading and writing (authors, journalists, editors, translators:
SSYK 264) and say so.
Through the real app over the shared test store; the sentences live in phrases/dialogue_limits12.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, constraint_values, groups, said_all

STORIES = said_all("limits12_dyslexic_likes_stories")[0]
#: Authors, journalists, translators and other writers (SSYK 264).
WRITING = "264"


@pytest.mark.parametrize("locale", ALL)
def test_dyslexia_leaves_out_writing_work_and_says_so(person, locale):
    body = person.say(STORIES[locale])
    assert "reading" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert not [g for g in groups(body) if g.startswith(WRITING)], (locale, body["occupations"])
    # (the sources' words on it are named: "I have left out work with a lot of reading and writing")
    assert str(lookup(locale, "limitation.reading")) in body["answer"], (locale, body["answer"])
