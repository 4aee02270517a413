"""Which told interest a suggestion stands for (interp24, issue 9): "it fits your interest in animals" is said only when
it is true. A suggestion stands for an interest topic the person told when it is among the occupations that topic
points to first (retrieval/interest_leads.TOPIC_REPS, the same test the interest leads use to give each told interest a
place). A suggestion that stands for several told topics, or for none (found by the person's interest types alone, or
a field wished: "office work"), keeps the general "it fits your interests"."""
from __future__ import annotations

from typing import Any

__all__ = ["interest_topic"]


def _told_topics(profile) -> list[str]:
    from retrieval.interests import cue_scores, interest_text

    text = interest_text(profile)
    return list(cue_scores(text, profile.language)[1]) if text else []


def interest_topic(match: Any, profile, rt, told: list[str] | None = None) -> str | None:
    """The key of the one told interest topic ``match`` stands for, or None. ``told``: the person's topics when the
    caller has read them already (one answer says several suggestions)."""
    if not profile.interests or "interest" not in (getattr(match, "reasons", None) or []):
        return None
    keys = _told_topics(profile) if told is None else told
    if not keys:
        return None
    from retrieval.interest_leads import TOPIC_REPS
    from retrieval.interest_model import model_for
    from retrieval.interests import load_topics

    topics = {t.key: t for t in load_topics()}
    model = model_for(rt)
    mine = [k for k in keys if k in topics
            and match.id in {oid for oid, _ in model.topic_hits(rt, topics[k].search)[:TOPIC_REPS]}]
    return mine[0] if len(mine) == 1 else None
