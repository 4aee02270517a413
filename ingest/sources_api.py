"""Sources backed by the live public APIs (``vagledning ingest --source api``).

They yield the same :class:`Document` shapes and id conventions as the file sources in
``ingest/sources/`` so either can fill the store. Each takes its client in the constructor
(tests inject clients built on ``httpx.MockTransport``); ``data_dir`` is ignored.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ingest.connectors.jobsearch_api import JobAd, JobSearchClient
from ingest.connectors.susa_api import CourseRecord, SusaClient
from ingest.connectors.taxonomy_api import OccupationName, Skill, SsykLevel4, TaxonomyClient
from ingest.sources._common import atlas_url, clean_text, guess_language, redact_contacts
from ingest.sources.jobtech_taxonomy import clean_definition
from vagledning.domain.documents import Document, Kind, MalformedRecord, jsonable_meta

log = logging.getLogger(__name__)

LICENCE_TAXONOMY_API = "JobTech Taxonomy API (Arbetsförmedlingen), open data"
LICENCE_JOBSEARCH_API = "JobTech JobSearch API (Arbetsförmedlingen), open data"
LICENCE_SUSA_API = "Skolverket Susa-navet API, open data"
PLATSBANKEN_AD_URL = "https://arbetsformedlingen.se/platsbanken/annonser/{id}"
AD_TEXT_MAX_CHARS = 6000


def _first(items: Sequence[Any]) -> Any:
    return items[0] if items else None


def _aliases(title: str, *groups: Sequence[str]) -> list[str]:
    seen = {title.strip().casefold()}
    out: list[str] = []
    for group in groups:
        for label in group:
            label = (label or "").strip()
            if label and label.casefold() not in seen:
                seen.add(label.casefold())
                out.append(label)
    return out


class ApiTaxonomySource:
    """occupation-name, ssyk-level-4 and skill concepts from the Taxonomy GraphQL API, and
    the forecast-occupation -> ssyk-level-4 links as relations."""

    name = "jobtech_taxonomy_api"
    kinds: tuple[Kind, ...] = (Kind.occupation, Kind.ssyk, Kind.skill)

    def __init__(self, client: TaxonomyClient, *, version: str | int | None = None,
                 kinds: Sequence[Kind] | None = None) -> None:
        self.client = client
        self.version = version
        self._groups: list[SsykLevel4] | None = None
        if kinds is not None:
            self.kinds = tuple(k for k in kinds if k in ApiTaxonomySource.kinds)

    def documents(self, data_dir: Path | None = None) -> Iterator[Document | MalformedRecord]:
        """Yield occupation, ssyk and skill documents (SSYK groups first: occupations use their codes)."""
        reported = len(self.client.malformed)
        ssyk_codes: dict[str, str] = {}
        if Kind.ssyk in self.kinds or Kind.occupation in self.kinds:
            groups = self._ssyk_groups()
            ssyk_codes = {g.id: g.ssyk_code_2012 for g in groups if g.ssyk_code_2012}
            if Kind.ssyk in self.kinds:
                for group in groups:
                    yield self._ssyk_doc(group)
        if Kind.occupation in self.kinds:
            for occ in self.client.occupation_names(version=self.version):
                yield self._occupation_doc(occ, ssyk_codes)
        if Kind.skill in self.kinds:
            for skill in self.client.skills(version=self.version):
                yield self._skill_doc(skill)
        yield from self.client.malformed[reported:]

    def _doc(self, kind: Kind, prefix: str, concept_id: str, title: str, text: str, aliases: list[str],
             meta: dict[str, Any]) -> Document:
        return Document(
            id=f"jobtech:{prefix}:{concept_id}", kind=kind, concept_id=concept_id, title=title.strip(),
            text=text, aliases=aliases, url=atlas_url(concept_id), source=self.name,
            licence=LICENCE_TAXONOMY_API, metadata=jsonable_meta(meta),
        )

    def _ssyk_groups(self) -> list[SsykLevel4]:
        # Fetched once: documents() and write_relations() both need them.
        if self._groups is None:
            self._groups = self.client.ssyk_level_4(version=self.version)
        return self._groups

    def _occupation_doc(self, occ: OccupationName, ssyk_codes: Mapping[str, str]) -> Document:
        ssyk = _first(occ.ssyk)
        field = _first(ssyk.occupation_field) if ssyk else None
        ssyk_code = (ssyk.ssyk_code_2012 or ssyk_codes.get(ssyk.id)) if ssyk else None
        text, def_source = clean_definition(occ.definition)
        # Same metadata keys as the file source (ingest/sources/jobtech_taxonomy.py).
        return self._doc(
            Kind.occupation, "occupation-name", occ.id, occ.preferred_label, text,
            _aliases(occ.preferred_label, [t.preferred_label or "" for t in occ.job_titles], occ.alternative_labels),
            {"ssyk_id": ssyk.id if ssyk else None, "ssyk_code": ssyk_code,
             "ssyk_label": ssyk.preferred_label if ssyk else None,
             "field_id": field.id if field else None, "field_label": field.preferred_label if field else None,
             "definition_source": def_source},
        )

    def _ssyk_doc(self, group: SsykLevel4) -> Document:
        names = [o.preferred_label for o in group.occupations if o.preferred_label]
        field_labels = [f.preferred_label for f in group.occupation_field if f.preferred_label]
        # The file source composes this text; the API's definition (when any) is appended.
        text = f"Yrkesgrupp (SSYK nivå 4): {group.preferred_label.strip()}."
        if field_labels:
            text += f" Yrkesområde: {', '.join(field_labels)}."
        if names:
            text += f" Yrkesbenämningar: {', '.join(sorted(names))}."
        definition, _ = clean_definition(group.definition)
        if definition:
            text += f" {definition}"
        return self._doc(
            Kind.ssyk, "ssyk-level-4", group.id, group.preferred_label, text,
            _aliases(group.preferred_label, names, group.alternative_labels),
            {"ssyk_code": group.ssyk_code_2012, "field_ids": [f.id for f in group.occupation_field]},
        )

    def _skill_doc(self, skill: Skill) -> Document:
        headline = _first(skill.headlines)
        return self._doc(
            Kind.skill, "skill", skill.id, skill.preferred_label, clean_definition(skill.definition)[0],
            _aliases(skill.preferred_label, skill.alternative_labels),
            {"headline_id": headline.id if headline else None},
        )

    def forecast_rows(self) -> list[tuple[str, str]]:
        """(forecast/barometer concept id, ssyk-level-4 concept id) pairs from the API."""
        return [(link.forecast_id, link.ssyk_id) for link in self.client.forecast_occupation_ssyk(version=self.version)]

    def ssyk_code_rows(self) -> list[tuple[str, str, str]]:
        """(ssyk-level-4 id, SSYK-2012 code, source) for every group the API gives a code for."""
        return [(g.id, g.ssyk_code_2012, self.name) for g in self._ssyk_groups() if g.ssyk_code_2012]

    def write_relations(self, data_dir: Path | None, db: Any) -> None:
        """Write ``forecast_ssyk`` (forecast/barometer occupation -> ssyk-level-4) and
        ``ssyk_codes`` (all SSYK codes; the files only know a few) through the relations writer.

        Other relations (occupation -> SSYK, ...) travel in document metadata; the file source
        owns those tables. Each replace_* rewrites its whole table.
        """
        forecast = self.forecast_rows()
        db.replace_forecast_ssyk(forecast)
        codes = self.ssyk_code_rows()
        if codes:  # never wipe the file-derived codes with nothing
            db.replace_ssyk_codes(codes)
        log.info("api_relations source=%s forecast_ssyk=%d ssyk_codes=%d", self.name, len(forecast), len(codes))


class ApiJobSearchSource:
    """Current ads from JobSearch, one or more queries, each capped at ``max_ads``."""

    name = "jobsearch_api"
    kinds: tuple[Kind, ...] = (Kind.ad,)

    def __init__(self, client: JobSearchClient, *, queries: Sequence[Mapping[str, Any]] | None = None,
                 max_ads: int = 2000) -> None:
        self.client = client
        # A query is a dict of JobSearchClient.search filters (q, occupation_name, occupation_group,
        # region, municipality). The default {} is the whole open ad set, newest first per the API.
        self.queries = list(queries) if queries is not None else [{}]
        self.max_ads = max_ads

    def documents(self, data_dir: Path | None = None) -> Iterator[Document | MalformedRecord]:
        """Yield one ``ad:<id>`` document per ad that is not removed (first occurrence wins)."""
        seen: set[str] = set()
        for query in self.queries:
            for page in self.client.iter_pages(**query, max_ads=self.max_ads):
                yield from page.malformed
                for ad in page.hits:
                    if ad.id in seen or ad.removed:
                        continue
                    seen.add(ad.id)
                    doc = ad_document(ad, source=self.name)
                    if doc is None:
                        yield MalformedRecord(source=self.name, locator=f"ad:{ad.id}", reason="no headline")
                    else:
                        yield doc

    def write_relations(self, data_dir: Path | None, db: Any) -> None:
        """Ads carry their relations in metadata; nothing to write."""
        return None


def ad_document(ad: JobAd, *, source: str = ApiJobSearchSource.name) -> Document | None:
    """The ``ad`` Document of one JobSearch ad (None when it has no headline).

    Contact details are left out (application_contacts) and e-mail/phone numbers are
    redacted from the text: they are personal data of recruiters, not guidance content.
    """
    title = clean_text(ad.headline or "")
    if not title:
        return None
    desc = ad.description
    text = clean_text((desc.text if desc else None) or (desc.text_formatted if desc else None) or "",
                      max_chars=AD_TEXT_MAX_CHARS)
    text = redact_contacts(text)
    addr = ad.workplace_address
    group = ad.occupation_group
    ssyk_code = group.legacy_ams_taxonomy_id if group else None
    if not (isinstance(ssyk_code, str) and len(ssyk_code) == 4 and ssyk_code.isdigit()):
        ssyk_code = None
    meta = {
        "occupation_ids": [ad.occupation.concept_id] if ad.occupation and ad.occupation.concept_id else [],
        "ssyk_id": group.concept_id if group else None,
        "ssyk_code": ssyk_code,
        "field_id": ad.occupation_field.concept_id if ad.occupation_field else None,
        "region_ids": [addr.region_concept_id] if addr and addr.region_concept_id else [],
        "municipality_ids": [addr.municipality_concept_id] if addr and addr.municipality_concept_id else [],
        "place": addr.municipality if addr else None,
        "occupation_label": ad.occupation.label if ad.occupation else None,
        "date": (ad.publication_date or "")[:10] or None,
        "employer": clean_text(ad.employer.name) if ad.employer and ad.employer.name else None,
        "ad_source": "jobsearch_api",
    }
    return Document(
        id=f"ad:{ad.id}", kind=Kind.ad, concept_id=ad.id, title=title, text=text,
        language=guess_language(f"{title} {text}"),
        url=ad.webpage_url or PLATSBANKEN_AD_URL.format(id=ad.id), source=source,
        licence=LICENCE_JOBSEARCH_API, metadata=jsonable_meta(meta),
    )


class ApiSusaSource:
    """Labour-market training courses (AUB) joined from Susa-navet infos and events."""

    name = "susa_api"
    kinds: tuple[Kind, ...] = (Kind.course,)

    def __init__(self, client: SusaClient) -> None:
        self.client = client
        self._courses: list[CourseRecord] | None = None

    def _load(self) -> list[CourseRecord]:
        if self._courses is None:
            self._courses = self.client.labour_market_courses()
        return self._courses

    def documents(self, data_dir: Path | None = None) -> Iterator[Document | MalformedRecord]:
        """Yield one ``course:<educationInfo identifier>`` document per course."""
        reported = len(self.client.malformed)
        for course in self._load():
            yield course_document(course, source=self.name)
        yield from self.client.malformed[reported:]

    def write_relations(self, data_dir: Path | None, db: Any) -> None:
        """Write ``courses`` and ``course_ssyk`` for the API's course documents (same doc ids),
        replacing the file-derived rows (the store holds the API documents after an API ingest)."""
        courses = self._load()
        if not courses:
            return
        db.replace_courses((f"course:{c.id}", clean_text(c.title), _first(c.towns), c.url, None, None) for c in courses)
        db.replace_course_ssyk((f"course:{c.id}", code) for c in courses for code in c.ssyk_codes)


def course_document(course: CourseRecord, *, source: str = ApiSusaSource.name) -> Document:
    """The ``course`` Document of one joined Susa-navet course record."""
    meta = {
        "ssyk_code": _first(course.ssyk_codes),
        "ssyk_codes": course.ssyk_codes,
        "place": _first(course.towns),
        "places": course.towns,
        "municipality_codes": course.municipality_codes,
        "date": _first(sorted(d[:10] for d in course.start_dates if d)),
    }
    return Document(
        id=f"course:{course.id}", kind=Kind.course, concept_id=course.id, title=clean_text(course.title),
        text=clean_text(course.description), url=course.url, source=source, licence=LICENCE_SUSA_API,
        metadata=jsonable_meta(meta),
    )


def api_sources(settings: Any, *, max_ads: int = 2000) -> list[Any]:
    """The live-API sources with clients configured from ``settings`` (no request is made here)."""
    key = settings.api_key_jobtech.get_secret_value() if settings.api_key_jobtech else None
    common = {"timeout": settings.http_timeout_s, "retries": settings.http_retries}
    return [
        ApiTaxonomySource(TaxonomyClient(settings.taxonomy_api_url, api_key=key, **common)),
        ApiSusaSource(SusaClient(settings.susa_api_url, **common)),
        ApiJobSearchSource(JobSearchClient(settings.jobsearch_api_url, api_key=key, **common), max_ads=max_ads),
    ]
