"""The typed profile the interpreter builds from a self-assessment.

Every item carries the span of the user's text that supports it and a confidence;
nothing is included without a supporting span. The profile lives with the client:
the server returns it with each turn and keeps nothing.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Span(BaseModel):
    """Where in the (redacted) user text an item is supported."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str = Field(description="The supporting excerpt, as written (after redaction).")
    message: int = Field(default=0, ge=0, description="Index of the user message the span is in (0 = first).")


class ConceptRef(BaseModel):
    """A taxonomy concept: JobTech occupation-name / ssyk-level-4 / skill, or ESCO."""

    id: str = Field(description="The source's own concept id (JobTech id or ESCO URI).")
    kind: Literal["occupation", "ssyk", "skill", "esco_occupation", "esco_skill", "occupation_field"]
    label: str
    url: str | None = None
    esco_uri: str | None = None


class Experience(BaseModel):
    """Work the person has done."""

    occupation: ConceptRef
    ssyk_id: str | None = None
    ssyk_code: str | None = None
    span: Span
    confidence: float = Field(ge=0, le=1)
    abroad: bool = False
    country: str | None = None
    years: float | None = None
    recognition: str | None = Field(default=None, description="Swedish recognition/licence the sources say may be needed.")
    recognition_sources: list[str] = Field(default_factory=list)


class SkillItem(BaseModel):
    """A skill linked to the JobTech taxonomy (2019 skill ids) with its ESCO URI where mapped."""

    id: str
    label: str
    esco_uri: str | None = None
    url: str | None = None
    span: Span
    confidence: float = Field(ge=0, le=1)


class EducationItem(BaseModel):
    """Education the person has, with SUN level / SeQF where inferable."""

    label: str
    sun_level: str | None = None
    seqf: int | None = None
    field: str | None = None
    abroad: bool = False
    span: Span
    confidence: float = Field(ge=0, le=1)


class LanguageItem(BaseModel):
    """A language the person speaks (ISO 639-1 code)."""

    code: str
    level: str | None = None
    span: Span
    confidence: float = Field(ge=0, le=1)


class Interest(BaseModel):
    """Something the person likes; optionally linked to a concept."""

    label: str
    concept: ConceptRef | None = None
    span: Span
    confidence: float = Field(ge=0, le=1)


class Wish(BaseModel):
    """A target direction: an occupation to become, a field, studies."""

    kind: Literal["occupation", "field", "study", "other"]
    label: str
    concept: ConceptRef | None = None
    ssyk_code: str | None = None
    span: Span
    confidence: float = Field(ge=0, le=1)


class Constraint(BaseModel):
    """Place, pace, distance learning, or something the person does not want."""

    kind: Literal["region", "municipality", "study_pace", "distance_learning", "avoid", "other"]
    value: str = Field(description="Region/municipality concept id, pace percent, 'true', or the avoided thing.")
    label: str
    concept: ConceptRef | None = None
    span: Span
    confidence: float = Field(ge=0, le=1)


class Profile(BaseModel):
    """Structured, taxonomy-linked self-assessment."""

    language: str | None = Field(default=None, description="ISO 639-1 code of the user's language (sv, en, ar, so, ti, fa, uk …).")
    experiences: list[Experience] = Field(default_factory=list)
    skills: list[SkillItem] = Field(default_factory=list)
    education: list[EducationItem] = Field(default_factory=list)
    languages: list[LanguageItem] = Field(default_factory=list)
    interests: list[Interest] = Field(default_factory=list)
    wishes: list[Wish] = Field(default_factory=list)
    constraints: list[Constraint] = Field(default_factory=list)
    removed_skill_ids: list[str] = Field(default_factory=list, description="Skills a counsellor/user removed; never re-added.")

    def region_id(self) -> str | None:
        """The region the person lives in or wants to work in, if stated."""
        for c in self.constraints:
            if c.kind == "region":
                return c.value
        return None
