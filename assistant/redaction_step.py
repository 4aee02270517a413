"""Step 2: redact the new message and the prior turns before anything else sees them."""
from __future__ import annotations

import re

from assistant.contract import ChatMessage
from assistant.interpretation.asides import blank_asides
from assistant.interpretation.introduced_work import redact_keeping_work, work_words
from assistant.state import TurnState

__all__ = ["redact_turn", "work_words"]


def redact_turn(state: TurnState) -> None:
    """Fill ``state.text`` (redacted new message), ``state.history`` and ``state.redactions``."""
    msgs = state.request.messages
    new = redact_keeping_work(msgs[-1].content)
    # ("ok glöm lönen. hur lång är utbildningen?": a complaint or a topic dropped is no question's words, no occupation
    # «glöm» to look up; a message of nothing else keeps its words: asides.py)
    kept = blank_asides(new.text)
    state.text = kept if re.search(r"[^\W\d_]", kept) else new.text
    state.redactions = dict(new.counts)
    state.history = [ChatMessage(role=m.role, content=redact_keeping_work(m.content).text) for m in msgs[:-1]]
    state.user_index = sum(1 for m in msgs[:-1] if m.role == "user")
