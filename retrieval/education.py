"""THE rule for which education fits an occupation: courses (Susa-navet) and YH programmes.

The course file links courses to SSYK groups, but loosely: "Dokumentärfilm 2" is listed under
upper-secondary teachers, "Missionskursen" under mechanical engineers. A course is offered for an
occupation only when it is linked to the occupation's SSYK group (or is a programme found by search)
AND it is about that work: a title word shared with the occupation or its group (compounds
included: "Undersköterskeutbildning" ~ "Undersköterskor"), or a dense similarity between the
occupation (or group) name and the course of at least :data:`MIN_COURSE_SIMILARITY`. That
threshold is calibrated on a hand-labelled sample of 200 (group, course) pairs,
``tests/fixtures/education_relevance.tsv``; ``tests/proof/test_education_fit.py`` measures the precision.
Links into editing/admin views are never offered (:mod:`vagledning.domain.links`).
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from retrieval.education_field import area_fits
from retrieval.precomputed import hit_from_json, key_of, precomputed_for
from vagledning.domain.links import link_verdict
from vagledning.domain.place_coords import place_county
from vagledning.domain.runtime import Runtime

#: Calibrated on tests/fixtures/education_relevance.tsv (see the module docstring).
MIN_COURSE_SIMILARITY = 0.87
#: Programmes come from a free search (no SSYK link), so they need a closer match.
MIN_PROGRAMME_SIMILARITY = 0.80
STRONG_PROGRAMME_SIMILARITY = 0.92
MAX_EDUCATION = 3
_SEARCH_DEPTH = 120
_WORD = re.compile(r"[a-zåäöéü]+")
#: Words that say nothing about the work a course trains for.
_GENERIC = {"utbildning", "utbildningar", "yrkesutbildning", "grund", "grundkurs", "nord", "distans", "kurs", "kurser",
            "och", "med", "inom", "for", "övriga", "ovriga", "yrken", "arbete", "arbetare", "mfl", "fordjupning",
            "fördjupning", "påbyggnad", "pabyggnad", "larling", "lärling", "certifierad", "heltid", "deltid",
            "service", "inriktning", "svenska", "termin", "steg", "yrkesutgångar", "samt", "test", "basår",
            "specialist", "specialister", "manager", "konsult", "vidareutbildningar",
            # roles, not trades: "Arbetsledare inom måltidsservice" is not training for a warehouse supervisor
            "arbetsledare", "arbetsledning", "chef", "chefer", "ledare", "ledarskap", "samordnare", "koordinator"}
_DISTANCE = re.compile(r"\bdistans|distance", re.I)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", (text or "").casefold())


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(_fold(text)) if len(w) >= 4 and w not in _GENERIC]


def _same_word(a: str, b: str) -> bool:
    """One word names the same trade as the other: equal, a prefix (Kock ~ Kockar), or a long
    shared beginning of compounds (undersköterskeutbildning ~ undersköterskor)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short[:-1] if len(short) >= 6 else short):
        return True
    return len(os.path.commonprefix((a, b))) >= 8


def shares_word(title: str, labels: list[str]) -> bool:
    """True when the course title and an occupation/group name share a trade word."""
    have = _words(title)
    wanted = [w for label in labels for w in _words(label)]
    return any(_same_word(a, b) for a in have for b in wanted)


def course_fits(title: str, similarity: float, labels: list[str]) -> bool:
    """THE rule for a course linked to the occupation's group: a shared trade word, or close in meaning."""
    return shares_word(title, labels) or similarity >= MIN_COURSE_SIMILARITY


def programme_fits(hit: Any, labels: list[str], ssyk_code: str | None = None) -> bool:
    """A YH programme found by search (no SSYK link): close in meaning and sharing a trade word with
    the occupation's own name (the group name is too broad here: "Restaurang- och köksbiträden" would
    let a restaurant-manager programme through for a kitchen assistant), or very close in meaning; and
    never a programme for a leader's or engineer's role when the occupation is manual or service work
    (:func:`role_above`)."""
    if hit.similarity < MIN_PROGRAMME_SIMILARITY or role_above(hit.title, labels, ssyk_code):
        return False
    title = f"{hit.title} {hit.metadata.get('sun5_name', '')}"
    return hit.similarity >= STRONG_PROGRAMME_SIMILARITY or shares_trade(title, labels[:1])


