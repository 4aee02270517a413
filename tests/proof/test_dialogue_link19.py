"""Work told by its material and place reaches its trade (issue 9, link19).

A fresh dev batch (batch H, evals/README.md) found three classes of misses in Tigrinya, Somali and Dari: work told
by its materials (ceramic tiles laid, stone cut and polished, carpets woven, a shoe factory, a pharmacy) fell to the
neighbouring group or to nothing. Now, in all 8 languages, the first answer to such a message shows the group a
counsellor would name among its first three groups. (A liking for languages beside helping people still shows care
work first in the chat in three languages: the phrases link19_likes_languages are kept for that next step.)
Through the real app over the shared test store; the sentences live in phrases/dialogue_link19.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, Person, first_groups, said_all

TILES, STONE = said_all("link19_tiles_abroad", "link19_stone_cutting")


@pytest.mark.parametrize("locale", ALL)
def test_tiles_and_stone_told_by_material_reach_their_trades(person, client, locale):
    body = person.say(TILES[locale])
    assert {"7112", "7122"} & set(first_groups(body)), (locale, body["occupations"], body["answer"])
    body = Person(client, locale).say(STONE[locale])  # another person, a new conversation
    assert "8116" in first_groups(body), (locale, body["occupations"], body["answer"])

