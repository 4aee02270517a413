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
from assistant.intents import SENTENCE
from assistant.residence import temporary_protection
from assistant.state import TurnState
from assistant.vehicle_named import names_vehicle

#: The pages said, in order: the ages (and that B is the base), the learner's permit, a licence from abroad.
DRIVING_ROUTES = ("ovningskorning_alder", "korkortstillstand_hogre", "utlandskt_korkort", "korkort_tillfalligt_skydd")
_ABROAD, _PROTECTED = "utlandskt_korkort", "korkort_tillfalligt_skydd"
_STEPS = ("ovningskorning_alder", "korkortstillstand_hogre")


#: anchor6: how one takes the B licence and its fees, then (for someone who may hold one) the licence from abroad.
B_ROUTES = ("korkort_b", _ABROAD, _PROTECTED)
#: A question about the work the person wants or its pay ("how do I become X?", "how much do mechanics make?"): a
#: licence told before it is not what it asks about.
_WORK_ASKED = ("become", "become_verb", "can_work_as", "wh_work", "salary")


def _gets(sentence: str) -> bool:
    """The sentence asks how one gets something or what it costs."""
    return has("how_ask", sentence) or has("cost_ask", sentence)


def asks_b_licence(text: str, asked: str, language: str) -> bool:
    """How one gets a driving licence, or what it costs, with no lorry or bus named (anchor6, rater23 so T2: «liisanka
    darawalnimada iswiidhan ma haysto. sidee ku helaa?» got a lorry driver's YKB): the licence asked decides the route,
    so it is the car's B licence, whatever occupation is in view. The sentence that names the licence asks it ("how do I
    get a driving licence?"), or tells of it and the next asks it of nothing else ("I have no Swedish licence. How do I
    get one?"); "do I need a licence?" is no such question (assistant/asked_beside.py answers it)."""
    if names_vehicle(text, language) or asks_licence_step(asked) or has("licence_swap", asked) \
            or has("drive_heavy", asked):  # ("how long to get the D licence and YKB?": the bus's, parts10)
        return False  # (a lorry or bus, "only B, straight to D?", "how do I exchange my licence?": their own answers)
    sentences = [m.group(0).strip() for m in SENTENCE.finditer(text or "") if m.group(0).strip()]
    for i, sentence in enumerate(sentences):
        if not (has("drive_plain", sentence) or has("drive_class", sentence)):
            continue
        if _gets(sentence) and sentence in asked:
            return True
        after = sentences[i + 1] if i + 1 < len(sentences) else ""
        if sentence not in asked and after in asked and _gets(after) and not any(has(g, after) for g in _WORK_ASKED):
            return True
    return False


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
