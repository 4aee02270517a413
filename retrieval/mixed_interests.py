"""Work and interests told together: both lead somewhere (issue 9, "interests in a mixed message").

"I cleaned offices but I love drawing and computers": the work done brings its own occupation, its neighbours and
every occupation sharing its skills, each scored above what a liking brings, so the first suggestions were the work
and its neighbours and the interests were lost. When a person tells both work done and what they like, the first
suggestions an answer shows keep places for the interests: the best occupations the interests lead to (up to
``INTEREST_PLACES``) come right after the best one from the work.
Wishes keep their lead (a stated wish is sorted first before this runs and is never moved).
Someone who turned away from their own work ("jag vill bort från butiken, jag gillar barn": ``away``, rater27) gets
the field they like first: the work they leave only leads on through what carries over from it (turnaway12).
"""
from __future__ import annotations

from retrieval.match_models import OccupationMatch
from vagledning.domain.profile import Profile

SHOWN = 3            # the suggestions an answer shows first (assistant/evidence.SUGGEST_TOP)
INTEREST_PLACES = 2  # of them, the places the interests may have (the work keeps the first)
_WORK = ("experience", "similar", "transfer", "skills", "esco")


def _from_interest(m: OccupationMatch) -> bool:
    return "interest" in m.reasons


def _from_work(m: OccupationMatch) -> bool:
    return bool(set(_WORK) & set(m.reasons)) and "interest" not in m.reasons


def keep_interests(profile: Profile, matches: list[OccupationMatch], wished: set[str],
                   directions: dict, away: bool = False) -> list[OccupationMatch]:
    """``matches`` (sorted, wishes first) with the best interest-led occupations in the first places when the profile
    tells both work done and interests: the best from the work first, then up to ``INTEREST_PLACES`` led by the
    interests (those already there and the next best), then the rest in their order. ``directions`` ({id:
    (Direction, PersonInterests)}, retrieval/matching) tells whether the interests lead anywhere at all."""
    if not profile.experiences or not profile.interests or not directions or len(matches) <= 1:
        return matches
    head = [m for m in matches if m.id in wished]
    rest = [m for m in matches if m.id not in wished]
    window = SHOWN - len(head)
    if window <= 0:
        return matches
    there = [m for m in rest[:window] if _from_interest(m)]
    places = min(INTEREST_PLACES, window - 1) if any(_from_work(m) for m in rest) else window
    more = [m for m in rest[window:] if _from_interest(m)][:max(0, places - len(there))]
    if not more and not (away and there):
        return matches
    liked = there + more
    kept = [m for m in rest if m not in liked]
    if away:  # (the work turned away from leads on only after the field the person likes: turnaway12)
        return head + liked + kept
    work_first = 1 if kept and _from_work(kept[0]) else 0
    return head + kept[:work_first] + liked + kept[work_first:]
