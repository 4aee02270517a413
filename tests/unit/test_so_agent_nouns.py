"""A Somali agent noun in -le names the trade whose title pairs its object with an agent noun (so_agent.py, clash18):
«rootiile» (the one with bread) is the baker of «rooti sameeye», in its case forms too; words of other languages that
end in -le, and a Somali -le word whose object no such title has, name nothing by it."""
from __future__ import annotations

import pytest

from retrieval.lexicon import Lexicon
from retrieval.lexicon.so_agent import object_title

#: (a sentence, the Swedish title it names)
NAMED = [("12 sano ayaan rootiile ahaa", "Bagare/Konditor"), ("rootiilaha ayaan ahaa", "Bagare/Konditor"),
         ("waxaan ahaa rootiilihii", "Bagare/Konditor"), ("waxaan ahaa weelle", "Diskare"),
         ("pizzale ayaan ahaa", "Pizzabagare")]
NOTHING = ["the people were simple and little", "en gammal cykel, single", "waxaan jeclahay ciyaarle"]


def _titles(text: str) -> set[str]:
    return {h.label_sv for h in Lexicon.load().match(text, kinds=("occupation",))}


@pytest.mark.parametrize("text,title", NAMED)
def test_an_agent_noun_in_le_names_the_trade_of_its_object(text, title):
    assert title in _titles(text), (text, _titles(text))


@pytest.mark.parametrize("text", NOTHING)
def test_other_words_in_le_name_no_trade(text):
    assert not _titles(text), (text, _titles(text))


def test_only_object_and_agent_titles_are_keyed():
    lex = Lexicon.load()
    keyed = [t for ts in lex._so_objects.values() for t in ts]
    assert {"rooti sameeye", "weel dhaqe"} <= {t.term for t in keyed}
    assert not [t.term for t in keyed if t.toks[0].endswith("e") or t.toks[-1].endswith("me")]
    assert all(object_title(t) is None for ts in lex._so_objects.values() for t in ts if t.lang != "so")
