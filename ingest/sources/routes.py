"""Routes into education and work for young people and newcomers (curated, cited).

The data is curated in the repository (``ingest/data/education_routes.yaml``, written from the
authorities' public pages with provenance): the national upper-secondary programmes and the
occupations they lead to, university (antagning.se/UHR), yrkeshögskola, folkhögskola, Komvux (incl.
vocational training and Swedish as a second language), SFI, Arbetsförmedlingen's introduction
programme and a human study and career counsellor. No file in the data directory says which
gymnasium programme leads to which occupation, so like the regulated professions this is our own
cited summary. Each route becomes one ``education_route`` document (url = the authority's page);
answers choose among them by who the person is (:mod:`assistant.routes`).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, HttpUrl, field_validator, model_validator

from vagledning.domain.documents import Document, Kind, MalformedRecord, jsonable_meta

DATA_FILE = "data/education_routes.yaml"
DOC_PREFIX = "route:"
RouteKind = Literal["gymnasium_programme", "introduction_programme", "higher_education", "higher_vocational",
                    "folk_high_school", "adult_education", "adult_vocational", "swedish_second_language", "sfi",
                    "introduction_newcomers", "counsellor"]
Audience = Literal["youth", "newcomer", "adult"]
#: Shown in the document text: what kind of route it is, in Swedish.
KIND_SV = {"gymnasium_programme": "Nationellt program i gymnasieskolan", "introduction_programme":
           "Introduktionsprogram i gymnasieskolan", "higher_education": "Högskoleutbildning",
           "higher_vocational": "Yrkeshögskoleutbildning", "folk_high_school": "Folkhögskola",
           "adult_education": "Kommunal vuxenutbildning", "adult_vocational": "Yrkesutbildning för vuxna",
           "swedish_second_language": "Svenska för vuxna", "sfi": "Svenska för invandrare",
           "introduction_newcomers": "Stöd för nyanlända", "counsellor": "Vägledning"}


class Route(BaseModel):
    """One route as curated."""

    key: str = Field(pattern=r"^[a-z0-9_]+$")
    kind: RouteKind
    name_sv: str
    name_en: str
    audience: list[Audience] = Field(min_length=1)
    summary_sv: str = Field(min_length=20)
    examples_sv: list[str] = Field(default_factory=list)
    ssyk: list[str] = Field(default_factory=list)
    further: list[str] = Field(default_factory=list)
    url: HttpUrl
    url_scope: Literal["page", "overview", "example", "site"]

    @field_validator("url")
    @classmethod
    def _secure_url(cls, url: HttpUrl) -> HttpUrl:
        if url.scheme != "https":
            raise ValueError(f"url must be https: {url}")
        return url

    @field_validator("ssyk", "further")
    @classmethod
    def _code_prefixes(cls, codes: list[str]) -> list[str]:
        for code in codes:
            if not (1 <= len(code) <= 4 and code.isdigit()):
                raise ValueError(f"not an SSYK code or code prefix: {code!r}")
        return codes

    @property
    def doc_id(self) -> str:
        return f"{DOC_PREFIX}{self.key}"


class RoutesData(BaseModel):
    provenance: dict[str, str]
    routes: list[Route]

    @model_validator(mode="after")
    def _unique(self) -> RoutesData:
        keys = [r.key for r in self.routes]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate route keys")
        return self


def parse(text: str) -> RoutesData:
    """Parse and validate the curated YAML (raises ``ValueError``/``ValidationError`` when broken)."""
    raw: dict[str, Any] = yaml.safe_load(text) or {}
    return RoutesData(provenance={k: str(v) for k, v in (raw.get("provenance") or {}).items()},
                      routes=raw.get("routes") or [])


@lru_cache(maxsize=1)
def load() -> RoutesData:
    """The packaged routes (read on first use, never at import)."""
    return parse(resources.files("ingest").joinpath(DATA_FILE).read_text(encoding="utf-8"))


def route_text(r: Route) -> str:
    """The document text: what the route is, and the occupations it leads to."""
    parts = [f"{r.name_sv} ({r.name_en}). {KIND_SV[r.kind]}.", " ".join(r.summary_sv.split())]
    if r.examples_sv:
        parts.append("Exempel på yrken: " + ", ".join(r.examples_sv) + ".")
    return "\n".join(parts)


class EducationRoutesSource:
    """Kind ``education_route``: one document per route, from the curated file."""

    name = "education_routes"
    kinds = (Kind.education_route,)

    def documents(self, data_dir: Path) -> Iterator[Document | MalformedRecord]:
        try:
            data = load()
        except (ValueError, OSError) as exc:
            yield MalformedRecord(source=self.name, locator=DATA_FILE, reason=f"invalid curated data: {exc}")
            return
        licence = data.provenance.get("licence", "")
        for r in data.routes:
            yield Document(
                id=r.doc_id, kind=Kind.education_route, concept_id=r.key, title=r.name_sv, text=route_text(r),
                aliases=[r.name_en], url=str(r.url), source=self.name, licence=licence,
                metadata=jsonable_meta({"route_kind": r.kind, "audience": r.audience, "ssyk": r.ssyk,
                                        "further": r.further, "url_scope": r.url_scope, "name_en": r.name_en,
                                        "written": data.provenance.get("written")}))

    def write_relations(self, data_dir: Path, db: Any) -> None:
        """Nothing: answers read the route documents by id (see :mod:`assistant.routes`)."""
