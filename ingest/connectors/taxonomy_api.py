"""JobTech Taxonomy over GraphQL (``GET /v1/taxonomy/graphql?query=...``).

Queries page through ``concepts(type:, version:, limit:, offset:)``. Relation lists are
requested under GraphQL aliases so that each alias is a field of a pydantic model here
(``job_titles: related(type: "job-title") {...}``).
"""
from __future__ import annotations

import json as jsonlib
import logging
import re
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from ingest.connectors.http import PagedClient, parse_record
from ingest.errors import SourceError
from vagledning.settings import get_settings

log = logging.getLogger(__name__)

GRAPHQL_PATH = "/v1/taxonomy/graphql"
SERVICE = "JobTech Taxonomy"
DEFAULT_PAGE_SIZE = 500
_TYPE_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_VERSION_RE = re.compile(r"^(next|latest|\d+)$")


class ConceptRef(BaseModel):
    """A related concept as returned inside a relation list."""

    model_config = ConfigDict(extra="allow")

    id: str
    type: str | None = None
    preferred_label: str | None = None
    ssyk_code_2012: str | None = None


class Concept(BaseModel):
    """A taxonomy concept; unknown (aliased) fields are kept as extras."""

    model_config = ConfigDict(extra="allow")

    id: str
    type: str | None = None
    preferred_label: str = ""
    definition: str | None = None
    alternative_labels: list[str] = Field(default_factory=list)
    deprecated: bool | None = None
    ssyk_code_2012: str | None = None


class SsykRef(ConceptRef):
    """An ssyk-level-4 reached from an occupation-name, with its occupation-field(s)."""

    occupation_field: list[ConceptRef] = Field(default_factory=list)


class OccupationName(Concept):
    """occupation-name with job titles, SSYK group and occupation field."""

    job_titles: list[ConceptRef] = Field(default_factory=list)
    ssyk: list[SsykRef] = Field(default_factory=list)


class SsykLevel4(Concept):
    """ssyk-level-4 with its SSYK-2012 code, occupation field and occupation-names."""

    occupation_field: list[ConceptRef] = Field(default_factory=list)
    occupations: list[ConceptRef] = Field(default_factory=list)


class Skill(Concept):
    """skill with its skill-headline(s)."""

    headlines: list[ConceptRef] = Field(default_factory=list)


class ForecastSsykLink(BaseModel):
    """One link forecast-/barometer-occupation concept -> ssyk-level-4 concept."""

    forecast_id: str
    forecast_type: str
    forecast_label: str
    ssyk_id: str
    ssyk_code: str | None = None
    ssyk_label: str | None = None


BASIC_FIELDS = "id type preferred_label definition alternative_labels deprecated"

OCCUPATION_NAME_FIELDS = (
    BASIC_FIELDS
    + ' job_titles: related(type: "job-title") { id preferred_label }'
    + ' ssyk: broader(type: "ssyk-level-4") { id type preferred_label ssyk_code_2012'
    + ' occupation_field: broader(type: "occupation-field") { id type preferred_label } }'
)
SSYK_LEVEL_4_FIELDS = (
    BASIC_FIELDS
    + " ssyk_code_2012"
    + ' occupation_field: broader(type: "occupation-field") { id type preferred_label }'
    + ' occupations: narrower(type: "occupation-name") { id preferred_label }'
)
SKILL_FIELDS = BASIC_FIELDS + ' headlines: broader(type: "skill-headline") { id preferred_label }'
# The forecast query: forecast-occupation (Yrkesprognoser) and barometer-occupation
# (Yrkesbarometer) concepts are linked to SSYK groups through plain ``related`` edges (this is
# how Arbetsförmedlingen's own tools read them), and some versions use ``broader``; both are
# asked for without a type filter and filtered to ssyk-level-4 here.
FORECAST_FIELDS = (
    "id type preferred_label"
    " related { id type preferred_label ssyk_code_2012 }"
    " broader { id type preferred_label ssyk_code_2012 }"
)
FORECAST_TYPES = ("forecast-occupation", "barometer-occupation")

M = TypeVar("M", bound=BaseModel)


def build_concepts_query(type: str, *, fields: str, limit: int, offset: int, version: str | int | None = None) -> str:
    """The GraphQL text of one ``concepts`` page (arguments are validated, then JSON-quoted)."""
    if not _TYPE_RE.match(type):
        raise ValueError(f"invalid taxonomy concept type: {type!r}")
    args = [f"type: {jsonlib.dumps(type)}"]
    if version is not None:
        if not _VERSION_RE.match(str(version)):
            raise ValueError(f"invalid taxonomy version: {version!r}")
        args.append(f"version: {jsonlib.dumps(str(version))}")
    args += [f"limit: {int(limit)}", f"offset: {int(offset)}"]
    return "query Concepts { concepts(" + ", ".join(args) + ") { " + fields + " } }"


