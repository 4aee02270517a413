"""Skolverket Susa-navet (``/api/1.1/infos``, ``/events``) with typed records.

Both endpoints page with ``page`` (0-based) and ``size`` and answer with the HAL/Spring
envelope of API_SHAPES §7. :meth:`SusaClient.labour_market_courses` joins infos and events
into labour-market training (AUB) course records: an info whose subject of type
``AUB_Subject`` carries the SSYK-2012 code, with the towns of its events.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any, TypeVar, Unpack

from pydantic import BaseModel, ConfigDict, Field

from ingest.connectors.http import OptIdStr, PagedClient, PagedOptions, parse_record
from ingest.errors import SourceError
from vagledning.domain.documents import MalformedRecord
from vagledning.settings import get_settings

log = logging.getLogger(__name__)

SERVICE = "Skolverket Susa-navet"
DEFAULT_PAGE_SIZE = 500
AUB_SUBJECT = "AUB_Subject"
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class LangString(_Model):
    lang: str | None = None
    content: str | None = None


class LangText(_Model):
    string: list[LangString] = Field(default_factory=list)

    def text(self, prefer: tuple[str, ...] = ("swe", "sv", "sve")) -> str:
        """The Swedish string if present, else the first non-empty one (CDATA markers removed)."""
        items = [s for s in self.string if s.content]
        for s in items:
            if (s.lang or "").lower() in prefer:
                return _CDATA.sub("", s.content or "").strip()
        return _CDATA.sub("", items[0].content or "").strip() if items else ""


class Subject(_Model):
    id: OptIdStr = None
    name: str | None = None
    nameEn: str | None = None
    type: str | None = None
    code: OptIdStr = None


class UrlList(_Model):
    url: list[LangString] = Field(default_factory=list)

    def first(self) -> str | None:
        for u in self.url:
            if u.content:
                return u.content.strip()
        return None


class EducationInfo(_Model):
    """educationInfo (API_SHAPES §7); shapes not needed here are kept as raw extras."""

    identifier: str
    code: str | None = None
    title: LangText | None = None
    description: LangText | None = None
    subject: list[Subject] = Field(default_factory=list)
    configuration: dict[str, Any] | None = None
    url: UrlList | None = None
    isVocational: bool | None = None
    expires: str | None = None
    lastEdited: str | None = None


class Location(_Model):
    town: str | None = None
    municipalityCode: OptIdStr = None
    streetAddress: str | None = None
    postCode: OptIdStr = None
    country: str | None = None


class Execution(_Model):
    start: str | None = None
    end: str | None = None
    condition: Any = None


class EducationEvent(_Model):
    """educationEvent: where and when an education runs."""

    identifier: str
    education: str | None = None
    provider: list[str] = Field(default_factory=list)
    execution: Execution | None = None
    location: list[Location] = Field(default_factory=list)
    isCancelled: bool | None = None
    expires: str | None = None
    lastEdited: str | None = None


class PageInfo(BaseModel):
    size: int = 0
    totalElements: int = 0
    totalPages: int = 0
    number: int = 0


class CourseRecord(BaseModel):
    """A labour-market course joined from one educationInfo and its events."""

    id: str
    title: str
    description: str = ""
    url: str | None = None
    ssyk_codes: list[str] = Field(default_factory=list)
    towns: list[str] = Field(default_factory=list)
    municipality_codes: list[str] = Field(default_factory=list)
    event_ids: list[str] = Field(default_factory=list)
    provider_ids: list[str] = Field(default_factory=list)
    start_dates: list[str] = Field(default_factory=list)


M = TypeVar("M", bound=BaseModel)


class SusaClient(PagedClient):
    """Read educationInfo/educationEvent records from Susa-navet.

    ``malformed`` collects records that did not fit their model (reported, never fatal).
    """

    service = SERVICE
    page_size = DEFAULT_PAGE_SIZE
    max_pages = 10_000

    def __init__(self, base_url: str | None = None, **options: Unpack[PagedOptions]) -> None:
        # A trailing slash: the endpoints are relative paths under the base URL's /api/1.1/.
        super().__init__((base_url or self.default_base_url()).rstrip("/") + "/", **options)

    @classmethod
    def default_base_url(cls) -> str:
        return get_settings().susa_api_url

    def _pages(self, endpoint: str, key: str, model: type[M], params: dict[str, Any]) -> Iterator[M]:
        # Relative paths ("infos", not "/infos") so the base URL's /api/1.1/ prefix is kept.
        page = 0
        while page < self._max_pages:
            body = self.get_json(endpoint, {**params, "page": page, "size": self._page_size})
            if not isinstance(body, dict) or not isinstance(body.get("content"), list):
                raise SourceError(f"{SERVICE}: GET /{endpoint} response has no content list")
            info = PageInfo.model_validate(body.get("page") or {})
            items = body["content"]
            for index, wrapper in enumerate(items):
                locator = f"/{endpoint}?page={page}#{index}"
                inner = wrapper.get("content") if isinstance(wrapper, dict) else None
                record = inner.get(key) if isinstance(inner, dict) else None
                if not isinstance(record, dict):
                    self.malformed.append(MalformedRecord(source="api:susa", locator=locator, reason=f"no content.{key}"))
                    continue
                parsed = parse_record(model, record, source="api:susa", locator=locator, malformed=self.malformed)
                if parsed is not None:
                    yield parsed
            log.info("susa_page endpoint=%s page=%d items=%d total_pages=%d", endpoint, page, len(items), info.totalPages)
            if not items or page + 1 >= info.totalPages:
                return
            page += 1
        raise SourceError(f"{SERVICE}: GET /{endpoint} paging did not end after {self._max_pages} pages")

    @staticmethod
    def _filters(vocational: bool | None, extra: dict[str, Any]) -> dict[str, Any]:
        params: dict[str, Any] = {}
        if vocational is not None:
            params["vocational"] = "true" if vocational else "false"
        for name, value in extra.items():
            if value is None:
                continue
            params[name] = ",".join(value) if isinstance(value, (list, tuple)) else value
        return params

    def infos(
        self,
        vocational: bool | None = True,
        *,
        configuration: str | None = None,
        organisation_form: list[str] | None = None,
        subject_ids: list[str] | None = None,
    ) -> Iterator[EducationInfo]:
        """All educationInfo records matching the filters, page by page."""
        params = self._filters(
            vocational, {"configuration": configuration, "organisationForm": organisation_form, "subjectIds": subject_ids}
        )
        return self._pages("infos", "educationInfo", EducationInfo, params)

    def events(
        self,
        vocational: bool | None = True,
        *,
        starts_after: str | None = None,
        organisation_form: list[str] | None = None,
    ) -> Iterator[EducationEvent]:
        """All educationEvent records matching the filters, page by page."""
        params = self._filters(vocational, {"startsAfter": starts_after, "organisationForm": organisation_form})
        return self._pages("events", "educationEvent", EducationEvent, params)

    def labour_market_courses(self, *, require_event: bool = True) -> list[CourseRecord]:
        """Join vocational infos with an ``AUB_Subject`` (SSYK code) and their non-cancelled
        events into course records. Infos without a current event are left out unless
        ``require_event`` is False (an info alone says nothing about where it runs)."""
        events_by_info: dict[str, list[EducationEvent]] = {}
        for event in self.events(vocational=True):
            if event.education and not event.isCancelled:
                events_by_info.setdefault(event.education, []).append(event)
        courses: list[CourseRecord] = []
        for info in self.infos(vocational=True):
            codes = sorted({s.code for s in info.subject if s.type == AUB_SUBJECT and s.code})
            if not codes:
                continue
            events = events_by_info.get(info.identifier, [])
            if require_event and not events:
                continue
            title = info.title.text() if info.title else ""
            if not title:
                self.malformed.append(MalformedRecord(source="api:susa", locator=f"/infos#{info.identifier}", reason="no title"))
                continue
            towns = _unique(loc.town for ev in events for loc in ev.location)
            courses.append(
                CourseRecord(
                    id=info.identifier,
                    title=title,
                    description=info.description.text() if info.description else "",
                    url=info.url.first() if info.url else None,
                    ssyk_codes=codes,
                    towns=towns,
                    municipality_codes=_unique(loc.municipalityCode for ev in events for loc in ev.location),
                    event_ids=_unique(ev.identifier for ev in events),
                    provider_ids=_unique(p for ev in events for p in ev.provider),
                    start_dates=_unique(ev.execution.start for ev in events if ev.execution),
                )
            )
        return courses


def _unique(values: Any) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(str(v).strip())
    return out
