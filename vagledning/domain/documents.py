"""The one normalised model for everything that is ingested."""
from __future__ import annotations

import hashlib
import json
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field


class Kind(StrEnum):
    """Document kinds; each kind is one Chroma collection and one BM25 index."""

    occupation = "occupation"            # JobTech occupation-name
    ssyk = "ssyk"                        # JobTech ssyk-level-4
    occupation_field = "occupation_field"
    skill = "skill"                      # JobTech skill (2019 dump: the only file with skill ids)
    skill_headline = "skill_headline"
    esco_occupation = "esco_occupation"
    esco_skill = "esco_skill"
    description = "description"          # Arbetsförmedlingen "Hitta yrken" texts
    ad = "ad"
    course = "course"                    # Susa-navet labour-market courses (AUB)
    programme = "programme"              # MYH Yrkeshögskolan programmes
    statistics = "statistics"            # labour-market figures per SSYK group (ads per region, salary)
    regulated_profession = "regulated_profession"  # curated: licence, authority and route per regulated profession
    interest_profile = "interest_profile"  # O*NET RIASEC profile of a JobTech occupation (via ESCO)
    education_route = "education_route"  # curated: gymnasium programmes, högskola, YH, folkhögskola, Komvux, SFI …


MetaValue = str | int | float | bool | list[str]


class Document(BaseModel):
    """A normalised source record.

    ``id`` is stable and namespaced (``jobtech:occupation-name:rQds_YGd_quU``,
    ``esco:skill:<uuid>``, ``ad:<id>``, ``course:<id>``, ``yh:<id>``). ``concept_id`` is
    the source's own id (JobTech concept id, ESCO URI, ad id) reported in search hits.
    ``aliases`` are alternative labels (job titles, ESCO altLabels); each is matched on its own.
    """

    id: str
    kind: Kind
    concept_id: str
    title: str
    text: str = ""
    aliases: list[str] = Field(default_factory=list)
    language: str = "sv"
    url: str | None = None
    source: str
    licence: str
    metadata: dict[str, MetaValue] = Field(default_factory=dict)

    def content_hash(self) -> str:
        """Hash of everything that affects what is stored; unchanged hash = nothing to do."""
        payload = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


class MalformedRecord(BaseModel):
    """A source record that could not be parsed; reported and counted, never fatal."""

    source: str
    locator: str
    reason: str


def jsonable_meta(values: dict[str, Any]) -> dict[str, MetaValue]:
    """Keep metadata Chroma accepts: str/int/float/bool, and non-empty lists of str
    (filterable with ``{"field": {"$contains": value}}``). None and empty lists are dropped."""
    out: dict[str, MetaValue] = {}
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set)):
            items = sorted({str(v) for v in value if v is not None and str(v) != ""})
            if items:
                out[key] = items
        elif isinstance(value, (str, int, float, bool)):
            out[key] = value
        else:
            out[key] = str(value)
    return out
