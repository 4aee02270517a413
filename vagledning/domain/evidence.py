"""The one Evidence model: a citable fact with the store document it comes from.

Retrieval builds it (``match --jsonl`` prints it under ``occupations[].evidence``), the assistant's
answer plan and citation check use the same objects, and the occupation-details JSON carries its
dump. Field order is the ``match --jsonl`` contract (type, doc_id, kind, title, url, snippet, facts).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from vagledning.domain.links import link_verdict

#: What an item says: a derived fact about an occupation, or (for plain hits) the document kind.
EvidenceType = Literal[
    "description", "demand", "outlook", "salary", "course", "programme", "ad", "skills",
    "education_requirement", "recognition", "occupation", "ssyk",
    # plain search hits cited as they are (tools, course answers): the kind of the document
    "occupation_field", "skill", "skill_headline", "esco_occupation", "esco_skill", "statistics",
    "interest_profile",
    # a curated route into education (gymnasium programme, SFI, Komvux …) offered by who the person is
    "education_route",
]

#: Known weaknesses of a source that an answer citing it must state (issue 14; ``vagledning
#: data-report`` lists them per owner). Evidence carries the key in ``facts["caveat"]``.
CAVEATS: dict[str, str] = {
    "salary_percentiles_undocumented": "The source does not document which percentiles the low and high salary "
                                       "figures are (presumably the 10th and 90th) nor the year they describe.",
}


class Evidence(BaseModel):
    """A fact with its source: every item names a document id that exists in the store."""

    type: EvidenceType = Field(description="What the item says: description, demand, salary, course …")
    doc_id: str = Field(description="Store document id, citable (e.g. stats:ssyk:<id>, course:<id>).")
    kind: str
    title: str
    url: str | None = None
    snippet: str = ""
    facts: dict[str, Any] = Field(default_factory=dict, description="Structured values (counts, salary, place …).")

    @model_validator(mode="after")
    def _withhold_bad_link(self) -> Evidence:
        # One rule for every path that builds evidence: a link the data-quality report marks bad
        # (editing/admin paths, staging hosts, non-web schemes) is never cited; the fact stays.
        ok, reason = link_verdict(self.url)
        if not ok:
            self.url = None
            self.facts = {**self.facts, "link_withheld": reason}
        return self

    @classmethod
    def coerce(cls, item: Any) -> Evidence | None:
        """An Evidence from an Evidence or its JSON dump (the details contract); None when the item
        names no document (e.g. ``{"available": false}``) or is not evidence at all."""
        if item is None:
            return None
        if isinstance(item, Evidence):
            return item
        if not isinstance(item, Mapping) or not item.get("doc_id"):
            return None
        # model_validate: the type of a dumped item is checked against EvidenceType, as any input.
        return cls.model_validate({
            "doc_id": item["doc_id"], "kind": str(item.get("kind") or item.get("type") or ""),
            "type": item.get("type") or item.get("kind"), "title": str(item.get("title") or ""),
            "url": item.get("url"), "snippet": str(item.get("snippet") or ""), "facts": dict(item.get("facts") or {})})

    def prompt_text(self) -> str:
        """Text quoted to an LLM: the snippet plus the structured facts as ``name: value`` lines."""
        lines = [self.snippet.strip()] if self.snippet.strip() else []
        for k, v in self.facts.items():
            if v is None or v == "" or v == []:
                continue
            if isinstance(v, list):
                v = ", ".join(str(x) for x in v)
            if k == "caveat":
                v = CAVEATS.get(str(v), v)
            lines.append(f"{self.type}.{k}: {v}")
        return "\n".join(lines)
