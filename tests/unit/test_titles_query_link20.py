"""Ad titles (issue 9, link20 fresh batch of real ad titles): "A/B" names two titles and the first leads;
the title an ad names ranks its own occupations first whatever the ad's other words pull towards. The
index and hits are small hand-made ones shaped like the taxonomy's, not eval cases."""
from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.title_query import alias_first, read
from retrieval.titles import TitleIndex


def _index() -> TitleIndex:
    return TitleIndex([
        ("Svetsare, manuell", "svets"), ("Svetsare", "svets"), ("Industriplåtslagare", "plat"), ("Plåtslagare", "plat"),
        ("Kock, à la carte", "kock"), ("Kock", "kock"), ("Kock, storhushåll", "kockst"), ("Kock", "kockst"),
        ("Restaurangbiträde", "restbitr"), ("Personaladministratör", "pers"), ("HR-administratör", "pers"),
        ("Administratör", "adm"), ("Servitör/Servitris", "serv"), ("Account manager", "acc"), ("Chef", "mgr"),
    ])


@dataclass
class _Hit:
    concept_id: str
    title: str
    score: float
    metadata: dict = field(default_factory=dict)


def test_the_first_of_two_slashed_titles_is_searched():
    t = _index()
    assert read(t, "Svetsare/plåtslagare").core.casefold() == "svetsare"
    assert read(t, "Svetsare / Plåtslagare till verkstad i Umeå").core.casefold().startswith("svetsare")
    # a label that itself has a slash, and a licence class, are not two titles
    assert read(t, "Servitör/Servitris").core == "Servitör/Servitris"
    assert "/" not in read(t, "Kock/Servitör").core


def test_the_named_title_keeps_its_occupations_first():
    t = _index()
    r = read(t, "kock till ny restaurang")
    assert r.known.casefold() == "kock"
    hits = [_Hit("restbitr", "Restaurangbiträde", 0.9), _Hit("kock", "Kock, à la carte", 0.8),
            _Hit("kockst", "Kock, storhushåll", 0.7)]
    out = alias_first(t, r.known, hits)
    assert [h.concept_id for h in out] == ["kock", "kockst", "restbitr"]
    assert [h.score for h in out] == [0.9, 0.8, 0.7]
    hits = [_Hit("adm", "Administratör", 0.9), _Hit("pers", "Personaladministratör", 0.5)]
    assert alias_first(t, read(t, "HR-administratör till HR-direkt").known, hits)[0].concept_id == "pers"


def test_a_title_no_occupation_has_changes_nothing():
    t = _index()
    hits = [_Hit("adm", "Administratör", 0.9), _Hit("pers", "Personaladministratör", 0.5)]
    assert alias_first(t, "", hits) == hits
    assert alias_first(t, "Chef", hits) == hits


def test_a_known_title_followed_by_field_words_is_the_named_title():
    t = _index()
    assert read(t, "Account Manager Installation EL & VVS").known == "Account Manager"
    assert read(t, "Chef de partie").known == ""  # Swedish "chef" is a manager; this one is a cook