class TaxonomyClient(PagedClient):
    """Read concepts from the JobTech Taxonomy GraphQL API.

    ``malformed`` collects concepts that did not fit their model (reported, never fatal).
    """

    service = SERVICE
    jobtech_key = True
    page_size = DEFAULT_PAGE_SIZE

    @classmethod
    def default_base_url(cls) -> str:
        return get_settings().taxonomy_api_url

    def _graphql(self, query: str) -> dict[str, Any]:
        body = self.get_json(GRAPHQL_PATH, {"query": query})
        if not isinstance(body, dict):
            raise SourceError(f"{SERVICE}: GET {GRAPHQL_PATH} returned an unexpected JSON shape")
        if body.get("errors"):
            first = body["errors"][0]
            message = first.get("message", "") if isinstance(first, dict) else str(first)
            raise SourceError(f"{SERVICE}: GET {GRAPHQL_PATH} returned a GraphQL error: {str(message)[:200]}")
        data = body.get("data")
        if not isinstance(data, dict) or not isinstance(data.get("concepts"), list):
            raise SourceError(f"{SERVICE}: GET {GRAPHQL_PATH} response has no data.concepts list")
        return data

    def concepts(
        self,
        type: str,
        *,
        version: str | int | None = None,
        limit: int | None = None,
        offset: int = 0,
        fields: str = BASIC_FIELDS,
        model: type[M] = Concept,  # type: ignore[assignment]
    ) -> list[M]:
        """All concepts of ``type``, fetched ``limit`` at a time from ``offset`` until a short
        (or empty, or repeated) page; each is parsed into ``model``."""
        page_size = limit or self._page_size
        out: list[M] = []
        seen: set[str | None] = set()
        for page in range(self._max_pages):
            query = build_concepts_query(type, fields=fields, limit=page_size, offset=offset, version=version)
            raw = self._graphql(query)["concepts"]
            new = 0
            for index, item in enumerate(raw):
                concept = parse_record(model, item, source="api:taxonomy", locator=f"{type}@{offset + index}",
                                       malformed=self.malformed)
                if concept is None:
                    continue
                cid = getattr(concept, "id", None)
                if cid in seen:
                    continue
                seen.add(cid)
                out.append(concept)
                new += 1
            log.info("taxonomy_page type=%s page=%d items=%d", type, page, len(raw))
            if len(raw) < page_size or new == 0:
                break
            offset += page_size
        else:
            raise SourceError(f"{SERVICE}: GET {GRAPHQL_PATH} paging for {type} did not end after {self._max_pages} pages")
        return out

    def occupation_names(self, *, version: str | int | None = None) -> list[OccupationName]:
        """occupation-name concepts with job titles, ssyk-level-4, occupation-field, definition."""
        return self.concepts("occupation-name", version=version, fields=OCCUPATION_NAME_FIELDS, model=OccupationName)

    def ssyk_level_4(self, *, version: str | int | None = None) -> list[SsykLevel4]:
        """ssyk-level-4 concepts with SSYK code, occupation field and occupation-names."""
        return self.concepts("ssyk-level-4", version=version, fields=SSYK_LEVEL_4_FIELDS, model=SsykLevel4)

    def skills(self, *, version: str | int | None = None) -> list[Skill]:
        """skill concepts with definition, alternative labels and skill-headlines."""
        return self.concepts("skill", version=version, fields=SKILL_FIELDS, model=Skill)

    def forecast_occupation_ssyk(
        self, *, version: str | int | None = None, types: tuple[str, ...] = FORECAST_TYPES
    ) -> list[ForecastSsykLink]:
        """Links from forecast-occupation / barometer-occupation concepts to ssyk-level-4.

        Query (per type, paged): ``concepts(type: T) { id type preferred_label
        related { id type preferred_label ssyk_code_2012 } broader { ... } }``, keeping the
        related/broader concepts of type ``ssyk-level-4``. A type the API does not know
        yields no rows.
        """
        links: dict[tuple[str, str], ForecastSsykLink] = {}
        for ftype in types:
            for concept in self.concepts(ftype, version=version, fields=FORECAST_FIELDS, model=Concept):
                extra = concept.model_extra or {}
                for rel_name in ("related", "broader"):
                    for item in extra.get(rel_name) or []:
                        if not isinstance(item, dict) or item.get("type") != "ssyk-level-4" or not item.get("id"):
                            continue
                        key = (concept.id, item["id"])
                        links.setdefault(
                            key,
                            ForecastSsykLink(
                                forecast_id=concept.id,
                                forecast_type=concept.type or ftype,
                                forecast_label=concept.preferred_label,
                                ssyk_id=item["id"],
                                ssyk_code=item.get("ssyk_code_2012"),
                                ssyk_label=item.get("preferred_label"),
                            ),
                        )
        return list(links.values())

