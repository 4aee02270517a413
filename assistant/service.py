"""The one facade the API, the CLI and the evals talk to (protocol; implementation in assistant/engine.py).

Results are pydantic models or JSON-able dicts that follow the documented CLI contracts:
- interpret -> Profile
- match -> {"language", "profile", "occupations": [{"id","label","ssyk_id","ssyk_code","score",
            "matched_skills","missing_skills","evidence":[...], ...}]}
- search -> [{"id","kind","title","score","url","doc_id","snippet"}]
- occupation -> {"id","label","ssyk":{...},"description","skills":[...],"demand":{...},
                 "outlook":{...},"salary":{...},"courses":[...],"programmes":[...],"similar":[...],"sources":[...]}
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Protocol

from assistant.contract import ChatEvent, ChatRequest, ChatResponse
from vagledning.domain.profile import Profile


class AssistantService(Protocol):
    """Everything the product can do, behind one narrow interface."""

    def ready(self) -> dict[str, Any]:
        """Readiness details: {"store": bool, "embedder": bool, "documents": int, ...}; raises if not ready."""
        ...

    def interpret(self, text: str, *, language: str | None = None, llm: bool | None = None) -> Profile:
        """Interpret a self-assessment into a taxonomy-linked profile."""
        ...

    def profile_from_cv(self, data: bytes, *, language: str | None = None, llm: bool | None = None) -> Profile:
        """A CV file (PDF, DOCX, text; in memory only) → a profile with its CV structure (assistant.cv.CVProfile)."""
        ...

    def match(self, text: str | None = None, *, profile: Profile | None = None, region: str | None = None,
              top: int = 10, language: str | None = None, with_evidence: bool = True,
              id: str | None = None) -> dict[str, Any]:
        """Ranked occupations with explanations and evidence (see module docstring)."""
        ...

    def search(self, query: str, *, kind: str, top: int = 10, region: str | None = None,
               ssyk: str | None = None, snippets: bool = True) -> list[dict[str, Any]]:
        """Hybrid search in one kind of document."""
        ...

    def regions(self) -> list[dict[str, str]]:
        """The counties (län), ``[{"id", "name"}]``, from the relations DB."""
        ...

    def occupation(self, occupation_id: str, *, region: str | None = None) -> dict[str, Any]:
        """Everything we know about one occupation, with sources."""
        ...

    def turn(self, request: ChatRequest) -> ChatResponse:
        """Answer one conversation turn (non-streaming)."""
        ...

    def stream(self, request: ChatRequest) -> AsyncIterator[ChatEvent]:
        """Answer one turn as events: profile, token*, citations, notice*, done (or error)."""
        ...
