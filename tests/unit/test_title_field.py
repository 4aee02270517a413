"""A title written apart whose modifier decides the field (retrieval/title_field): made-up titles, SSYK labels and
occupations shaped like the taxonomy's, not eval cases."""
from __future__ import annotations

from dataclasses import dataclass

from retrieval.title_field import adjective_stem, field_first, lead_first, lead_split, swedish_split
from retrieval.titles import TitleIndex

_TITLES = [("Byggnadsingenjör", "bygg"), ("Kemiingenjör", "kemi"), ("Kemitekniker", "kemi"), ("Geotekniker", "geo"),
           ("Ingenjör, biomedicin", "biomed"), ("Biomedicinare", "biomed"), ("Lagerarbetare", "lager"),
           ("Arbetsledare, lager", "lagerled"), ("Lagerförman", "lagerled"), ("Account manager", "acc"),
           ("Teamledare, sälj", "acc"), ("Kock", "kock"), ("Mjukvaruutvecklare", "dev")]
_GROUPS = {"bygg": "Ingenjörer och tekniker inom bygg och anläggning", "kemi": "Ingenjörer och tekniker inom kemi",
           "lagerled": "Arbetsledare inom lager och terminal", "lager": "Lager- och terminalpersonal"}
_LABELS = {"lagerled": "Arbetsledare, lager", "acc": "Account manager", "lager": "Lagerarbetare"}


class _Rel:
    def _all(self, sql: str):
        if "o.label AS label" in sql:   # occupations with their SSYK group (the leads)
            return [{"occ": o, "label": _LABELS.get(o, o), "grp": _GROUPS.get(o)} for _t, o in _TITLES]
        if "s.label AS label" in sql:
            return [{"occ": o, "label": g} for o, g in _GROUPS.items()]
        return []


class _Lexical:
    texts: list = []
    metadatas: list = []


@dataclass
class _Hit:
    concept_id: str
    score: float


class _Search:
    def __init__(self, extra: tuple[str, ...] = ()) -> None:
        self.extra = list(extra)

    def lexical(self, kind: str):
        return _Lexical()

    def search(self, query, kind, top, read_title=True):
        return [_Hit(i, 0.5) for i in self.extra]


def _index() -> TitleIndex:
    return TitleIndex(_TITLES)


def _order(fn, title: str, ids: list[str], extra: tuple[str, ...] = ()) -> list[str]:
    hits = [_Hit(i, 1.0 - n / 10) for n, i in enumerate(ids)]
    out = fn(_Search(extra), _Rel(), _index(), title, hits)
    assert [h.score for h in out] == sorted((h.score for h in out), reverse=True)   # scores follow the order
    return [h.concept_id for h in out]


def test_a_swedish_adjective_is_read_by_its_stem():
    assert adjective_stem("biomedicinsk") == "biomedicin"
    assert adjective_stem("kemisk") == "kemi"
    assert adjective_stem("geoteknisk") == "geotekn"
    assert swedish_split(_index(), "Biomedicinsk ingenjör") == ("ingenjör", ["biomedicin"])
    assert swedish_split(_index(), "Kemiingenjör") == ("", [])          # one word: the compound reading's
    assert swedish_split(_index(), "Kock natt") == ("", [])              # no field adjective
    assert swedish_split(_index(), "Legitimerad ingenjör") == ("", [])   # a participle names a qualification


def test_the_adjective_not_the_head_decides_the_first_occupation():
    assert _order(field_first, "Biomedicinsk ingenjör", ["bygg", "kemi", "biomed"])[0] == "biomed"
    assert _order(field_first, "Kemisk ingenjör", ["bygg", "kemi"])[0] == "kemi"
    assert _order(field_first, "Geoteknisk ingenjör", ["bygg", "geo"])[0] == "geo"   # the field alone, no head


def test_a_first_hit_with_field_evidence_or_no_evidence_anywhere_keeps_its_place():
    assert _order(field_first, "Kemisk ingenjör", ["kemi", "bygg"]) == ["kemi", "bygg"]
    assert _order(field_first, "Kock Malmö", ["kock", "bygg"]) == ["kock", "bygg"]


def test_a_lead_title_names_its_field():
    assert lead_split("Warehouse team lead") == ["warehouse"]
    assert lead_split("Teamleader kundtjänst") == ["kundtjänst"]
    assert lead_split("Team lead lager") == ["lager"]
    assert lead_split("Lead developer") == []           # a first "Lead" is seniority
    assert lead_split("Lagerarbetare") == []


def test_the_fields_lead_comes_first():
    assert _order(lead_first, "Team lead lager", ["lager", "acc", "lagerled"])[0] == "lagerled"
    # not among the hits: the taxonomy's own role word finds it, listed once
    assert _order(lead_first, "Team lead lager", ["lager", "acc"], extra=("acc", "lagerled")) == \
        ["lagerled", "lager", "acc"]
    # a lead without the field ("Teamledare, sälj" is an account manager's title, not its name) is no answer
    assert _order(lead_first, "Team lead lager", ["lager", "acc"]) == ["lager", "acc"]


def test_a_compound_whose_modifier_a_title_names_with_its_head_comes_before_the_bare_head():
    from retrieval.title_query import heads_first

    tidx = TitleIndex([("Operatör, Polisen", "pol"), ("Operatör", "pol"), ("Processoperatör, mejeri", "dairy"),
                       ("Processoperatör", "dairy"), ("Plastmaskinoperatör", "plast")])
    hits = [_Hit("pol", 0.9), _Hit("plast", 0.8), _Hit("dairy", 0.7)]
    out = heads_first(tidx, ("operatör",), hits, "mejerioperatör")
    assert [h.concept_id for h in out] == ["dairy", "pol", "plast"]
    assert [h.score for h in out] == [0.9, 0.8, 0.7]
    # no title names the modifier: the bare head's order stands
    assert [h.concept_id for h in heads_first(tidx, ("operatör",), hits, "tappningsoperatör")][0] == "pol"
