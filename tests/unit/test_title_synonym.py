"""titles29: head words that stand for one another are read from the titles themselves (retrieval/title_synonym),
and a field word orders the top hits (retrieval/title_fieldword)."""
from __future__ import annotations

from types import SimpleNamespace

from retrieval.title_fieldword import field_named_first
from retrieval.title_synonym import head_synonyms, synonym_title
from retrieval.titles import TitleIndex

# three fields title one occupation each with both "chef" and "föreståndare"; "kock" only with one head
ALIASES = [("badhuschef", "A"), ("badhusföreståndare", "A"), ("simhallschef", "B"), ("simhallsföreståndare", "B"),
           ("campingchef", "C"), ("campingföreståndare", "C"), ("krematorieföreståndare", "D"),
           ("chef", "X"), ("föreståndare", "X"), ("assistent", "Y"), ("redovisningsassistent", "R"),
           ("kock", "K"), ("hotellkock", "S"), ("sopbilschaufför", "T"), ("chaufför", "U"), ("chaufför", "T"),
           ("medarbetare", "M"), ("butiksmedarbetare", "M")]


def _tidx() -> TitleIndex:
    return TitleIndex(ALIASES)


def test_interchangeable_heads_need_several_shared_fields():
    syn = head_synonyms(_tidx())
    assert "föreståndare" in syn["chef"] and "chef" in syn["föreståndare"]
    assert "kock" not in syn


def test_head_and_field_apart_is_the_listed_compound():
    tidx = _tidx()
    assert synonym_title(tidx, "Assistent till redovisning") == ("redovisningsassistent", True)
    assert synonym_title(tidx, "Kock hotell") == ("hotellkock", True)
    assert synonym_title(tidx, "redovisningsassistent") == ("", False)          # listed: never rewritten
    assert synonym_title(tidx, "Kock till Hotell Gillet") == ("", False)               # a name is no field


def test_another_head_of_the_same_kind_is_only_weak():
    assert synonym_title(_tidx(), "Krematoriechef") == ("krematorieföreståndare", False)


def test_the_field_word_moves_the_hit_whose_titles_name_it():
    hits = [SimpleNamespace(concept_id="U", title="Chaufför", score=0.9),
            SimpleNamespace(concept_id="T", title="Sopbilschaufför", score=0.8)]
    out = field_named_first(_tidx(), "Chaufför sopbil", hits)
    assert [h.concept_id for h in out] == ["T", "U"] and out[0].score == 0.9
    hits = [SimpleNamespace(concept_id="U", title="Chaufför", score=0.9),
            SimpleNamespace(concept_id="T", title="Sopbilschaufför", score=0.8)]
    assert [h.concept_id for h in field_named_first(_tidx(), "Chaufför Stockholm", hits)] == ["U", "T"]
