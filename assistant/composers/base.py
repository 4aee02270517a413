"""The one interface both composers implement.

``compose(state)`` returns a :class:`Composition`: iterate it for text chunks (streaming);
when the iteration ends, ``citations`` holds the citations the composer proposes
(numbered as in the text). The citation check (:mod:`assistant.citations`) runs afterwards.
"""
from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any, Protocol

from assistant.contract import Citation
from assistant.errors import AssistantError
from assistant.state import TurnState


class ComposerFailed(AssistantError):
    """A composer could not produce an answer (the turn falls back to the grounded composer)."""

    status = 503
    code = "composer_failed"


class Composition:
    """Text chunks as they are produced, then the proposed citations and exempt sentences."""

    def __init__(self, gen: Generator[str, None, list[Citation]], *, exempt: set[str] | None = None) -> None:
        self._gen = gen
        self.parts: list[str] = []
        self.citations: list[Citation] = []
        #: Sentences the composer knows state no fact (greeting, question, general guidance).
        self.exempt: set[str] = exempt if exempt is not None else set()
        #: (code, message) of what a composer's output guard removed, shown to the person.
        self.notices: list[tuple[str, str]] = []
        #: The output guard's counts (LLM composer only), for logs and tests.
        self.report: Any = None
        self.done = False

    def __iter__(self) -> Iterator[str]:
        while True:
            try:
                chunk = next(self._gen)
            except StopIteration as stop:
                self.citations = list(stop.value or [])
                self.done = True
                return
            if chunk:
                self.parts.append(chunk)
                yield chunk

    @property
    def text(self) -> str:
        """Everything produced so far."""
        return "".join(self.parts)

    def run(self) -> Composition:
        """Consume the whole composition (non-streaming use)."""
        for _ in self:
            pass
        return self


class Composer(Protocol):
    """Turns a planned state into answer text with citations."""

    name: str

    def compose(self, state: TurnState) -> Composition:
        """Start composing; nothing may be written anywhere but the returned chunks."""
        ...
