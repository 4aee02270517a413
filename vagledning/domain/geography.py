"""Swedish places: one place type, one name normaliser, one matcher for free text in any of our languages.

- :class:`Place` is a region (län) or a municipality (kommun) with its JobTech concept id.
- :func:`normalize_place` folds case and diacritics (and the letter variants of Arabic/Persian and
  Cyrillic writing), so "Göteborg", "goteborg" and "Gøteborg" are one key.
- :class:`Geography` holds the places (ids and Swedish labels come from the relations store or,
  at ingest, from the taxonomy files) plus the curated multilingual names in ``place_names.yaml``,
  and offers :meth:`Geography.resolve` (a name -> ids) and :meth:`Geography.find` (places in text).

Matching tolerates what people actually write: a Swedish genitive ("Stockholms"), Arabic clitics
("وبمالمو", "في الستوكهولم"), Cyrillic case endings ("в Уппсалі", "у Гетеборзі"), Tigrinya
prefixes ("ኣብስቶክሆልም"), one typo in long names ("Linköpping"), and every name spelt in Cyrillic
(place_scripts.py). Names that are also ordinary words ("Vara", "Mark", "Åre") only count when written
as a name (capitalised, with diacritics) or followed by "kommun"; a spelling of two counties' places counts for none.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from vagledning.domain.place_arabic import arabic_forms
from vagledning.domain.place_scripts import (
    after_locative,
    arabic_letter_variants,
    cyrillic_forms,
    deletes,
    typo_allowed,
    within_one,
)
from vagledning.domain.place_scripts import stem as _stem
from vagledning.domain.place_scripts import stems as _stems
from vagledning.domain.place_text import TOKEN as _TOKEN
from vagledning.domain.place_text import first_variants as _first_variants
from vagledning.domain.place_text import last_variants as _last_variants
from vagledning.domain.place_text import normalize_place, place_key
from vagledning.domain.place_text import script_of as _script

PlaceKind = Literal["region", "municipality"]
SWEDEN_ID = "i46j_HmG_v64"  # the JobTech concept of the country (the "national" region)
SWEDEN_NAMES = {"sverige", "hela sverige", "sweden", "riket", "hela landet", "landet"}
NAME_LANGUAGES = ("sv", "en", "ar", "fa", "uk", "ti", "so")


@dataclass(frozen=True)
class Place:
    """A Swedish region or municipality. ``region_id`` is the county (a region's is its own id)."""

    id: str
    label: str
    kind: PlaceKind = "municipality"
    region_id: str | None = None

    @property
    def municipality_id(self) -> str | None:
        """The id when this is a municipality, else None."""
        return self.id if self.kind == "municipality" else None


@dataclass(frozen=True)
class PlaceMatch:
    """A name resolved to ids: ``region_ids`` also holds the counties of matched municipalities;
    ``direct_region_ids`` only the regions the name itself denotes."""

    name: str
    region_ids: list[str] = field(default_factory=list)
    municipality_ids: list[str] = field(default_factory=list)
    direct_region_ids: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        """True when anything matched."""
        return bool(self.region_ids or self.municipality_ids)


@dataclass(frozen=True)
class PlaceMention:
    """A place found in a text: ``text[start:end]`` names ``place``."""

    place: Place
    start: int
    end: int
    text: str



FUZZY_MIN = 7   # shorter names are matched exactly: "Kalix"/"Kalis" could be anything


# ------------------------------------------------------------------ the name table
@lru_cache(maxsize=1)
def load_place_names() -> dict[str, Any]:
    """The curated names (place_names.yaml: per Swedish label, per language; plus ambiguous names)."""
    from vagledning.yaml_data import load_yaml

    text = resources.files("vagledning.domain").joinpath("place_names.yaml").read_text(encoding="utf-8")
    return load_yaml(text) or {}


@dataclass
class _Entry:
    place_id: str
    strict: bool          # an ordinary word too: only as a written name
    exact: str            # the label, case-folded with diacritics (for strict names)


class Geography:
    """Regions and municipalities with every name we know for them; resolution and text matching."""

    def __init__(self, places: Iterable[Place], names: Mapping[str, Any] | None = None) -> None:
        names = load_place_names() if names is None else names
        self.places: dict[str, Place] = {}
        for p in places:
            self.places[p.id] = p
        self.regions = {p.id: p.label for p in self.places.values() if p.kind == "region"}
        self.municipalities = {p.id: p.label for p in self.places.values() if p.kind == "municipality"}
        self.region_of = {p.id: p.region_id for p in self.places.values()
                          if p.kind == "municipality" and p.region_id}
        self._index: dict[tuple[str, ...], list[_Entry]] = {}
        self._fuzzy: dict[str, set[str]] = {}
        self._max_tokens = 1
        strict = {normalize_place(n) for n in names.get("ambiguous", []) or []}
        self._not_places = {normalize_place(n) for n in names.get("not_places", []) or []}
        for p in self.places.values():
            folded = place_key(p.label)
            official = [p.label] + ([folded] if p.kind == "region" else [])   # "Skåne", "Dalarna", ...
            table = (names.get("regions" if p.kind == "region" else "municipalities") or {}).get(p.label) or {}
            curated = [str(f) for lang in NAME_LANGUAGES for f in table.get(lang) or []]
            for form in official + curated:
                # One typo is tolerated in the official names of the places of the curated table only (the
            # large ones people misspell; a small place's name is too near ordinary words: storeman/Storuman).
                self._add(form, p, strict=p.kind == "municipality" and folded in strict and (
                    form == p.label or _script(normalize_place(form) or "a") != "latin"),
                          fuzzy=form in official and bool(table))
        # (spelt by rule: Cyrillic anywhere; Arabic script only after "in" as a name, «در لوله‌او», «في بيتيو»: place15)
        generated = [(form, p, spell is arabic_forms) for p in self.places.values() if not (p.kind == "municipality"
                     and place_key(p.label) in strict) for spell in (cyrillic_forms, arabic_forms)
                     for form in spell(p.label if p.kind == "municipality" else _county_name(p.label))]
        counties: dict[tuple[str, ...], set[str | None]] = {}
        for form, p, _ in generated:
            counties.setdefault(self._key(form), set()).add(p.region_id)
        for form, p, after_in in generated:   # after every curated name, which wins a clash; two counties': neither
            key = self._key(form)
            taken = {self.places[e.place_id].region_id for e in self._index.get(key, [])}
            if len("".join(key)) >= 5 and len(counties[key]) == 1 and taken <= {p.region_id} \
                    and not self._not_places & set(key):   # short: a word
                self._add(form, p, strict=after_in, fuzzy=False)

    # --- building
    def _add(self, form: str, place: Place, *, strict: bool, fuzzy: bool) -> None:
        toks = [normalize_place(t) for t in _TOKEN.findall(form)]
        if not toks:
            return
        if len(toks) > 1 and toks[-1] in ("lan", "kommun"):
            self._add_key(tuple(toks), place, strict=False, exact=form)   # the full official name
            toks = toks[:-1]
        keys = {tuple(toks)}
        last = toks[-1]
        if _script(last) == "cyrillic":
            keys.add(tuple(toks[:-1]) + (_stem(last),))
        for key in keys:
            self._add_key(key, place, strict=strict, exact=form, fuzzy=fuzzy)

    def _add_key(self, key: tuple[str, ...], place: Place, *, strict: bool, exact: str, fuzzy: bool = False) -> None:
        entries = self._index.setdefault(key, [])
        if not any(e.place_id == place.id for e in entries):
            entries.append(_Entry(place.id, strict, exact.casefold()))
        self._max_tokens = max(self._max_tokens, len(key))
        if fuzzy and len(key) == 1 and not strict and len(key[0]) >= FUZZY_MIN:
            for d in deletes(key[0]) | {key[0]}:
                self._fuzzy.setdefault(d, set()).add(key[0])

    @staticmethod
    def _key(form: str) -> tuple[str, ...]:
        return tuple(normalize_place(t) for t in _TOKEN.findall(form))

    def _one_county(self, entries: list[_Entry], written: str) -> list[_Entry]:
        """A name of places in two counties names the one written with its diacritics (Håbo/Habo), else none:
        ask, never guess (a spelling two places share)."""
        for narrowed in (entries, [e for e in entries if e.exact == written.casefold()]):
            if len({self.places[e.place_id].region_id for e in narrowed}) == 1:
                return narrowed
        return []

    # --- lookups
    def place(self, place_id: str | None) -> Place | None:
        """The place with this id (or None)."""
        return self.places.get(place_id) if place_id else None

    def region_label(self, region_id: str | None) -> str | None:
        """The Swedish name of a region id."""
        return self.regions.get(region_id) if region_id else None

    def resolve(self, name: str | None) -> PlaceMatch:
        """Ids for one place name, in any spelling we know ("Skåne", "skåne län", "Gothenburg", "مالمو")."""
        if not name or not name.strip():
            return PlaceMatch(name or "")
        if place_key(name) in SWEDEN_NAMES:
            return PlaceMatch(name, [SWEDEN_ID], [], [SWEDEN_ID])
        raw = _TOKEN.findall(name)
        toks = [normalize_place(t) for t in raw]
        if len(toks) > 1 and toks[0] == "region":
            raw, toks = raw[1:], toks[1:]
        county_only = len(toks) > 1 and toks[-1] == "lan"
        if len(toks) > 1 and toks[-1] in ("stad", "kommun"):
            raw, toks = raw[:-1], toks[:-1]
        entries = self._lookup(toks, 0, len(toks))[1] if toks else []
        if not entries and county_only:
            raw, toks = raw[:-1], toks[:-1]
            entries = self._lookup(toks, 0, len(toks))[1]
        if not entries and len(toks) == 1:
            hit = self._match_at(toks, raw, 0, None)
            entries = hit[1] if hit else []
        places = [self.places[e.place_id] for e in self._one_county(entries, " ".join(raw))]
        direct = [p.id for p in places if p.kind == "region"]
        muns = [] if county_only and direct else [p.id for p in places if p.kind == "municipality"]
        regions = list(direct)
        for mid in muns:
            rid = self.region_of.get(mid)
            if rid and rid not in regions:
                regions.append(rid)
        return PlaceMatch(name, regions, muns, direct)

    def _lookup(self, toks: list[str], i: int, n: int, keep=None) -> tuple[int, list[_Entry]]:
        """Entries for tokens[i:i+n] (with clitic and case-ending variants of the edge tokens): the first variant's
        that ``keep`` leaves any of (a spelling counted only after "in" gives way to a later variant's)."""
        span = toks[i:i + n]
        firsts = _first_variants(span[0])
        lasts = _last_variants(span[-1]) if n > 1 else [""]  # one word: no separate last token
        for f in firsts:
            for last in lasts:
                cands: list[tuple[str, ...]]
                if n == 1:
                    cands = [(f,)]
                    cands += [(v,) for v in _last_variants(f)[1:]]
                    if _script(f) == "cyrillic":
                        cands += [(v,) for v in _stems(f)]
                else:
                    cands = [(f, *span[1:-1], last)]
                    if _script(last) == "cyrillic":
                        cands += [(f, *span[1:-1], v) for v in _stems(last)]
                for key in cands:
                    kept = [e for e in self._index.get(key, []) if keep is None or keep(e)]
                    if kept:
                        return n, kept
        return 0, []

    def _match_at(self, toks: list[str], raw: list[str], i: int,
                  text_tokens: list[str] | None) -> tuple[int, list[_Entry]] | None:
        for n in range(min(self._max_tokens, len(toks) - i), 0, -1):
            entries = self._lookup(toks, i, n, lambda e, n=n: not e.strict or self._written_as_name(raw, i, n, e,
                                                                                                    text_tokens))[1]
            if entries:   # one two counties share: no shorter name nor a typo of a third either
                entries = self._one_county(entries, " ".join(raw[i:i + n]))
                return (n, entries) if entries else None
        t = toks[i]
        # Running text: a lower-case Latin misspelling counts after a place's preposition (rater9: "kvar dagarna").
        if len(t) >= FUZZY_MIN and t not in self._not_places and typo_allowed(raw, text_tokens, i):
            near = {k for d in deletes(t) | {t} for k in self._fuzzy.get(d, ())}
            # Accept a typo only when it points at one place (or at one county).
            entries = self._one_county([e for k in sorted(near) if within_one(t, k) for e in self._index[(k,)]], "")
            return (1, entries) if entries else None
        return None

    def _written_as_name(self, raw: list[str], i: int, n: int, e: _Entry, folded: list[str] | None) -> bool:
        """An ambiguous name counts when capitalised with its diacritics, or followed by 'kommun'; in a script
        without capitals, after "in" («در بودن», "в Будені", «ኣብ ቦደን») or in a place field."""
        words = " ".join(raw[i:i + n])
        if folded is not None and i + n < len(folded) and folded[i + n] == "kommun":
            return True
        if _script(normalize_place(words) or "a") != "latin":
            as_written = any(x.place_id == e.place_id for x in self._index.get(tuple(folded[i:i + n]), [])) \
                if folded is not None else True
            return folded is None or after_locative(raw, folded, i, not as_written)
        return words[:1].isupper() and words.casefold() == e.exact

    def _choose(self, entries: list[_Entry], raw: str) -> Place:
        """A municipality before a county of the same name; a diacritics-exact name before a folded one."""
        def rank(e: _Entry) -> tuple[int, int]:
            p = self.places[e.place_id]
            return (0 if raw.casefold() == p.label.casefold() else 1, 0 if p.kind == "municipality" else 1)
        return self.places[min(entries, key=rank).place_id]

    def find(self, text: str) -> list[PlaceMention]:
        """Every place named in ``text`` (longest names first, left to right; spans into ``text``)."""
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text or "")]
        raw = [text[a:b] for a, b in spans]
        toks = [normalize_place(r) for r in raw]
        out: list[PlaceMention] = []
        i = 0
        while i < len(toks):
            hit = self._match_at(toks, raw, i, toks)
            if hit is None:
                i += 1
                continue
            n, entries = hit
            a, b = spans[i][0], spans[i + n - 1][1]
            out.append(PlaceMention(self._choose(entries, text[a:b]), a, b, text[a:b]))
            i += n
        return out

    def first(self, text: str) -> PlaceMention | None:
        """The first place named in ``text``."""
        found = self.find(text)
        return found[0] if found else None


