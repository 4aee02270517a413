"""Step 3: interpret the NEW user message and merge it into the profile the client sent.

Merging dedupes by concept id (or a folded label where an item has no id), never re-adds a
skill listed in ``removed_skill_ids``, and lets a newly stated region/municipality replace the
old one (people move). Questions about an occupation ("what does a welder earn?") do not turn
that occupation into an experience or wish: only statements update the profile.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.models import Profile
from assistant.state import TurnState

InterpretFn = Callable[..., Profile]
QUESTION_INTENTS = {"describe", "salary", "courses", "swedish"}


def _fold(s: str | None) -> str:
    return " ".join((s or "").casefold().split())


def _key(kind: str, item: Any) -> tuple:
    if kind == "experiences":
        return (item.occupation.id,)
    if kind == "skills":
        return (item.id,)
    if kind == "education":
        return (_fold(item.label), item.sun_level)
    if kind == "languages":
        return (item.code,)
    if kind in ("interests", "wishes"):
        concept = getattr(item, "concept", None)
        return (concept.id,) if concept is not None else (getattr(item, "kind", ""), _fold(item.label))
    if kind == "constraints":
        return (item.kind, item.value)
    return (id(item),)


LIST_FIELDS = ("experiences", "skills", "education", "languages", "interests", "wishes", "constraints")


def merge_profiles(base: Profile, new: Profile, *, language: str | None = None) -> Profile:
    """``base`` plus what ``new`` adds (see module docstring); inputs are not mutated."""
    removed = set(base.removed_skill_ids) | set(new.removed_skill_ids)
    out = base.model_copy(deep=True)
    new_places = {c.kind for c in new.constraints if c.kind in ("region", "municipality")}
    if new_places:
        out.constraints = [c for c in out.constraints if c.kind not in new_places]
    for name in LIST_FIELDS:
        items = list(getattr(out, name))
        seen = {_key(name, i) for i in items}
        for item in getattr(new, name):
            k = _key(name, item)
            if k in seen or (name == "skills" and item.id in removed):
                continue
            seen.add(k)
            items.append(item.model_copy(deep=True))
        if name == "skills":
            items = [s for s in items if s.id not in removed]
        setattr(out, name, items)
    out.removed_skill_ids = sorted(removed)
    out.language = language or new.language or base.language
    return out


def _stamp(profile: Profile, index: int) -> None:
    """Point every span of a single-message profile at the user message it came from."""
    for name in LIST_FIELDS:
        for item in getattr(profile, name):
            span = getattr(item, "span", None)
            if span is not None:
                span.message = index


def update_profile(state: TurnState, rt, interpret: InterpretFn | None) -> None:
    """Fill ``state.message_profile`` and ``state.profile`` (needs ``state.intent``)."""
    base = state.request.profile or Profile()
    message = Profile(language=state.language)
    if interpret is not None and state.text.strip():
        message = interpret(state.text, rt, language=state.language)
        _stamp(message, state.user_index)
    state.message_profile = message
    if state.intent in QUESTION_INTENTS:
        # Keep what the person told us; a question only changes the language.
        state.profile = base.model_copy(update={"language": state.language}, deep=True)
    else:
        state.profile = merge_profiles(base, message, language=state.language)


def is_empty(profile: Profile | None) -> bool:
    """True when a profile holds no items at all."""
    return profile is None or not any(getattr(profile, n) for n in LIST_FIELDS)
