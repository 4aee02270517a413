"""Regulated professions in Sweden: the competent authority, the licence and the route into it.

The data is curated in the repository (``ingest/data/regulated_professions.yaml``, written from
the authorities' public pages, with provenance), not read from the data directory: no source file
there names which authority licenses which occupation. Each profession becomes one
``regulated_profession`` document (url = the authority's page) whose text lists the steps, and
the relations tables map JobTech occupation-name ids and SSYK codes to that document.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, HttpUrl, field_validator, model_validator

from ingest.sources._common import concepts, ids_of, load_json_optional, ssyk_codes
from ingest.sources._curated import CuratedData, CuratedItem, CuratedSource, https, packaged, read_yaml, unique_keys
from vagledning.domain.documents import Document, Kind, jsonable_meta

DATA_FILE = "data/regulated_professions.yaml"
DOC_PREFIX = "regulated:"
SAME_AS_OUTSIDE = "same_as_outside_eu"
ROUTE_KEYS = ("outside_eu", "eu", "sweden")
ROUTE_HEADINGS = {"outside_eu": "Utbildad utanför EU/EES", "eu": "Utbildad inom EU/EES eller Schweiz",
                  "sweden": "Utbildad i Sverige"}


def _route_urls(urls: dict[str, HttpUrl]) -> dict[str, HttpUrl]:
    if not set(urls) <= set(ROUTE_KEYS):
        raise ValueError(f"route_urls keys must be among {ROUTE_KEYS}")
    return {k: https(u) for k, u in urls.items()}


class Authority(BaseModel):
    name: str
    name_en: str
    url: HttpUrl
    #: The authority's page for everyone on one route (trained in the EU/EES …), when it has one: cited for
    #: that route instead of the profession's page, which is often written for those trained outside the EU.
    route_urls: dict[str, HttpUrl] = Field(default_factory=dict)

    @field_validator("url")
    @classmethod
    def _secure_url(cls, url: HttpUrl) -> HttpUrl:
        return https(url)

    _secure_route_urls = field_validator("route_urls")(_route_urls)


class Profession(CuratedItem):
    """One regulated profession as curated; routes are resolved to step lists by :func:`load`."""

    doc_prefix = DOC_PREFIX
    name_sv: str
    name_en: str
    authority: str
    licence_sv: str
    licence_en: str
    requirement: Literal["licence_required", "title_protected", "required_for_some_work"]
    note: str | None = None
    url: HttpUrl
    url_scope: Literal["profession", "authority_general"]
    sources: list[HttpUrl] = Field(min_length=1)
    routes: dict[str, list[str]]
    #: This profession's own page for a route, over the authority's (:attr:`Authority.route_urls`).
    route_urls: dict[str, HttpUrl] = Field(default_factory=dict)
    occupation_ids: list[str] = Field(default_factory=list)
    ssyk_codes: list[str] = Field(min_length=1)
    whole_ssyk_groups: list[str] = Field(default_factory=list)

    @field_validator("url")
    @classmethod
    def _secure_url(cls, url: HttpUrl) -> HttpUrl:
        return https(url)

    _secure_route_urls = field_validator("route_urls")(_route_urls)

    @field_validator("sources")
    @classmethod
    def _secure_sources(cls, urls: list[HttpUrl]) -> list[HttpUrl]:
        return [https(u) for u in urls]

    @field_validator("ssyk_codes", "whole_ssyk_groups")
    @classmethod
    def _four_digits(cls, codes: list[str]) -> list[str]:
        for code in codes:
            if not (len(code) == 4 and code.isdigit()):
                raise ValueError(f"not a 4-digit SSYK code: {code!r}")
        return codes

    @model_validator(mode="after")
    def _consistent(self) -> Profession:
        if set(self.routes) != set(ROUTE_KEYS):
            raise ValueError(f"{self.key}: routes must be exactly {ROUTE_KEYS}")
        if any(not steps or any(not s.strip() for s in steps) for steps in self.routes.values()):
            raise ValueError(f"{self.key}: every route needs non-empty steps")
        if not set(self.whole_ssyk_groups) <= set(self.ssyk_codes):
            raise ValueError(f"{self.key}: whole_ssyk_groups must be among ssyk_codes")
        if not self.occupation_ids and not self.whole_ssyk_groups:
            raise ValueError(f"{self.key}: no occupation ids and no whole SSYK group")
        return self


class RegulatedData(CuratedData):
    authorities: dict[str, Authority]
    professions: list[Profession]

    @model_validator(mode="after")
    def _known_authorities(self) -> RegulatedData:
        unique_keys((p.key for p in self.professions), "profession")
        for p in self.professions:
            if p.authority not in self.authorities:
                raise ValueError(f"{p.key}: unknown authority {p.authority!r}")
        return self


def _resolve_routes(raw: dict[str, Any], templates: dict[str, list[str]]) -> dict[str, Any]:
    """Route values may name a shared template, or ``same_as_outside_eu``; resolve to step lists."""
    routes = dict(raw.get("routes") or {})
    for key in ROUTE_KEYS:
        value = routes.get(key)
        if isinstance(value, str) and value != SAME_AS_OUTSIDE:
            if value not in templates:
                raise ValueError(f"{raw.get('key')}: unknown route template {value!r}")
            routes[key] = list(templates[value])
    outside = routes.get("outside_eu")
    for key in ROUTE_KEYS:
        if routes.get(key) == SAME_AS_OUTSIDE:
            routes[key] = list(outside) if isinstance(outside, list) else outside
    return {**raw, "routes": routes}


def parse(text: str) -> RegulatedData:
    """Parse and validate the curated YAML (raises ``ValueError``/``ValidationError`` when broken)."""
    raw, provenance = read_yaml(text)
    templates = raw.get("routes") or {}
    # Plain dicts: RegulatedData validates them into Profession models.
    professions: list[Any] = [_resolve_routes(p, templates) for p in raw.get("professions") or []]
    return RegulatedData(provenance=provenance, authorities=raw.get("authorities") or {}, professions=professions)


@lru_cache(maxsize=1)
def load() -> RegulatedData:
    """The packaged regulated-professions data (read on first use, never at import)."""
    return parse(packaged(DATA_FILE))


def profession_text(p: Profession, authority: Authority) -> str:
    """The document text: what the licence is, who grants it, and the steps per route."""
    parts = [f"{p.name_sv} ({p.name_en}) är ett reglerat yrke i Sverige. {p.licence_sv} beviljas av "
             f"{authority.name}."]
    if p.note:
        parts.append(p.note)
    for key in ROUTE_KEYS:
        steps = " ".join(f"{i}. {s}" for i, s in enumerate(p.routes[key], 1))
        parts.append(f"{ROUTE_HEADINGS[key]}: {steps}")
    return "\n".join(parts)


def expand_occupations(p: Profession, occupations_by_code: dict[str, list[str]]) -> list[str]:
    """The profession's explicit occupation ids plus every occupation in its whole SSYK groups."""
    out = list(p.occupation_ids)
    for code in p.whole_ssyk_groups:
        out += occupations_by_code.get(code, [])
    return list(dict.fromkeys(out))


