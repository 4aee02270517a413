"""A question about the step from one driving licence category to another, answered from Transportstyrelsen's pages.

Rater13 (conv4 turn 5): a Somali bus driver asked «haddii aan haysto kaliya B korkort, ma ku bilaabi karaa D si toos
ah?» ("I only have B, can I start D straight away?") and got three lorry jobs. The question names a licence category
and asks about the step ("only B", "straight to D", "without C"): it is answered by the curated route documents
(``ingest/data/education_routes.yaml``, kind support) — B is the base and C is not needed before D, the ages for
practising, the learner's permit with its medical certificate — and, for someone whose licence may be from abroad, that
a licence from outside the EEA stops being valid a year after population registration. Each sentence is cited and says
that Transportstyrelsen decides; the topic is one of :data:`assistant.rights.TOPICS`.
"""
from __future__ import annotations

from assistant.intents import has
from assistant.state import TurnState

#: The pages said, in order: the ages (and that B is the base), the learner's permit, a licence from abroad.
DRIVING_ROUTES = ("ovningskorning_alder", "korkortstillstand_hogre", "utlandskt_korkort")
_ABROAD = "utlandskt_korkort"


def asks_licence_step(asked: str) -> bool:
    """The question names a licence category and asks about the step to another ("only B … straight to D?")."""
    return has("drive_class", asked) and has("drive_step", asked)


def driving_skip(state: TurnState) -> set[str]:
    """The licence-from-abroad page only for someone who may hold one: work abroad told, or writing another
    language than Swedish (as the licence answer reads a person's training: assistant/licence_answer.py)."""
    abroad = any(e.abroad for e in state.profile.experiences) or state.language not in ("sv", "sv-easy")
    return set() if abroad else {_ABROAD}
