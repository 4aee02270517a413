"""JobTech JobSearch (``GET /search``, ``GET /ad/{id}``) with typed ads.

JobSearch caps paging: ``limit`` is at most 100 and ``offset`` at most 2000, so at most
2,100 ads are reachable for one query; :meth:`JobSearchClient.iter_ads` stops there.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any, Unpack

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
    # The API adds fields over time; keep them rather than failing.
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
    company_information: str | None = None
    needs: str | None = None
    requirements: str | None = None
    conditions: str | None = None


class Employer(_Model):
    phone_number: str | None = None
    email: str | None = None
    url: str | None = None
    organization_number: str | None = None
    name: str | None = None
    workplace: str | None = None


class ApplicationDetails(_Model):
    information: str | None = None
    reference: str | None = None
    email: str | None = None
    via_af: bool | None = None
    url: str | None = None
    other: str | None = None


class ScopeOfWork(_Model):
    min: int | float | None = None
    max: int | float | None = None


class WorkplaceAddress(_Model):
    municipality: str | None = None
    municipality_code: str | None = None
    municipality_concept_id: str | None = None
    region: str | None = None
    region_code: str | None = None
    region_concept_id: str | None = None
    country: str | None = None
    country_code: str | None = None
    country_concept_id: str | None = None
    street_address: str | None = None
    postcode: str | None = None
    city: str | None = None
    coordinates: list[float | None] | None = None


class Requirements(_Model):
    skills: list[WeightedRef] | None = None
    languages: list[WeightedRef] | None = None
    work_experiences: list[WeightedRef] | None = None
    education: list[WeightedRef] | None = None
    education_level: list[WeightedRef] | None = None


class ApplicationContact(_Model):
    name: str | None = None
    description: str | None = None
    email: str | None = None
    telephone: str | None = None
    contact_type: str | None = None


class JobAd(_Model):
    """A JobSearch ad (API_SHAPES §1); ``relevance`` is set on search hits only."""

    id: IdStr  # some JobSearch versions send numbers; the Document id convention is a string
    external_id: str | None = None
    original_id: str | None = None
    label: Any = None
    webpage_url: str | None = None
    logo_url: str | None = None
    headline: str | None = None
    application_deadline: str | None = None
    number_of_vacancies: int | None = None
    description: Description | None = None
    employment_type: TaxonomyRef | None = None
    salary_type: TaxonomyRef | None = None
    salary_description: str | None = None
    duration: TaxonomyRef | None = None
    working_hours_type: TaxonomyRef | None = None
    scope_of_work: ScopeOfWork | None = None
    access: str | None = None
    employer: Employer | None = None
    application_details: ApplicationDetails | None = None
    experience_required: bool | None = None
    access_to_own_car: bool | None = None
    driving_license_required: bool | None = None
    driving_license: list[TaxonomyRef] | None = None
    occupation: TaxonomyRef | None = None
    occupation_group: TaxonomyRef | None = None
    occupation_field: TaxonomyRef | None = None
    workplace_address: WorkplaceAddress | None = None
    must_have: Requirements | None = None
    nice_to_have: Requirements | None = None
    application_contacts: list[ApplicationContact] | None = None
    publication_date: str | None = None
    last_publication_date: str | None = None
    removed: bool | None = None
    removed_date: str | None = None
    source_type: str | None = None
    timestamp: int | None = None
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

    def search(
        self,
        q: str | None = None,
        occupation_name: Sequence[str] = (),
        occupation_group: Sequence[str] = (),
        region: Sequence[str] = (),
        municipality: Sequence[str] = (),
        offset: int = 0,
        limit: int = 100,
    ) -> SearchResult:
        """One ``/search`` page. Concept-id filters are repeatable query parameters."""
        if not 0 <= offset <= self.max_offset:
            raise ValueError(f"offset must be within 0..{self.max_offset}")
        if not 0 <= limit <= self.max_limit:
            raise ValueError(f"limit must be within 0..{self.max_limit}")
        params: list[tuple[str, Any]] = []
        if q:
            params.append(("q", q))
        params += [("occupation-name", v) for v in occupation_name]
        params += [("occupation-group", v) for v in occupation_group]
        params += [("region", v) for v in region]
        params += [("municipality", v) for v in municipality]
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

    def iter_pages(
        self,
        q: str | None = None,
        occupation_name: Sequence[str] = (),
        occupation_group: Sequence[str] = (),
        region: Sequence[str] = (),
        municipality: Sequence[str] = (),
        *,
        max_ads: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[SearchResult]:
        """Pages of one query, until ``max_ads``, the total, a short page or the offset cap."""
        page_size = min(page_size or self.max_limit, self.max_limit)
        offset = 0
        seen = 0
        while offset <= self.max_offset:
            want = page_size if max_ads is None else min(page_size, max_ads - seen)
            if want <= 0:
                return
            page = self.search(q, occupation_name, occupation_group, region, municipality, offset=offset, limit=want)
            yield page
            seen += page.raw_hit_count
            log.info("jobsearch_page offset=%d hits=%d total=%d", offset, page.raw_hit_count, page.total)
            if page.raw_hit_count < want or offset + page.raw_hit_count >= page.total:
                return
            offset += page.raw_hit_count

    def iter_ads(
        self,
        q: str | None = None,
        occupation_name: Sequence[str] = (),
        occupation_group: Sequence[str] = (),
        region: Sequence[str] = (),
        municipality: Sequence[str] = (),
        *,
        max_ads: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[JobAd]:
        """All ads of one query (see :meth:`iter_pages` for where paging stops)."""
        for page in self.iter_pages(
            q, occupation_name, occupation_group, region, municipality, max_ads=max_ads, page_size=page_size
        ):
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

