"""The alternatives of a wish, "X or Y", in the 8 languages (or_wishes.py, cost14 sv: «lokalvårdare eller barnskötare
kanske» read only the cleaner): each alternative is a span of its own; one kind of work, or a comma that says where or
how, is no alternative."""
from __future__ import annotations

import pytest

from assistant.interpretation.or_wishes import or_parts

SPLIT = [("lokalvårdare eller barnskötare kanske", ["lokalvårdare", "barnskötare kanske"]),
         ("a cleaner or a child minder maybe", ["a cleaner", "a child minder maybe"]),
         ("منظفة او مربية اطفال", ["منظفة", "مربية اطفال"]), ("nadiifiye ama xanaaneeye carruur", ["nadiifiye", "xanaaneeye carruur"]),
         ("ኣጽራዪ ወይ ሓላዊ ህጻናት", ["ኣጽራዪ", "ሓላዊ ህጻናት"]), ("نظافت یا مربی اطفال", ["نظافت", "مربی اطفال"]),
         ("прибиральницею або помічником вихователя", ["прибиральницею", "помічником вихователя"]),
         ("kock/bagare", ["kock", "bagare"])]
WHOLE = ["lokalvårdare", "kock, gärna i malmö", "something with children", "eller"]


@pytest.mark.parametrize("text,parts", SPLIT)
def test_each_alternative_is_a_part(text, parts):
    assert [text[a:b] for a, b in or_parts(text, 0, len(text))] == parts


@pytest.mark.parametrize("text", WHOLE)
def test_one_kind_of_work_has_no_alternatives(text):
    assert or_parts(text, 0, len(text)) == []
