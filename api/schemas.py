"""Request models of the HTTP API (the chat models live in assistant/contract.py)."""
from __future__ import annotations

from fastapi.openapi.models import Example
from pydantic import BaseModel, ConfigDict, Field

from vagledning.domain.profile import Profile

EXAMPLE_TEXT = ("Jag heter Amal och jobbade som kock i sex år i Aleppo. Här i Sverige har jag praktiserat på en "
                "förskola. Jag pratar arabiska och lite svenska och vill jobba i Skåne.")

CHAT_EXAMPLES: dict[str, Example] = {
    "first_turn": {
        "summary": "A first message in Swedish",
        "value": {"messages": [{"role": "user", "content": EXAMPLE_TEXT}], "language": "sv"},
    },
    "arabic": {
        "summary": "Arabic, with a region chosen in the UI",
        "value": {"messages": [{"role": "user", "content": "عملت طباخاً لمدة ست سنوات. ماذا يمكنني أن أعمل في السويد؟"}],
                  "language": "ar", "region": "CaRE_1nn_cSU"},
    },
    "easy_swedish": {
        "summary": "Lätt svenska",
        "value": {"messages": [{"role": "user", "content": "Jag vill jobba med barn. Vad ska jag plugga?"}],
                  "language": "sv-easy", "style": "easy"},
    },
}


class InterpretRequest(BaseModel):
    """A self-assessment to interpret into a profile."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"text": EXAMPLE_TEXT, "language": "sv"}]})

    text: str = Field(min_length=1, description="The person's own account, in any language.")
    language: str | None = Field(default=None, description="ISO 639-1 code, or 'sv-easy'. Default: detected.")


class MatchRequest(BaseModel):
    """Text and/or an (edited) profile to match against occupations."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"text": EXAMPLE_TEXT, "region": "CaRE_1nn_cSU", "top": 5},
        {"profile": {"language": "sv", "skills": [], "removed_skill_ids": ["xyz"]}, "top": 5},
    ]})

    text: str | None = Field(default=None, description="A self-assessment (interpreted first).")
    profile: Profile | None = Field(default=None, description="A profile from /v1/interpret, possibly edited.")
    region: str | None = Field(default=None, max_length=64, description="Region concept id (see /v1/regions).")
    top: int = Field(default=10, ge=1, le=50)


class Region(BaseModel):
    """A Swedish county (län) concept."""

    id: str
    name: str
