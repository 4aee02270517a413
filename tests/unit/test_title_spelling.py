"""A misspelled first title word (retrieval/title_spelling) is read as the title word it stands for; a word
that already ends in a title word, a title written apart and English words are left as written. Titles are
made up for the tests on a small hand-made index shaped like the taxonomy's, not eval cases."""
from __future__ import annotations

from retrieval.title_query import read
from retrieval.title_spelling import respelled
from retrieval.titles import TitleIndex


def _index() -> TitleIndex:
    return TitleIndex([
        ("Installationselektriker", "inst"), ("Industrielektriker", "ind"), ("Elektriker, bygg", "inst"),
        ("Serviceelektriker", "inst"), ("Snickare", "sn"), ("Byggnadssnickare", "sn"), ("Träsnickare", "sn"),
        ("Souschef", "kock"), ("Kock", "kock"), ("Lastbilschaufför", "lb"), ("Taxichaufför", "taxi"),
        ("Bussförare", "buss"),
    ])


def test_a_letter_dropped_added_or_changed_is_read_as_the_one_title_word():
    t = _index()
    assert respelled(t, "Elektrikr") == "elektriker"
    assert respelled(t, "Snickkare till verkstad") == "snickare till verkstad"
    assert respelled(t, "Lastbilschafför") == "lastbilschaufför"
    assert read(t, "Elektrikr").core == "elektriker"


def test_known_words_compounds_of_a_title_word_and_titles_written_apart_are_left_as_written():
    t = _index()
    assert respelled(t, "Elektriker") == ""
    assert respelled(t, "Altansnickare") == ""      # an unknown compound of "snickare", no misspelling
    assert respelled(t, "Sous chef till restaurang") == ""
    assert respelled(t, "Carpenter") == ""
