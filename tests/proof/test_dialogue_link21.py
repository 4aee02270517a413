"""Work told by what was done reaches trades the lexicon once knew only by their titles (issue 9, link21).

A fresh dev batch (batch M, evals/README.md) found that groups with many job ads reached only by their titles got
nothing when a person told the work instead: fitting air conditioners read as shop work («المحلات»), blood taken
in a hospital laboratory as nursing, programs written as selling. Now, in all 8 languages, the first answer to such
a message shows the group a counsellor would name among its first three groups.
Through the real app over the shared test store; the sentences live in phrases/dialogue_link21.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, Person, first_groups, said_all

AIRCON, LAB = said_all("link21_air_conditioning", "link21_lab_blood")


@pytest.mark.parametrize("locale", ALL)
def test_air_conditioning_and_laboratory_work_told_by_tasks_reach_their_trades(person, client, locale):
    body = person.say(AIRCON[locale])
    assert "7126" in first_groups(body), (locale, body["occupations"], body["answer"])
    body = Person(client, locale).say(LAB[locale])  # another person, a new conversation
    assert "3212" in first_groups(body), (locale, body["occupations"], body["answer"])
