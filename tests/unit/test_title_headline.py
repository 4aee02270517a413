"""An ad headline around its title (retrieval/title_headline): recruiter frames, praise, asides and plurals read away,
and the headline's other words as weak context among occupations sharing the title. Titles here are made up for the
tests, not eval cases; the index is a small hand-made one shaped like the taxonomy's."""
from __future__ import annotations

from dataclasses import dataclass

from retrieval.title_headline import context_first, context_words, singular, unframed
from retrieval.titles import TitleIndex


def _index() -> TitleIndex:
    return TitleIndex([
        ("Kock, à la carte", "alc"), ("Kock", "alc"), ("Restaurangkock", "alc"), ("Kock, storhushåll", "stor"),
        ("Kock", "stor"), ("Storkökskock", "stor"), ("Undersköterska", "vard"), ("Undersköterska", "hem"),
        ("Undersköterska, hemtjänst", "hem"), ("Nattundersköterska", "vard"), ("Ekonomiassistent", "eko"),
        ("Personlig assistent", "pa"), ("HR-assistent", "hr"), ("Frisör", "fris"), ("Kontorskassör", "kk"),
        ("Lantbrukskassör", "lk"), ("Sjuksköterska", "ssk"), ("Sjuksköterska, akutmottagning", "akut"),
        ("Specialistsjuksköterska, akut", "akut"), ("Grundlärare, förskoleklass och 1-3", "f3"), ("F-3-lärare", "f3"),
        ("Grundlärare", "f3"), ("Grundlärare", "g16"), ("Lärare i grundskolan, årskurs 1-6", "g16"),
    ])


@dataclass
class Hit:
    concept_id: str
    title: str
    score: float


def test_a_plural_or_gender_form_is_read_as_its_singular_title():
    t = _index()
    assert singular(t, "Undersköterskor") == "undersköterska"
    assert singular(t, "kockar") == "kock"
    assert singular(t, "Frisörer") == "frisör"
    assert singular(t, "kassörskor") in ("kassörska", "kassör")   # the head of two titles
    assert singular(t, "kock") == ""                              # a title already


def test_a_recruiter_frame_praise_and_an_aside_are_read_away_and_kept():
    t = _index()
    q, taken = unframed(t, "Vi söker en noggrann ekonomiassistent!")
    assert q == "ekonomiassistent" and "noggrann" in taken
    assert unframed(t, "Är du vår nya ekonomiassistent?")[0] == "ekonomiassistent"
    assert unframed(t, "Kockar till storkök (heltid)")[0] == "Kock till storkök"
    assert unframed(t, "Assistent till kvinna i Huddinge")[0].startswith("personlig assistent")
    # no title after the words: a question about oneself keeps its words
    assert unframed(t, "Vill du bli vår nya granne?")[0] == "Vill du bli vår nya granne?"


def test_context_puts_first_the_occupation_whose_titles_name_the_workplace():
    t = _index()
    hits = [Hit("alc", "Kock, à la carte", 0.9), Hit("stor", "Kock, storhushåll", 0.8)]
    out = context_first(t, "Kock", context_words("Kock till storkök i Luleå", "Kock"), hits)
    assert [h.concept_id for h in out] == ["stor", "alc"] and out[0].score == 0.9
    hits = [Hit("g16", "Lärare i grundskolan, årskurs 1-6", 0.9), Hit("f3", "Grundlärare, förskoleklass och 1-3", 0.8)]
    assert context_first(t, "Grundlärare F-3", (), hits)[0].concept_id == "f3"


def test_a_workplace_never_makes_a_specialist_or_moves_a_first_hit_that_names_it():
    t = _index()
    hits = [Hit("ssk", "Sjuksköterska, grundutbildad", 0.9), Hit("akut", "Akutsjuksköterska/Specialist", 0.8)]
    assert context_first(t, "Sjuksköterska", ("akutmottagningen",), hits)[0].concept_id == "ssk"
    hits = [Hit("hem", "Undersköterska, hemtjänst", 0.9), Hit("vard", "Undersköterska, vård", 0.8)]
    assert context_first(t, "Undersköterska", ("hemtjänsten",), hits)[0].concept_id == "hem"
