"""The report's shape (the ``--format json`` contract): pydantic models, nothing computed here."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Category = Literal["coverage", "consistency", "freshness", "links"]

#: Data owners, in the order their sections are written.
OWNERS = ("JobTech", "Arbetsförmedlingen", "Skolverket/Susa-navet", "MYH", "SCB", "ESCO")


class Example(BaseModel):
    id: str
    label: str = ""
    detail: str = ""


class Finding(BaseModel):
    """One issue class: what is wrong, how often, examples with ids, and what it does to answers."""

    code: str
    owner: str
    source: str
    category: Category
    title: str
    count: int
    total: int | None = None
    examples: list[Example] = Field(default_factory=list)
    effect: str = ""


class CoverageRow(BaseModel):
    """``have`` of ``total`` units (occupations, SSYK groups, courses …) carry ``field``."""

    owner: str
    source: str
    field: str
    unit: str
    have: int
    total: int

    @property
    def percent(self) -> float:
        return round(100.0 * self.have / self.total, 1) if self.total else 0.0


class FreshnessRow(BaseModel):
    owner: str
    source: str
    oldest: str | None = None
    newest: str | None = None
    detail: str = ""


class LinkRow(BaseModel):
    """Link health of one kind's documents: syntax/pattern verdicts, and HTTP results when checked."""

    owner: str
    kind: str
    documents: int
    with_url: int
    bad: int
    generic: int
    distinct_urls: int
    http_checked: int = 0
    http_broken: int = 0


class DataReport(BaseModel):
    generated_at: str
    store_dir: str
    relations_built_at: str | None = None
    seconds: float = 0.0
    documents: dict[str, int] = Field(default_factory=dict)
    coverage: list[CoverageRow] = Field(default_factory=list)
    freshness: list[FreshnessRow] = Field(default_factory=list)
    links: list[LinkRow] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    links_checked_over_http: bool = False
    clean_checks: list[str] = Field(default_factory=list, description="Checks run that found nothing (codes).")
