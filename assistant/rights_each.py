"""Each question of a message about rights, money or support read on its own (second24, rater34 class 3).

"Can I get a-kassa when my job ends? And if I start studying, do I get CSN?" was read as one question: the a-kassa and
studying together are the a-kassa's rule for students, so the a-kassa itself was never answered. When two or more
questions of a message each ask about a right on their own, the topics are read question by question, in the order
asked, each with what the message tells beside its questions ("I was laid off. …": the person's situation). When only
one does ("what does X earn? and can I get a-kassa?"), or a question reads as a right only with another one ("can I
get a-kassa? while I study?"), the message is read whole, as before.
"""
from __future__ import annotations

from collections.abc import Callable

from assistant.intents import SENTENCE
from assistant.state import TurnState

#: The question marks of every script: a sentence that ends with one asks.
_MARKS = ("?", "؟", "፧")


def questions_of(text: str) -> tuple[list[str], str]:
    """The sentences of ``text`` that end in a question mark, and the rest (what the message tells)."""
    sentences = [m.group(0).strip() for m in SENTENCE.finditer(text or "") if m.group(0).strip()]
    asked = [s for s in sentences if s.endswith(_MARKS)]
    told = " ".join(s for s in sentences if not s.endswith(_MARKS))
    return asked, told


def each_question(state: TurnState, read: Callable[[TurnState], list[str]]) -> list[str]:
    """The rights topics ``read`` finds, question by question when two or more questions each ask one (see above)."""
    asked, told = questions_of(state.text)
    if len(asked) < 2:
        return read(state)
    per = [read(state.model_copy(update={"text": f"{told} {q}".strip()})) for q in asked]
    if sum(1 for topics in per if topics) < 2:
        return read(state)
    found: list[str] = []
    for topics in per:
        found.extend(t for t in topics if t not in found)
    return found


def in_order_asked(found: list[str], rights: list[str]) -> tuple[list[str], bool]:
    """The topics to answer with several rights among them in the order asked (``rights``, read question by question),
    after the other topics; and whether several rights are asked (then each is a paragraph of its own)."""
    several = len(set(found) & set(rights)) > 1
    return ([t for t in found if t not in rights] + rights if several else found), several


def each_paragraph(state: TurnState, starts: list[int], start: int) -> None:
    """Each later right's answer (its first fact at ``starts``, after the rights' ``start``) a paragraph of its own."""
    for at in starts:
        if start < at < len(state.facts):
            state.facts[at] = state.facts[at].model_copy(update={"paragraph": True})


def rights_part(state: TurnState, answered: bool) -> None:
    """A right answered from its pages after another question's answer ("how long does it take? do I get CSN
    meanwhile?") is a part answered too: listed in the response's ``parts``, after the first."""
    if answered and state.action not in ("rights", "outside_scope") and "rights" not in state.parts:
        state.parts = [state.action, *state.parts[1:], "rights"]
