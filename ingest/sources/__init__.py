"""File sources: one module per source, each implementing :class:`ingest.sources.base.Source`."""
from __future__ import annotations

from collections.abc import Iterable

from ingest.sources.ads import AdsSource
from ingest.sources.aub_courses import AubCoursesSource
from ingest.sources.base import Source
from ingest.sources.esco import EscoSource
from ingest.sources.esco_mappings import EscoMappingsSource
from ingest.sources.jobtech_taxonomy import JobTechTaxonomySource
from ingest.sources.labour_market import LabourMarketSource
from ingest.sources.occupation_info import OccupationInfoSource
from ingest.sources.onet import OnetSource
from ingest.sources.regulated import RegulatedProfessionsSource
from ingest.sources.routes import EducationRoutesSource
from ingest.sources.ssyk_statistics import SsykStatisticsSource
from ingest.sources.yh_programmes import YhProgrammesSource
from vagledning.domain.documents import Kind

FILE_SOURCES: list[Source] = [
    JobTechTaxonomySource(),
    EscoSource(),
    EscoMappingsSource(),
    OnetSource(),
    OccupationInfoSource(),
    AdsSource(),
    AubCoursesSource(),
    YhProgrammesSource(),
    LabourMarketSource(),
    SsykStatisticsSource(),
    RegulatedProfessionsSource(),
    EducationRoutesSource(),
]


def sources_for_kinds(kinds: Iterable[Kind | str] | None) -> list[Source]:
    """The file sources that yield any of ``kinds`` (None = all sources, incl. relations-only ones)."""
    if kinds is None:
        return list(FILE_SOURCES)
    wanted = {Kind(k) for k in kinds}
    return [s for s in FILE_SOURCES if wanted.intersection(s.kinds)]


__all__ = ["FILE_SOURCES", "Source", "sources_for_kinds"]