def _county_name(label: str) -> str:
    """'Jönköpings län' -> 'Jönköping', 'Dalarnas län' -> 'Dalarna' (diacritics kept)."""
    name = label.removesuffix(" län")
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


def geography_from_rows(regions: Iterable[tuple[str, str]], municipalities: Iterable[tuple[str, str, str | None]],
                        names: Mapping[str, Any] | None = None) -> Geography:
    """A :class:`Geography` from (id, label) region rows and (id, label, region id) municipality rows."""
    places = [Place(rid, label, "region", rid) for rid, label in regions]
    places += [Place(mid, label, "municipality", region) for mid, label, region in municipalities]
    return Geography(places, names)


# One-letter proclitics written onto a word in Arabic script ("بمالمو" = in Malmö, "وفي").
_PROCLITICS = ("و", "ب", "ل", "ف", "ک")   # as folded (ك -> ک)


@lru_cache(maxsize=1)
def _place_forms() -> frozenset[str]:
    """Every one-word spelling of a Swedish place the core knows (place_names.yaml), folded."""
    names = load_place_names()
    forms: set[str] = set()
    for section in ("regions", "municipalities"):
        for label, per_lang in (names.get(section) or {}).items():
            for form in [label, *[f for fs in (per_lang or {}).values() for f in (fs or [])]]:
                parts = str(form).split()
                if len(parts) == 1 and len(parts[0]) > 2:
                    forms.add(normalize_place(parts[0]))
    return frozenset(forms)


def is_place_word(word: str) -> bool:
    """A place name (possibly with a proclitic) is never part of a name after a weak cue:
    "انا ساكنة بمالمو" (I live in Malmö) must keep Malmö."""
    forms = _place_forms()
    return any(w in forms or (len(w) > 3 and w[0] in _PROCLITICS and w[1:] in forms)
               for w in arabic_letter_variants(normalize_place(word), limit=8))
