"""Typed results of :class:`retrieval.relations.Relations` (frozen dataclasses)."""
from __future__ import annotations

from dataclasses import dataclass, field

from vagledning.domain import geography as _geo


@dataclass(frozen=True)
class Occupation:
    id: str
    label: str
    ssyk_id: str | None
    ssyk_code: str | None
    ssyk_label: str | None
    field_id: str | None
    field_label: str | None
    definition: str | None
    definition_source: str | None
    titles: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class OccupationRef:
    id: str
    label: str


@dataclass(frozen=True)
class Ssyk:
    id: str
    label: str
    code: str | None
    field_id: str | None
    field_label: str | None


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    ssyk_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DemandedSkill:
    label: str
    skill_id: str | None


@dataclass(frozen=True)
class Skill:
    id: str
    label: str
    legacy_id: str | None
    green: bool
    digital: bool
    description: str | None
    description_source: str | None


@dataclass(frozen=True)
class Similar:
    id: str
    kind: str  # within_field | similar_field
    label: str | None = None


@dataclass(frozen=True)
class EscoMatch:
    esco_uri: str
    relation: str
    esco_label_sv: str | None = None


@dataclass(frozen=True)
class EscoOccupation:
    uri: str
    label: str
    isco_code: str | None
    description: str | None
    regulated: bool


@dataclass(frozen=True)
class EscoSkillRef:
    skill_uri: str
    label: str | None
    relation: str  # essential | optional


@dataclass(frozen=True)
class EscoSkill:
    uri: str
    label: str
    skill_type: str | None
    reuse_level: str | None
    description: str | None


@dataclass(frozen=True)
class AdCounts:
    ssyk_id: str
    national: int | None
    by_region: dict[str, int]


@dataclass(frozen=True)
class Salary:
    ssyk_code: str
    low: int | None
    median: int | None
    high: int | None


@dataclass(frozen=True)
class BarometerEntry:
    region_id: str
    competition: str | None
    outlook: str | None


@dataclass(frozen=True)
class ForecastRow:
    fa_region: int
    assessment_2024: float | None
    assessment_2026: float | None
    employed: int | None
    share_women: float | None
    share_men: float | None


@dataclass(frozen=True)
class Course:
    doc_id: str
    title: str
    place: str | None
    url: str | None
    municipality_id: str | None
    region_id: str | None


@dataclass(frozen=True)
class Programme:
    doc_id: str
    title: str
    diarienummer: str | None
    sun5_code: str | None
    sun5_name: str | None
    area: str | None
    provider: str | None
    yh_points: int | None
    pace_percent: int | None
    study_form: str | None
    seqf: int | None
    exam: str | None
    municipalities: list[str] = field(default_factory=list)
    municipality_ids: list[str] = field(default_factory=list)
    region_ids: list[str] = field(default_factory=list)


# Places are the core's one place type (regions and municipalities) and its resolution result.
Place = _geo.Place
PlaceMatch = _geo.PlaceMatch


@dataclass(frozen=True)
class DescriptionDoc:
    occupation_id: str
    doc_id: str
    title: str