#: The role a programme trains for, when its title begins with a leader's, manager's or engineer's role:
#: "Digitaliseringledare inom bygg och anläggning", "Anläggningsingenjör produktionsledning".
_ROLES = ("ledare", "chef", "ingenjör", "samordnare", "koordinator", "strateg", "controller", "projektör",
          "konstruktör", "arkitekt")
_LEADING = ("ledare", "chef", "samordnare", "koordinator")
_ROLE_TITLE = re.compile(r"^\W*([a-zåäöé]*(?:" + "|".join(_ROLES) + r"))\b")
#: SSYK 2012 major groups of work that a post-secondary role programme is no way into: clerical, service and
#: sales, farming, crafts, machine operators, elementary work (skill levels 1–2 in ISCO-08 terms).
_WORK_MAJORS = frozenset("456789")


def role_above(title: str, labels: list[str], ssyk_code: str | None) -> str | None:
    """The role a programme trains for when that role is a level above the occupation (None: it is not):
    a "Digitaliseringledare inom bygg och anläggning" programme names the field of a «Grovarbetare, bygg och
    anläggning» but trains for leading, not for the work (rater 13). An occupation that carries the role
    itself ("Arbetsledare, städ/Husfru/Städledare") keeps it."""
    if not ssyk_code or ssyk_code[:1] not in _WORK_MAJORS:
        return None
    m = _ROLE_TITLE.match(_fold(title))
    if not m:
        return None
    role = m.group(1)
    ending = next(e for e in _ROLES if role.endswith(e))
    kin = _LEADING if ending in _LEADING else (ending,)   # a "Driftchef, trädgård" also leads as a "-ledare"
    return None if any(k in _fold(label) for k in kin for label in labels) else role


def shares_trade(title: str, labels: list[str]) -> bool:
    """:func:`shares_word`, but the shared word must be the occupation's trade, not only the first part of
    its compound: "Hotel & Restaurant Manager" is not training for a «Hotellstädare», "Fastighetsförvaltare"
    not for a «Fastighetsstädare» (Swedish compounds put the trade last)."""
    have = _words(title)
    wanted = [w for label in labels for w in _words(label)]
    for a in have:
        for b in wanted:
            if not _same_word(a, b):
                continue
            common = 0
            for x, y in zip(a, b):
                if x != y:
                    break
                common += 1
            if len(b) - common <= 3:  # the occupation word is covered up to an ending
                return True
    return False


def is_distance(title: str, text: str = "", study_form: str | None = None) -> bool:
    return bool(_DISTANCE.search(f"{title} {study_form or ''}") or _DISTANCE.search((text or "")[:200]))


@dataclass
class EducationOption:
    """One course or programme that fits an occupation, with what ranks it."""

    hit: Any
    kind: Literal["course", "programme"]
    similarity: float
    in_region: bool
    distance: bool
    education_type: str | None = None
    places: list[str] = field(default_factory=list)


def _search(rt: Runtime, queries: list[str], kind: str, top: int, **kw: Any) -> dict[str, Any]:
    """Hits of several queries, each document once with its best similarity.

    The queries are an occupation's and its SSYK group's labels (source data, never user text), so
    the result is kept per runtime (only used when the ingest-time results are missing or stale)."""
    key = (tuple(queries), kind, top, tuple(sorted(kw.items())))
    try:
        cache = rt.__dict__.setdefault("education_search_cache", {})
    except AttributeError:  # a runtime without instance attributes: no cache
        cache = {}
    hit = cache.get(key)
    if hit is None:
        if len(cache) >= 4096:
            cache.clear()
        hit = cache[key] = merge_searches(queries, lambda q: search_one(rt, q, kind, top, **kw))
    return dict(hit)


def search_one(rt: Runtime, query: str, kind: str, top: int, *, query_vector: Any = None, **kw: Any) -> list[Any]:
    """One education search as THE rule runs it (no bridges, twice the depth)."""
    if query_vector is not None:
        kw["query_vector"] = query_vector
    return rt.search.search(query, kind, top, depth=2 * top, bridges=False, **kw)


def merge_searches(queries: list[str], run: Callable[[str], list[Any]]) -> dict[str, Any]:
    """doc id -> best hit over the (distinct, non-empty) queries, in the order first found."""
    best: dict[str, Any] = {}
    for q in dict.fromkeys(q for q in queries if q and q.strip()):
        for hit in run(q):
            if hit.doc_id not in best or hit.similarity > best[hit.doc_id].similarity:
                best[hit.doc_id] = hit
    return best


