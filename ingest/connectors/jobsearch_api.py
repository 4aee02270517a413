"""JobTech JobSearch (``GET /search``, ``GET /ad/{id}``) with typed ads.

JobSearch caps paging: ``limit`` is at most 100 and ``offset`` at most 2000, so at most
2,100 ads are reachable for one query; :meth:`JobSearchClient.iter_ads` stops there.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, TypedDict, Unpack, cast

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ingest.connectors.http import ApiClient, ClientOptions, IdStr, parse_record, validation_summary
from ingest.errors import SourceError
from vagledning.domain.documents import MalformedRecord
from vagledning.settings import get_settings

log = logging.getLogger(__name__)

SERVICE = "JobTech JobSearch"
MAX_LIMIT = 100
MAX_OFFSET = 2000


class _Model(BaseModel):
    # The API adds fields over time; keep them rather than failing. Declared are the fields the
    # ingest reads (sources_api.ad_document) and the demands; the whole ad is API_SHAPES §1, and
    # everything else in it is kept as an extra (contact details are never read: personal data).
    model_config = ConfigDict(extra="allow")


class TaxonomyRef(_Model):
    """A JobTech Taxonomy concept as embedded in an ad."""

    concept_id: str | None = None
    label: str | None = None
    legacy_ams_taxonomy_id: str | None = None


class WeightedRef(TaxonomyRef):
    weight: int | float | None = None


class Description(_Model):
    text: str | None = None
    text_formatted: str | None = None


class Employer(_Model):
    name: str | None = None


class WorkplaceAddress(_Model):
    municipality: str | None = None
    municipality_concept_id: str | None = None
    region_concept_id: str | None = None


class Requirements(_Model):
    skills: list[WeightedRef] | None = None
    languages: list[WeightedRef] | None = None
    work_experiences: list[WeightedRef] | None = None
    education: list[WeightedRef] | None = None
    education_level: list[WeightedRef] | None = None


class JobAd(_Model):
    """A JobSearch ad (API_SHAPES §1); ``relevance`` is set on search hits only."""

    id: IdStr  # some JobSearch versions send numbers; the Document id convention is a string
    headline: str | None = None
    webpage_url: str | None = None
    description: Description | None = None
    employer: Employer | None = None
    occupation: TaxonomyRef | None = None
    occupation_group: TaxonomyRef | None = None
    occupation_field: TaxonomyRef | None = None
    workplace_address: WorkplaceAddress | None = None
    must_have: Requirements | None = None
    nice_to_have: Requirements | None = None
    publication_date: str | None = None
    removed: bool | None = None
    relevance: float | None = None

    def public_url(self) -> str:
        """A page a user can open: the ad's own webpage_url, else the Platsbanken page."""
        return self.webpage_url or f"https://arbetsformedlingen.se/platsbanken/annonser/{self.id}"


class SearchResult(BaseModel):
    """One page of ``/search``: total matching ads and the parsed hits."""

    total: int
    positions: int | None = None
    hits: list[JobAd] = Field(default_factory=list)
    malformed: list[MalformedRecord] = Field(default_factory=list)
    raw_hit_count: int = 0


class AdFilters(TypedDict, total=False):
    """The concept-id filters of a JobSearch query (each a list of JobTech concept ids)."""

    occupation_name: Sequence[str]
    occupation_group: Sequence[str]
    region: Sequence[str]
    municipality: Sequence[str]


#: Each filter's query parameter, in the order they are sent.
FILTER_PARAMS = {"occupation_name": "occupation-name", "occupation_group": "occupation-group", "region": "region",
                 "municipality": "municipality"}


class JobSearchClient(ApiClient):
    """Search and fetch ads from JobTech JobSearch."""

    service = SERVICE
    jobtech_key = True

    def __init__(self, base_url: str | None = None, *, max_offset: int = MAX_OFFSET, max_limit: int = MAX_LIMIT,
                 **options: Unpack[ClientOptions]) -> None:
        super().__init__(base_url, **options)
        self.max_offset = max_offset
        self.max_limit = max_limit

    @classmethod
    def default_base_url(cls) -> str:
        return get_settings().jobsearch_api_url

    def _get(self, path: str, params: list[tuple[str, Any]] | None = None) -> Any:
        return self.get_json(path, params)

    def search(self, q: str | None = None, *, offset: int = 0, limit: int = 100,
               **filters: Unpack[AdFilters]) -> SearchResult:
        """One ``/search`` page. Concept-id filters are repeatable query parameters."""
        if not 0 <= offset <= self.max_offset:
            raise ValueError(f"offset must be within 0..{self.max_offset}")
        if not 0 <= limit <= self.max_limit:
            raise ValueError(f"limit must be within 0..{self.max_limit}")
        params: list[tuple[str, Any]] = [("q", q)] if q else []
        given = cast(Mapping[str, Sequence[str]], filters)  # a TypedDict of id lists, read by name
        for name, param in FILTER_PARAMS.items():
            params += [(param, v) for v in given.get(name, ())]
        params += [("offset", offset), ("limit", limit)]
        body = self._get("/search", params)
        if not isinstance(body, dict) or not isinstance(body.get("hits"), list):
            raise SourceError(f"{SERVICE}: GET /search response has no hits list")
        total = body.get("total")
        total_value = total.get("value") if isinstance(total, dict) else total
        if not isinstance(total_value, int):
            raise SourceError(f"{SERVICE}: GET /search response has no total.value")
        hits: list[JobAd] = []
        malformed: list[MalformedRecord] = []
        for index, item in enumerate(body["hits"]):
            ad = parse_record(JobAd, item, source="api:jobsearch", locator=f"/search@{offset + index}", malformed=malformed)
            if ad is not None:
                hits.append(ad)
        positions = body.get("positions")
        return SearchResult(
            total=total_value,
            positions=positions if isinstance(positions, int) else None,
            hits=hits,
            malformed=malformed,
            raw_hit_count=len(body["hits"]),
        )

    def iter_pages(self, q: str | None = None, *, max_ads: int | None = None, page_size: int | None = None,
                   **filters: Unpack[AdFilters]) -> Iterator[SearchResult]:
        """Pages of one query, until ``max_ads``, the total, a short page or the offset cap."""
        page_size = min(page_size or self.max_limit, self.max_limit)
        offset = 0
        seen = 0
        while offset <= self.max_offset:
            want = page_size if max_ads is None else min(page_size, max_ads - seen)
            if want <= 0:
                return
            page = self.search(q, offset=offset, limit=want, **filters)
            yield page
            seen += page.raw_hit_count
            log.info("jobsearch_page offset=%d hits=%d total=%d", offset, page.raw_hit_count, page.total)
            if page.raw_hit_count < want or offset + page.raw_hit_count >= page.total:
                return
            offset += page.raw_hit_count

    def iter_ads(self, q: str | None = None, *, max_ads: int | None = None, page_size: int | None = None,
                 **filters: Unpack[AdFilters]) -> Iterator[JobAd]:
        """All ads of one query (see :meth:`iter_pages` for where paging stops)."""
        for page in self.iter_pages(q, max_ads=max_ads, page_size=page_size, **filters):
            yield from page.hits

    def ad(self, id: str) -> JobAd:
        """One ad by id (``GET /ad/{id}``)."""
        if not id or "/" in id or "?" in id:
            raise ValueError("invalid ad id")
        body = self._get(f"/ad/{id}")
        try:
            return JobAd.model_validate(body)
        except ValidationError as exc:
            raise SourceError(f"{SERVICE}: GET /ad/{{id}} returned an ad that does not parse: {validation_summary(exc)}") from exc

