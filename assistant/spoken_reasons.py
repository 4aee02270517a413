"""How the reasons a suggestion fits are said: only reasons the person can recognise, and "this is what you want to work
with" only of work the person named as a wish (wish14, honest12). Kept apart from :mod:`assistant.evidence`, which says
the suggestion itself."""
from __future__ import annotations

import re
from typing import Any

__all__ = ["named_wish", "spoken_reasons"]


def spoken_reasons(reasons: list[str], profile, match: Any | None = None) -> list[str]:
    """The reasons a suggestion is said to fit, as the person can recognise them: matching files a kind of work named as a
    wish ("office work", retrieval/matching.py) under "interest", and "it fits your interests" is said only where the
    person stated interests; without any, such a match is of "the kind of work you named" (``reasons.field``; rater26
    c3 T1 fa: «همه با علایق شما جور هستند» for someone who had said only that she wants office work)."""
    out = list(reasons)
    if "interest" in out and not profile.interests:
        out = list(dict.fromkeys("field" if r == "interest" else r for r in out))
    # "it is what you want to work with" only of work the person wished (its occupation or group), never of work stood
    # in for a wish while matching (honest12, rater27 C4 ti: office work for a builder who asked for lighter work)
    if match is not None and "wish" in out and not _wished(match, profile):
        out = list(dict.fromkeys("default" if r == "wish" else r for r in out))
    return out


#: Work in the same SSYK minor group (three digits) as a wished occupation is of the kind wished.
_WISHED_DIGITS = 3


def _wished(match: Any, profile) -> bool:
    """The suggestion is a wish of the person's profile: the occupation itself, its SSYK group named as the wish, or an
    occupation of the same minor group as one wished."""
    code = getattr(match, "ssyk_code", None) or ""
    for w in profile.wishes:
        if not named_wish(w):  # ("ett dagjobb" guessed as VA-ingenjör is no work the person named: wish14)
            continue
        ids = {w.concept.id} if w.concept is not None else set()
        if match.id in ids or (getattr(match, "ssyk_id", None) or "") in ids:
            return True
        if code and w.ssyk_code and code[:_WISHED_DIGITS] == w.ssyk_code[:_WISHED_DIGITS]:
            return True
    return False


#: A wished occupation this sure was named by the person (a curated term, or the occupation's own title).
_NAMED_WISH = 0.85
#: The shortest word of a title that, found inside the words the person used, names it ("lager" in «lagerledare»).
_NAMED_PART = 5


def named_wish(w) -> bool:
    """The person named this wish: a field or a study they told, or an occupation linked surely (a curated term, its own
    title) or one a word of whose title stands in their words («lagerledare» for «Arbetsledare, lager»). A guess from
    words that name no work («ett dagjobb» → VA-ingenjör at 0.65, rater28 c07) is none, so it is never called "det är
    det du vill arbeta med"."""
    if w.kind != "occupation" or w.confidence >= _NAMED_WISH:
        return True
    said = [t for t in re.findall(r"\w+", (w.span.quote if w.span else "").casefold()) if len(t) >= _NAMED_PART]
    title = [t for t in re.findall(r"\w+", (w.label or "").casefold()) if len(t) >= _NAMED_PART]
    return any(t in s for t in title for s in said)
