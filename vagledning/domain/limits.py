"""Input limits, one place for every entry point (API routers, the engine behind CLI and chat).

The sizes come from settings (``max_message_chars``, ``max_turns``); these checks only decide
what is too much and say so with a clear 422 (:class:`vagledning.errors.BadInput`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from vagledning.errors import BadInput

_SURROGATE = re.compile("[\ud800-\udfff]")


class _Message(Protocol):
    @property
    def role(self) -> str: ...

    @property
    def content(self) -> str: ...


def check_text(text: str | None, max_chars: int, what: str = "The text") -> None:
    """422 with a clear message when a text is longer than the configured limit, or not valid Unicode."""
    if text is not None and len(text) > max_chars:
        raise BadInput(f"{what} is too long: at most {max_chars} characters are allowed.", code="message_too_long")
    if text is not None and _SURROGATE.search(text):
        # JSON may spell unpaired surrogates (\ud800); they cannot be encoded in any answer.
        raise BadInput(f"{what} contains invalid characters (unpaired UTF-16 surrogates).", code="invalid_text")


def check_turn(messages: Sequence[_Message], max_chars: int) -> None:
    """What every turn needs, wherever it comes from: the new message last, from the user, not too long.

    (An empty first message is allowed here: the assistant answers it with a greeting.)"""
    if not messages or messages[-1].role != "user":
        raise BadInput("The last message must be the user's new message.", code="bad_input")
    check_text(messages[-1].content, max_chars, "The message")


def check_conversation(messages: Sequence[_Message], max_turns: int, max_chars: int) -> None:
    """Validate an API chat request's whole history against the configured limits."""
    if len(messages) > max_turns:
        raise BadInput(f"The conversation is too long: at most {max_turns} messages per request. "
                       "Start a new conversation or send fewer earlier turns.", code="too_many_turns")
    for m in messages:
        check_text(m.content, max_chars, "A message")
    check_turn(messages, max_chars)
    if not messages[-1].content.strip():
        raise BadInput("The message is empty.", code="empty_message")
