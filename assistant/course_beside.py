"""A course question asked beside money while studying keeps its answer (akassa29; rater36 class 2, issue 10).

"Do I get money while I study? Is there no ULV / no undersköterska course in Kalmar? I have 2 children" is two
questions. The rights answer (CSN's cards, :mod:`assistant.rights`) replaced the whole turn in Arabic, Somali,
Tigrinya and Persian, where the money sentence was read as a part of its own (an occupation's salary, or the course
answer itself): the course half vanished. Here: when one question sentence of the message asks a rights topic the
turn answers and another asks for a course or a place to study (its intent ``courses``) and asks no rights topic, the
course answer the turn planned stays beside the rights answer (:func:`assistant.scope.parts_beside`).
"""
from __future__ import annotations

from assistant.state import TurnState

_MARKS = ("?", "؟", "፧")


def course_facts(state: TurnState, whole: list[str]) -> list:
    """The facts to keep beside the rights answer when a course is asked beside it (:func:`course_asked_beside`):
    those of each planned part whose words ask no topic of ``whole`` (never the salary a money sentence was misread
    as), or all the turn said when it planned the message as one part (the course answer); [] otherwise."""
    from assistant.rights import rights_topics

    if not whole or not course_asked_beside(state, whole):
        return []
    spans = state.part_spans
    if len(spans) < 2:
        return list(state.facts)
    asked = set(rights_topics(state)) | set(whole)
    return [f for words, start, end in spans
            if not set(rights_topics(state.model_copy(update={"text": words}))) & asked
            for f in state.facts[start:end]]


def course_asked_beside(state: TurnState, whole: list[str]) -> bool:
    """A sentence asks for a course (no rights topic) and another asks a rights topic (of ``whole`` or any the message
    asks), and the turn planned an answer about courses (the course facts to keep)."""
    from assistant.intents import SENTENCE, intent_of
    from assistant.rights import rights_topics

    if not any(f.source and f.source.startswith(("course:", "programme:")) for f in state.facts):
        return False
    asked = [s for s in (m.group(0).strip() for m in SENTENCE.finditer(state.text)) if s.endswith(_MARKS)]
    if len(asked) < 2:
        return False
    rights = set(rights_topics(state)) | set(whole)  # (CSN beside aktivitetsstöd: every right the message asks)
    topics = [set(rights_topics(state.model_copy(update={"text": s}))) & rights for s in asked]
    course = any(not t and intent_of(s) == "courses" for s, t in zip(asked, topics, strict=True))
    return course and any(topics)
