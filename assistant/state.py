"""The narrow typed state one conversation turn passes from step to step.

Each step of :mod:`assistant.turn` reads a few fields and fills a few others:

language → redaction → profile update → intent + policy → evidence → composition → citation check.

Nothing here is kept after the turn: the client sends the prior turns and profile back next time.
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.contract import ChatMessage, ChatRequest
from vagledning.domain.evidence import Evidence
from vagledning.domain.geography import Place
from vagledning.domain.profile import Profile, Slot

#: Languages the grounded composer has templates for (``sv-easy`` is Swedish in easy style).
SUPPORTED = ("sv", "en", "ar", "so", "ti", "fa", "uk")
Style = Literal["standard", "easy"]
LOCALES = ("sv", "sv-easy", "en", "ar", "so", "ti", "fa", "uk")

Intent = Literal["greeting", "provide", "suggest", "more", "describe", "salary", "demand", "licence", "courses",
                 "recognition", "conditions",
                 "swedish", "explore"]
Action = Literal["greet", "ask", "suggest", "more", "describe", "salary", "demand", "licence", "courses", "swedish",
                 "recognition", "conditions", "what_is",
                 "explore", "which_occupation", "unknown_occupation", "nothing_more", "outside_scope",
                 "rights", "steps", "clarify", "compare", "compare_routes"]


class Fact(BaseModel):
    """One sentence of the answer plan: a template key, its parameters and (if factual) its source.

    ``source`` is the doc_id of the evidence that supports the sentence; ``None`` marks a
    sentence that states no fact from the sources (greeting, question, general guidance).
    """

    key: str
    params: dict[str, Any] = Field(default_factory=dict)
    source: str | None = None
    #: Further sources of the same sentence: one statement about several occupations, each from its own source
    #: (assistant/composers/merge.py SOURCED_EACH), marked with all their numbers.
    also: list[str] = Field(default_factory=list)
    bullet: bool = False
    paragraph: bool = Field(default=False, description="Starts a new paragraph (the next question's answer).")


class Focus(BaseModel):
    """The occupation a follow-up question is about."""

    id: str
    label: str
    ssyk_id: str | None = None
    ssyk_code: str | None = None
    named: bool = Field(default=False, description="True when the user named it in this message.")


class TurnState(BaseModel):
    """Everything one turn knows; built by the steps in :mod:`assistant.turn`."""

    request: ChatRequest
    language: str = "sv"
    style: Style = "standard"
    text: str = Field(default="", description="The new user message, redacted.")
    redactions: dict[str, int] = Field(default_factory=dict)
    history: list[ChatMessage] = Field(default_factory=list, description="Prior turns, redacted.")
    user_index: int = Field(default=0, description="Index of the new message among the user messages.")
    profile: Profile = Field(default_factory=Profile)
    message_profile: Profile | None = Field(default=None, description="What the new message alone says.")
    intent: Intent = "provide"
    action: Action = "ask"
    ask: Slot | None = None
    focus: Focus | None = None
    place: Place | None = Field(default=None, description="The place the turn is about (named or chosen).")
    evidence: list[Evidence] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    presented: list[Focus] = Field(default_factory=list, description="Occupations the answer presents, in order.")
    unresolved: str | None = Field(default=None, description="An occupation name the message gives that we do not know.")
    term: str | None = Field(default=None, description="A course, subject or certificate the message names bare.")
    parts: list[str] = Field(default_factory=list, description=(
        "The questions of a message that asks several, as the action answering each, in the order asked (multiq); "
        "[] when the turn answers one."))
    part_spans: list[tuple[str, int, int]] = Field(default_factory=list, description=(
        "Each answered question's words and the slice of ``facts`` that answers it (a message asking several)."))

    @property
    def locale(self) -> str:
        """Template set: the language, or ``sv-easy`` for Swedish in easy style."""
        return "sv-easy" if self.language == "sv" and self.style == "easy" else self.language

    def add_evidence(self, item: Evidence) -> Evidence:
        """Add an item once per (doc_id, type); returns the stored item."""
        for e in self.evidence:
            if e.doc_id == item.doc_id and e.type == item.type:
                return e
        self.evidence.append(item)
        return item

    def present(self, occupation: Any) -> None:
        """Record an occupation the answer presents (a Focus or an OccupationMatch), once."""
        if any(f.id == occupation.id for f in self.presented):
            return
        self.presented.append(Focus(id=occupation.id, label=occupation.label,
                                    ssyk_id=getattr(occupation, "ssyk_id", None),
                                    ssyk_code=getattr(occupation, "ssyk_code", None)))

    def say(self, key: str, source: str | None = None, *, bullet: bool = False, **params: Any) -> None:
        """Append one sentence to the answer plan."""
        self.facts.append(Fact(key=key, params=params, source=source, bullet=bullet))
