"""Step 2: redact the new message and the prior turns before anything else sees them."""
from __future__ import annotations

from assistant.contract import ChatMessage
from assistant.state import TurnState
from retrieval.lexicon import match
from vagledning.domain.redaction import redact


def work_words(words: str) -> bool:
    """The words a weak introduction cue took as a name are an occupation of the lexicon from their first word
    ("مطور برمجيات", "ሲቪል ኢንጅነር"): a kind of work, kept for the interpreter. A name followed by an occupation
    ("Anna Snickare") starts with no occupation and stays redacted."""
    return any(h.start == 0 and h.score >= 0.85 for h in match(words, kinds=("occupation",)))


def redact_turn(state: TurnState) -> None:
    """Fill ``state.text`` (redacted new message), ``state.history`` and ``state.redactions``."""
    msgs = state.request.messages
    new = redact(msgs[-1].content, work_words=work_words)
    state.text = new.text
    state.redactions = dict(new.counts)
    state.history = [ChatMessage(role=m.role, content=redact(m.content, work_words=work_words).text) for m in msgs[:-1]]
    state.user_index = sum(1 for m in msgs[:-1] if m.role == "user")