def occupations_by_ssyk_code(data_dir: Path) -> dict[str, list[str]]:
    """SSYK-2012 code -> occupation-name ids, from the taxonomy files (empty when absent)."""
    codes = {sid: code for sid, (code, _how) in ssyk_codes(Path(data_dir)).items()}
    out: dict[str, list[str]] = {}
    for c in concepts(load_json_optional(Path(data_dir) / "taxonomy" / "occupation_names.json", {})):
        if not isinstance(c.get("id"), str):
            continue
        for sid in ids_of(c.get("ssyk")):
            if sid in codes:
                out.setdefault(codes[sid], []).append(c["id"])
    return out


class RegulatedProfessionsSource(CuratedSource[RegulatedData], name="regulated_professions",
                                 kind=Kind.regulated_profession, data_file=DATA_FILE, load=load):
    """Kind ``regulated_profession``: one document per regulated profession, from the curated file."""

    def documents_from(self, data: RegulatedData, data_dir: Path) -> Iterator[Document]:
        """One document per profession; url = the authority's page, metadata = the structured route."""
        by_code = occupations_by_ssyk_code(data_dir)
        for p in data.professions:
            authority = data.authorities[p.authority]
            yield Document(
                id=p.doc_id, kind=Kind.regulated_profession, concept_id=p.key,
                title=f"{p.name_sv} – {p.licence_sv} ({authority.name})", text=profession_text(p, authority),
                aliases=[p.name_en, p.licence_sv, p.licence_en], url=str(p.url), source=self.name,
                licence=data.licence,
                metadata=jsonable_meta({
                    "profession": p.name_sv, "profession_en": p.name_en, "authority": authority.name,
                    "authority_en": authority.name_en, "authority_url": str(authority.url),
                    "licence_name": p.licence_sv, "licence_name_en": p.licence_en, "requirement": p.requirement,
                    "note": p.note, "url_scope": p.url_scope, "written": data.provenance.get("written"),
                    "routes_json": json.dumps(p.routes, ensure_ascii=False),
                    "route_urls_json": json.dumps({k: str(u) for k, u in {**authority.route_urls,
                                                                         **p.route_urls}.items()}),
                    "sources": [str(u) for u in p.sources], "ssyk_codes": p.ssyk_codes,
                    "occupation_ids": expand_occupations(p, by_code)}),
            )

    def write_relations(self, data_dir: Path, db: Any) -> None:
        """Occupation ids and SSYK codes -> profession document ids."""
        data = load()
        by_code = occupations_by_ssyk_code(data_dir)
        db.replace_regulated_professions(
            (p.doc_id, p.key, p.name_sv, data.authorities[p.authority].name, p.licence_sv, p.requirement, str(p.url))
            for p in data.professions)
        db.replace_regulated_occupations(
            (oid, p.doc_id) for p in data.professions for oid in expand_occupations(p, by_code))
        db.replace_regulated_ssyk(
            (code, p.doc_id, int(code in p.whole_ssyk_groups)) for p in data.professions for code in p.ssyk_codes)
