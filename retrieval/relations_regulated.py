"""Regulated professions: which licence an occupation needs, who grants it, and the route into it.

Reads the ``regulated_*`` relations tables (written by :mod:`ingest.sources.regulated`) and the
``regulated_profession`` documents in the store (the citable text and the structured steps).

Public API:

- :func:`regulated_for` (``Relations.regulated_professions`` delegates here): profession refs for
  an occupation id, matched on the occupation itself first, then on a whole SSYK group.
- :func:`licence_route`: the licence route of an occupation, for requirements/licence questions.
- :func:`regulated_evidence`: ``recognition`` evidence citing the profession document.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field

from vagledning.domain.evidence import Evidence

KIND = "regulated_profession"
Trained = Literal["outside_eu", "eu", "sweden"]
Requirement = Literal["licence_required", "title_protected", "required_for_some_work"]
ROUTE_ORDER: tuple[str, ...] = ("outside_eu", "eu", "sweden")
_TABLES = ("regulated_professions", "regulated_occupations", "regulated_ssyk")


@dataclass(frozen=True)
class RegulatedRef:
    """A regulated profession that applies to an occupation, and how the link was made."""

    doc_id: str
    key: str
    name: str
    authority: str
    licence: str
    requirement: Requirement
    url: str
    via: Literal["occupation", "ssyk_group"]


class LicenceRoute(BaseModel):
    """What a person must do to work in a regulated occupation (from the cited profession document)."""

    occupation_id: str
    profession: str = Field(description="Swedish name of the regulated profession, e.g. 'Apotekare'.")
    profession_en: str | None = None
    authority: str = Field(description="The competent authority, e.g. 'Socialstyrelsen'.")
    authority_url: str | None = None
    licence: str = Field(description="The licence/authorisation, e.g. 'Legitimation som apotekare'.")
    licence_en: str | None = None
    requirement: Requirement
    note: str | None = None
    url: str = Field(description="The authority's page for this profession (or its general page, see url_scope).")
    url_scope: str | None = None
    route_urls: dict[str, str] = Field(default_factory=dict, description="The page for one route (eu …), if any.")
    doc_id: str = Field(description="Store document id (kind regulated_profession) to cite.")
    steps: dict[str, list[str]] = Field(description="Ordered steps per route: outside_eu, eu, sweden.")
    matched_via: Literal["occupation", "ssyk_group"]
    written: str | None = None

    def steps_for(self, trained: Trained | None) -> list[str]:
        """Steps for where the person was trained; None = outside EU/EES (the newcomer case)."""
        return self.steps.get(trained or "outside_eu") or []

    def url_for(self, trained: Trained | None) -> str:
        """The page for where the person was trained (the EU/EES page for the EU route), else the profession's."""
        return self.route_urls.get(trained or "outside_eu") or self.url


def _has_tables(rel) -> bool:
    # A relations DB built before this source existed lacks the tables: answer "not regulated"
    # rather than fail every evidence call until the next ingest.
    cached = getattr(rel, "_regulated_tables", None)
    if cached is None:
        rows = rel._all("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?, ?)", _TABLES)
        cached = len(rows) == len(_TABLES)
        try:
            rel._regulated_tables = cached
        except AttributeError:  # pragma: no cover - a slotted reader; just don't cache
            pass
    return cached


def regulated_for(rel, occupation_id: str, ssyk_code: str | None = None) -> list[RegulatedRef]:
    """Regulated professions for an occupation: exact occupation links first; when there are
    none, professions that cover the occupation's whole SSYK group (``ssyk_code``, or looked up)."""
    if not occupation_id or not _has_tables(rel):
        return []
    cols = "p.doc_id, p.key, p.name, p.authority, p.licence, p.requirement, p.url"
    rows = rel._all(f"SELECT {cols} FROM regulated_occupations o JOIN regulated_professions p ON p.doc_id = o.doc_id "
                    "WHERE o.occupation_id = ? ORDER BY p.key", (occupation_id,))
    via: Literal["occupation", "ssyk_group"] = "occupation"
    if not rows:
        if ssyk_code is None:
            occ = rel.occupation(occupation_id)
            ssyk_code = occ.ssyk_code if occ else None
        if not ssyk_code:
            return []
        rows = rel._all(f"SELECT {cols} FROM regulated_ssyk s JOIN regulated_professions p ON p.doc_id = s.doc_id "
                        "WHERE s.ssyk_code = ? AND s.whole_group = 1 ORDER BY p.key", (ssyk_code,))
        via = "ssyk_group"
    return [RegulatedRef(r["doc_id"], r["key"], r["name"], r["authority"], r["licence"], r["requirement"], r["url"], via)
            for r in rows]


def professions_in_ssyk(rel, ssyk_code: str) -> list[RegulatedRef]:
    """Every regulated profession linked to an SSYK group (whole group or some of its occupations)."""
    if not ssyk_code or not _has_tables(rel):
        return []
    rows = rel._all("SELECT p.doc_id, p.key, p.name, p.authority, p.licence, p.requirement, p.url FROM regulated_ssyk s "
                    "JOIN regulated_professions p ON p.doc_id = s.doc_id WHERE s.ssyk_code = ? ORDER BY p.key",
                    (ssyk_code,))
    return [RegulatedRef(r["doc_id"], r["key"], r["name"], r["authority"], r["licence"], r["requirement"], r["url"],
                         "ssyk_group") for r in rows]


