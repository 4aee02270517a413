"""Typed results of occupation matching (the `vagledning match` contract)."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from vagledning.domain.evidence import Evidence
from vagledning.domain.profile import Profile


class SkillRef(BaseModel):
    label: str
    id: str | None = None


class CarriedSkillRef(BaseModel):
    """A skill of the person's earlier work that the suggested occupation needs (ESCO essential skill)."""

    label: str = Field(description="Swedish label (the JobTech skill or ESCO's Swedish label), else English.")
    label_en: str | None = Field(default=None, description="ESCO's English label.")
    id: str | None = Field(default=None, description="JobTech skill concept id (exact ESCO mapping), if any.")
    esco_uri: str


class OccupationMatch(BaseModel):
    """One suggested occupation with its explanation and evidence."""

    id: str = Field(description="JobTech occupation-name concept id.")
    label: str
    ssyk_id: str | None = None
    ssyk_code: str | None = None
    ssyk_label: str | None = None
    url: str | None = None
    score: float
    reasons: list[str] = Field(default_factory=list, description="Machine-readable reasons: experience, wish, similar, skills, interest.")
    explanation: str = ""
    led_by: list[str] = Field(default_factory=list, description="Quotes of the statements that led to it.")
    matched_skills: list[SkillRef] = Field(default_factory=list)
    missing_skills: list[SkillRef] = Field(default_factory=list)
    carried_skills: list[CarriedSkillRef] = Field(default_factory=list, description=(
        "For work the person turned away from: skills of it that this occupation needs (ESCO)."))
    evidence: list[Evidence] = Field(default_factory=list)


class MatchResult(BaseModel):
    id: str | None = None
    language: str | None = None
    region: str | None = None
    profile: Profile
    occupations: list[OccupationMatch] = Field(default_factory=list)
    next_questions: list[str] = Field(default_factory=list, description="What is still missing "
                                      "(codes: experience, wish, region, education, language).")
    notes: list[str] = Field(default_factory=list)
    excluded: list[dict[str, Any]] = Field(default_factory=list, description=(
        "Occupations left out because of the person's limitations or refusals: id, label, reason, doc_id, evidence."))

    def to_contract(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