def fitting_education(rt: Runtime, label: str, group_label: str | None, ssyk_code: str | None,
                      run: Callable[[str, str, int, dict[str, Any]], list[Any]] | None = None) -> list[tuple[str, Any]]:
    """("course" | "programme", hit) for every course linked to the occupation's SSYK group and every
    programme found by search that fits by THE rule, in the order found; links and region not yet
    checked. Source data only: ingest stores it (ingest/precompute.py, read through
    retrieval/precomputed.py) and this computes it live only when that is missing or stale.
    ``run(query, kind, top, filters)`` replaces the search (ingest batches the query embeddings)."""
    if run is None:
        pre = precomputed_for(rt)
        stored = pre.hits("education", key_of(label, group_label, ssyk_code)) if pre is not None else None
        if stored is not None:
            return [(h.pop("education_kind"), hit_from_json(h)) for h in stored]
    labels = [x for x in (label, group_label) if x]
    out: list[tuple[str, Any]] = []
    if ssyk_code:
        flt = {"ssyk": ssyk_code}
        courses = _search(rt, labels, "course", _SEARCH_DEPTH, **flt) if run is None else \
            merge_searches(labels, lambda q: run(q, "course", _SEARCH_DEPTH, flt))
        out += [("course", h) for h in courses.values() if course_fits(h.title, h.similarity, labels)]
    query = [f"{label} {group_label or ''}"]
    programmes = _search(rt, query, "programme", 12) if run is None else \
        merge_searches(query, lambda q: run(q, "programme", 12, {}))
    out += [("programme", h) for h in programmes.values() if programme_fits(h, labels, ssyk_code)]
    return out


#: Municipal adult education (Komvux): a course of another municipality is applied for through one's own, so it
#: is offered only in the person's region, even when it is given at a distance.
MUNICIPAL = {"gymnasial vuxenutbildning", "nationell yrkesutbildning"}


def _places(meta: dict[str, Any]) -> list[str]:
    """The place names of a course (``place``) or programme (``municipalities``)."""
    return [str(p) for p in ([meta["place"]] if meta.get("place") else meta.get("municipalities") or [])]


def education_options(rt: Runtime, label: str, group_label: str | None, ssyk_code: str | None,
                      region: str | None, *, elsewhere: bool = False, county: str | None = None) -> list[EducationOption]:
    """Courses and programmes that fit the occupation, best first: in the region, then at a distance,
    then (only when no region is known) elsewhere; closer in meaning first. With ``elsewhere`` (the person
    asked for courses), courses and programmes in other regions are kept when none is in the region or at a
    distance (the answer names their place). Links into editing views and links a saved check found broken are
    left out here, at answer time. A course whose place the data did not link to a region (a district such as
    Västra Frölunda) is in the region when that place lies in ``county`` (the region's name)."""
    if region and county is None:
        try:
            county = rt.relations.geography().region_label(region)
        except Exception:  # noqa: BLE001 - no geography: only the data's own region links count
            county = None
    out: list[EducationOption] = []
    for kind, hit in fitting_education(rt, label, group_label, ssyk_code):
        meta = hit.metadata
        if not link_verdict(hit.url)[0]:
            continue
        regions = meta.get("region_ids") or []
        in_region = bool(region and region in regions) or bool(
            county and not regions and any(place_county(p) == county for p in _places(meta)))
        if kind == "course":
            if meta.get("link_problem"):
                continue
            out.append(EducationOption(hit, "course", hit.similarity, in_region, is_distance(hit.title, hit.snippet),
                                       meta.get("education_type"), [meta["place"]] if meta.get("place") else []))
        elif area_fits(ssyk_code, meta.get("area")):  # (a process-industry programme is no IT training)
            out.append(EducationOption(hit, "programme", hit.similarity, in_region,
                                       is_distance(hit.title, "", meta.get("study_form")), "yrkeshögskola",
                                       list(meta.get("municipalities") or [])))
    if region:
        out = [o for o in out if o.in_region or o.education_type not in MUNICIPAL]
        near = [o for o in out if o.in_region or o.distance]
        out = near if near or not elsewhere else out
    out.sort(key=lambda o: (not o.in_region, not o.distance, -o.similarity, o.hit.title))
    return out
