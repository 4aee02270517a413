"""A misspelled first title word (retrieval/title_spelling) is read as the title word it stands for; a word
that already ends in a title word, a title written apart and English words are left as written. Titles are
made up for the tests on a small hand-made index shaped like the taxonomy's, not eval cases."""
from __future__ import annotations

from retrieval.title_query import read
from retrieval.title_spelling import clips_in, respelled
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


def _clip_index() -> TitleIndex:
    t = TitleIndex([
        ("Undersköterska", "usk"), ("Undersköterska, hemtjänst", "usk"), ("Lagerarbetare", "lager"),
        ("Ekonomiassistent", "ek"), ("Ekonomichef", "ekchef"), ("Fysiolog", "fyl"), ("Klinisk fysiolog", "fyl"),
        ("Fysioterapeut", "fyt"), ("Fysioterapeutstuderande", "fyt"), ("Personbilsmekaniker", "mek"),
        ("Bilmekaniker", "mek"), ("Bilmek", "mek"), ("Lastbilsmekaniker", "mek"), ("Fordonsmontör", "mont"),
        ("Montör", "mont"), ("Mekaniker", "mek"),
        ("Butiksvakt", "vakt"), ("Skolvaktmästare", "vm"), ("Vaktmästare", "vm"), ("Fastighetsvaktmästare", "vm"),
        ("Assistent", "ass"),
        # a clipped head expands only to a title word heading many titles (MIN_CLIP_FREQ)
        *((f"{m}mekaniker", "mek") for m in ("båt", "flyg", "motor", "cykel", "truck", "maskin", "buss", "verkstads")),
    ])
    t.ads = {"fyt": 5000, "fyl": 400, "usk": 10000, "lager": 8000}
    return t


def test_a_longer_clip_ending_inside_a_word_is_read_as_the_title_word_it_begins():
    t = _clip_index()
    assert respelled(t, "Undersk till äldreboende") == "undersköterska till äldreboende"
    assert respelled(t, "Lagerarb sökes") == "lagerarbetare sökes"
    assert respelled(t, "Ekonomi") == ""             # a compound's whole modifier is a word of its own


def test_the_ads_decide_an_even_clip_only_when_it_is_the_whole_title():
    t = _clip_index()
    assert respelled(t, "Fysio") == "fysioterapeut"  # fysiolog heads as many titles, its occupation has few ads
    assert respelled(t, "Fysio till vårdcentral") == "fysioterapeut till vårdcentral"
    assert respelled(t, "Fysio labb") == ""          # another word follows: it may be the clip's head


def test_a_clipped_head_listed_as_a_clip_still_expands_but_a_real_title_head_does_not():
    t = _clip_index()
    assert respelled(t, "Fordonsmek") == "fordonsmekaniker"   # "bilmek" stands beside "bilmekaniker"
    assert respelled(t, "Butiksvakt") == ""                    # "butiksvakt" is a title of its own


def test_clips_inside_a_question_are_read_word_by_word():
    from retrieval.title_spelling import clips_in

    t = _clip_index()
    assert clips_in(t, "a fysio") == {"fysio": "fysioterapeut"}         # (the question's words once its cues are gone)
    assert clips_in(t, "fysio швеції") == {"fysio": "fysioterapeut"}
    assert clips_in(t, "كم راتب fysio بالسويد") == {"fysio": "fysioterapeut"}
    assert clips_in(t, "vad gör en lagerarb?") == {"lagerarb": "lagerarbetare"}


def test_a_sentence_word_that_begins_a_title_is_no_clip_of_it():
    # "vill fortsätta med det" was searched as «villamäklare fortsätta med det» (speed20's profile)
    t = TitleIndex([("Villamäklare", "vm"), ("Fastighetsmäklare", "vm"), ("Kanslist", "ka"), ("Kansliassistent", "ka")])
    assert respelled(t, "vill fortsätta med det") == ""
    assert respelled(t, "kan jobba i kök") == ""
    assert clips_in(t, "jag vill och kan") == {}
