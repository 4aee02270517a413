"""Request/response models of a conversation turn (the API and the CLI chat use them).

The conversation lives with the client: each request carries the prior turns and the
current profile; the response carries the updated profile. Nothing is kept server-side.
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from vagledning.domain.profile import Profile


class ChatMessage(BaseModel):
    role: Literal["user", "assistant"]
    content: str


class ChatRequest(BaseModel):
    messages: list[ChatMessage] = Field(min_length=1, description="Prior turns and, last, the new user message.")
    profile: Profile | None = None
    language: str | None = Field(default=None, description="Language chosen in the UI (ISO 639-1, or 'sv-easy'). Default: detected.")
    style: Literal["standard", "easy"] = "standard"
    region: str | None = Field(default=None, description="Region concept id chosen in the UI, if any.")
    use_llm: bool | None = Field(default=None, description="None = use the LLM when configured.")


class Citation(BaseModel):
    n: int
    id: str = Field(description="Document id in the store (e.g. jobtech:occupation-name:…).")
    kind: str
    title: str
    url: str | None = None
    snippet: str = ""


class PresentedOccupation(BaseModel):
    """An occupation the answer presents (suggested, or the one a follow-up question is about)."""

    id: str = Field(description="JobTech occupation-name concept id.")
    label: str
    ssyk_code: str | None = None
    ssyk_id: str | None = None


class ChatResponse(BaseModel):
    answer: str
    language: str
    profile: Profile
    citations: list[Citation] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    removed_citations: int = 0
    uncited_sentences: int = 0
    composer: Literal["grounded", "llm"] = "grounded"
    suggestions: list[str] = Field(default_factory=list, description="Quick replies the UI may offer.")
    occupations: list[PresentedOccupation] = Field(
        default_factory=list, description="The occupations this answer presents, in the order shown.")
    action: str = Field(default="", description=(
        "What was answered: greet, ask, suggest, more, describe, salary, demand, licence, courses, swedish, "
        "explore, which_occupation, unknown_occupation, nothing_more, outside_scope (a question the sources do "
        "not answer: the authority to ask), recognition, conditions (one occupation's working conditions: hours, "
        "nights, physical load, travel), what_is (a course, subject or certificate named bare), rights (study money, SFI "
        "with temporary protection, paid care of a relative, support when sick-listed: the deciding authority's pages), "
        "steps (\"what do I do first?\": the ordered first steps for this person, each from a curated page), "
        "compare (two or three named occupations side by side: the way in, salary, job ads, forecast), "
        "compare_routes (\"which way is better for me?\": the routes or occupations in play weighed for this person – "
        "each way in and its pay, study money, the shorter way to an income, a lean and the counsellor)."))
    parts: list[str] = Field(default_factory=list, description=(
        "Each question of the message answered, in the order asked: the first is ``action``, the others follow "
        "(\"what does X earn, and how long is the training?\" -> [\"salary\", \"courses\"]); a message asking one "
        "thing has one."))


class ChatEvent(BaseModel):
    """One Server-Sent Event: profile, token, citations, notice, done, error."""

    event: Literal["profile", "token", "citations", "notice", "done", "error"]
    data: dict[str, Any]
