"""A question about the step from one driving licence category to another, answered from Transportstyrelsen's pages.

Rater13 (conv4 turn 5): a Somali bus driver asked «haddii aan haysto kaliya B korkort, ma ku bilaabi karaa D si toos
ah?» ("I only have B, can I start D straight away?") and got three lorry jobs. The question names a licence category
and asks about the step ("only B", "straight to D", "without C"): it is answered by the curated route documents
(``ingest/data/education_routes.yaml``, kind support) — B is the base and C is not needed before D, the ages for
practising, the learner's permit with its medical certificate — and, for someone whose licence may be from abroad, that
a licence from outside the EEA stops being valid a year after population registration. Each sentence is cited and says
that Transportstyrelsen decides; the topic is one of :data:`assistant.rights.TOPICS`.

mend21 (rater21 conv2 T2/T7): «як обміняти мої українські права C і D? вони зараз дійсні?» (how do I exchange my
licence, is it valid now?) got SFI, and later the generic rule "a licence from outside the EEA is not valid a year after
registration" as fact for a Ukrainian under temporary protection. A licence named with an exchange or validity word
is the same topic, answered by the licence-from-abroad page only; for someone with temporary protection by
Transportstyrelsen's rule for them instead (the licence may be used as long as the protection lasts).
"""
from __future__ import annotations

from assistant.intent_cues import has
from assistant.residence import temporary_protection
from assistant.state import TurnState

#: The pages said, in order: the ages (and that B is the base), the learner's permit, a licence from abroad.
DRIVING_ROUTES = ("ovningskorning_alder", "korkortstillstand_hogre", "utlandskt_korkort", "korkort_tillfalligt_skydd")
_ABROAD, _PROTECTED = "utlandskt_korkort", "korkort_tillfalligt_skydd"
_STEPS = ("ovningskorning_alder", "korkortstillstand_hogre")


def asks_licence_step(asked: str) -> bool:
    """The question names a licence category and asks about the step to another ("only B … straight to D?")."""
    return has("drive_class", asked) and has("drive_step", asked)


def asks_licence_exchange(asked: str) -> bool:
    """The question names a driving licence and asks whether it can be exchanged or is valid here ("how do I
    exchange my Ukrainian C and D?", «вони зараз дійсні?»)."""
    return (has("drive_class", asked) or has("drive_plain", asked) or has("licence_own", asked)) \
        and has("licence_swap", asked)


def driving_skip(state: TurnState, asked: str = "") -> set[str]:
    """The licence-from-abroad page only for someone who may hold one: work abroad told, or writing another
    language than Swedish (as the licence answer reads a person's training: assistant/licence_answer.py); for
    someone with temporary protection Transportstyrelsen's rule for them instead of the generic one. An exchange
    question without a step asked hears of the licence from abroad only."""
    abroad = any(e.abroad for e in state.profile.experiences) or state.language not in ("sv", "sv-easy")
    skip = {_PROTECTED} if not abroad or not temporary_protection(state) else {_ABROAD}
    if not abroad:
        skip.add(_ABROAD)
    if asked and asks_licence_exchange(asked) and not asks_licence_step(asked):
        skip.update(_STEPS)
    return skip
