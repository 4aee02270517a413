"""Retrieval tools the LLM may call (bounded by ``settings.llm_max_tool_calls``).

Each tool adds what it finds to ``state.evidence`` (store documents only), so the citation
check accepts exactly the documents the model was shown.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.places import resolve
from assistant.state import TurnState
from retrieval.evidence import MAX_PROGRAMMES, related_programmes
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

SEARCH_KINDS = ["occupation", "description", "course", "programme", "ad"]
TOP = 4

TOOL_SPECS: list[dict[str, Any]] = [
    {"type": "function", "function": {
        "name": "search",
        "description": "Search Swedish career sources. Arguments are search terms only, never personal data.",
        "parameters": {"type": "object", "properties": {
            "query": {"type": "string", "description": "Occupation, skill or education words."},
            "kind": {"type": "string", "enum": SEARCH_KINDS}},
            "required": ["query", "kind"]}}},
    {"type": "function", "function": {
        "name": "occupation_details",
        "description": "Facts about one occupation: salary, demand, outlook, education requirement.",
        "parameters": {"type": "object", "properties": {
            "occupation": {"type": "string", "description": "Occupation name (Swedish preferred) or JobTech id."}},
            "required": ["occupation"]}}},
    {"type": "function", "function": {
        "name": "courses",
        "description": "Courses and vocational programmes for an occupation, optionally in a Swedish place.",
        "parameters": {"type": "object", "properties": {
            "query": {"type": "string", "description": "Occupation or subject."},
            "place": {"type": "string", "description": "Municipality or county in Sweden."}},
            "required": ["query"]}}},
]


class ToolRunner:
    """Runs one tool call against the runtime; returns how many evidence items it added."""

    def __init__(self, state: TurnState, rt: Runtime, details: Callable[..., dict] | None) -> None:
        self.state = state
        self.rt = rt
        self.details = details

    def _add_hits(self, hits: list[Any]) -> int:
        before = len(self.state.evidence)
        for h in hits:
            self.state.add_evidence(Evidence(doc_id=h.doc_id, kind=h.kind, type=h.kind, title=h.title,
                                             url=h.url or None, snippet=h.snippet,
                                             facts={"place": h.metadata.get("place")} if h.metadata.get("place")
                                             else {}))
        return len(self.state.evidence) - before

    def run(self, name: str, args: dict[str, Any]) -> int:
        """Execute a call; unknown tools and bad arguments find nothing (never raise)."""
        try:
            if name == "search":
                kind = str(args["kind"]) if args.get("kind") in SEARCH_KINDS else "description"
                return self._add_hits(self.rt.search.search(str(args.get("query", ""))[:200], kind, TOP))
            if name == "courses":
                place = resolve(str(args["place"])[:80], self.rt) if args.get("place") else None
                kw: dict[str, Any] = {"region": place.region_id} if place and place.region_id else {}
                q = str(args.get("query", ""))[:200]
                progs = related_programmes(self.rt.search.search(q, "programme", MAX_PROGRAMMES * 3, **kw), q)
                return self._add_hits(self.rt.search.search(q, "course", TOP, **kw) + progs)
            if name == "occupation_details" and self.details is not None:
                occ = str(args.get("occupation", ""))[:120]
                oid = occ
                if self.rt.relations.occupation(occ) is None:
                    hits = self.rt.search.search(occ, "occupation", 1)
                    if not hits:
                        return 0
                    oid = hits[0].concept_id
                d = self.details(oid, self.rt, region=self.state.request.region or self.state.profile.region_id())
                before = len(self.state.evidence)
                for key in ("demand", "salary", "outlook", "education_requirement", "recognition"):
                    ev = Evidence.coerce(d.get(key)) if isinstance(d.get(key), dict) else None
                    if ev is not None:
                        self.state.add_evidence(ev)
                for key in ("courses", "programmes"):
                    for item in (d.get(key) or [])[:2]:
                        ev = Evidence.coerce(item)
                        if ev is not None:
                            self.state.add_evidence(ev)
                return len(self.state.evidence) - before
        except Exception:  # noqa: BLE001 - a failing tool is "nothing found", the answer goes on
            return 0
        return 0