def _route_from_doc(occupation_id: str, ref: RegulatedRef, doc: dict) -> LicenceRoute | None:
    meta = doc.get("metadata") or {}
    try:
        steps = json.loads(meta.get("routes_json") or "{}")
    except ValueError:
        return None
    if not isinstance(steps, dict) or not steps:
        return None
    try:
        urls = json.loads(meta.get("route_urls_json") or "{}")
    except ValueError:
        urls = {}
    return LicenceRoute(
        occupation_id=occupation_id, profession=meta.get("profession") or ref.name,
        profession_en=meta.get("profession_en"), authority=meta.get("authority") or ref.authority,
        authority_url=meta.get("authority_url"), licence=meta.get("licence_name") or ref.licence,
        licence_en=meta.get("licence_name_en"), requirement=meta.get("requirement") or ref.requirement,
        note=meta.get("note"), url=meta.get("url") or ref.url, url_scope=meta.get("url_scope"),
        route_urls={k: str(v) for k, v in urls.items() if k in ROUTE_ORDER} if isinstance(urls, dict) else {},
        doc_id=ref.doc_id,
        steps={k: [str(s) for s in steps.get(k) or []] for k in ROUTE_ORDER}, matched_via=ref.via,
        written=meta.get("written"))


def licence_routes(occupation_id: str, rt) -> list[LicenceRoute]:
    """All licence routes that apply to an occupation (usually one), each citing a stored document."""
    refs = regulated_for(rt.relations, occupation_id)
    if not refs:
        return []
    docs = rt.store.get_docs(KIND, [r.doc_id for r in refs])
    routes = []
    for ref in refs:
        doc = docs.get(ref.doc_id)
        route = _route_from_doc(occupation_id, ref, doc) if doc else None
        if route is not None:
            routes.append(route)
    return routes


def licence_route(occupation_id: str, rt) -> LicenceRoute | None:
    """The licence route of an occupation, or None when it is not a regulated profession we know
    (or the store has not been ingested with the regulated-professions source yet)."""
    routes = licence_routes(occupation_id, rt)
    return routes[0] if routes else None


def regulated_evidence(occupation_id: str, rt) -> list[Evidence]:
    """``recognition`` evidence for a regulated occupation: authority, licence name and steps as
    facts, the route summary as snippet, citing the regulated-profession document."""
    items = []
    for route in licence_routes(occupation_id, rt):
        first = route.steps_for("outside_eu")
        snippet = (f"{route.licence} beviljas av {route.authority}. "
                   + " ".join(f"{i}. {s}" for i, s in enumerate(first, 1)))
        items.append(Evidence(
            type="recognition", doc_id=route.doc_id, kind=KIND,
            title=f"{route.profession} – {route.licence} ({route.authority})", url=route.url, snippet=snippet[:400],
            facts={"authority": route.authority, "authority_url": route.authority_url, "licence": route.licence,
                   "licence_en": route.licence_en, "profession": route.profession, "requirement": route.requirement,
                   "steps": route.steps, "matched_via": route.matched_via, "source": "regulated_professions"}))
    return items


def tables_present(rel) -> bool:
    """Whether the relations DB has the regulated-profession tables (built by a recent ingest)."""
    try:
        return _has_tables(rel)
    except sqlite3.Error:  # pragma: no cover - _all wraps errors; kept for direct connections
        return False


def same_page(rel, doc_id: str) -> list[RegulatedRef]:
    """Other regulated professions whose own page is this profession's page (the authority describes both in one
    application, such as Socialstyrelsen's page for apotekare and receptarier): the profession's siblings. Only
    pages of one profession count (``url_scope`` profession is checked by the caller on the documents)."""
    if not doc_id or not _has_tables(rel):
        return []
    cols = "p.doc_id, p.key, p.name, p.authority, p.licence, p.requirement, p.url"
    rows = rel._all(f"SELECT {cols} FROM regulated_professions p JOIN regulated_professions q ON q.url = p.url "
                    "WHERE q.doc_id = ? AND p.doc_id != ? ORDER BY p.key", (doc_id, doc_id))
    return [RegulatedRef(r["doc_id"], r["key"], r["name"], r["authority"], r["licence"], r["requirement"], r["url"],
                         "occupation") for r in rows]


def sibling_routes(route: LicenceRoute, rt) -> list[LicenceRoute]:
    """The licence routes of ``route``'s siblings (:func:`same_page`), each citing its own stored document; none when
    the page is the authority's general page (it names every profession it licenses)."""
    if route.url_scope != "profession":
        return []
    refs = same_page(rt.relations, route.doc_id)
    if not refs:
        return []
    docs = rt.store.get_docs(KIND, [r.doc_id for r in refs])
    found = [_route_from_doc(route.occupation_id, r, docs[r.doc_id]) for r in refs if r.doc_id in docs]
    return [r for r in found if r is not None and r.url_scope == "profession"]
