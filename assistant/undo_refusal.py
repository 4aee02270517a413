"""A refusal taken back, and a later wish that outweighs an earlier refusal (correct10; rater25 failure class 1).

Rater25 saw a young car mechanic ask «چرا personbilsmekaniker را حذف کردی؟» (why did you remove personbilsmekaniker?)
and then say he wants car mechanics, not sales: the exclusion stayed, and «Personbilsmekaniker», his own goal, was left
out of every later list. A person may take back what the assistant read as a refusal, in any language:

- :func:`undo_refusals`: "why did you remove X?", "I did not say no to X", "bring X back" (cue group
  ``undo_refusal``, assistant/locales/intents.yaml; what they name is read as asked about, interpretation/corrections.py)
  lift every refusal of the profile whose family (retrieval/refused_family.py: the refused groups, one's own work named
  by it, the competences core to it) leaves X out, and a turn away from one's own work when X is that work;
- a wish told for an occupation that an earlier message refused by name lifts that refusal: the later word counts;
- :func:`restored_first`: the list answering such a message leads with the work it brings back, shown before or not.
"""
from __future__ import annotations

from typing import Any

from assistant.intent_cues import has
from retrieval.refused_family import CHANGE_FIELD, refused_family
from vagledning.domain.profile import Constraint, Profile


def _named(said: Profile) -> list[str]:
    """The occupations a message names: work, wishes and interests, stated or asked about."""
    ids = [e.occupation.id for e in said.experiences if e.occupation.kind == "occupation"]
    ids += [w.concept.id for w in said.wishes if w.concept is not None and w.concept.kind == "occupation"]
    ids += [i.concept.id for i in said.interests if i.concept is not None and i.concept.kind == "occupation"]
    return list(dict.fromkeys(ids))


def _key(c: Constraint) -> tuple:
    """One refusal: the constraints read from the same words (one refusal links up to three occupations)."""
    return (c.kind, c.value) if c.span is None else (c.kind, c.span.message, c.span.start, c.span.end)


def _leaves_out(profile: Profile, refusal: list[Constraint], occ_id: str, rt) -> bool:
    """Whether ``refusal`` alone, in ``profile`` (the person's work kept, no wish let through), leaves ``occ_id`` out."""
    rel = rt.relations
    occ = rel.occupation(occ_id)
    probe = profile.model_copy(update={"constraints": list(refusal), "wishes": []})
    return refused_family(probe, rel, rt).hit(occ_id, occ.ssyk_code if occ is not None else None, rel) is not None


def undo_refusals(profile: Profile, said: Profile | None, message: Profile, text: str, index: int, rt) -> None:
    """Lift in ``profile`` the refusals the message ``text`` (user message ``index``; ``said``: what it states and asks,
    ``message``: what it states) takes back, or that a wish it tells outweighs (module docstring)."""
    refusals: dict[tuple, list[Constraint]] = {}
    for c in profile.constraints:
        if (c.kind == "avoid" or (c.kind == "other" and c.value == CHANGE_FIELD)) and (
                c.span is None or c.span.message < index):
            refusals.setdefault(_key(c), []).append(c)
    if not refusals:
        return
    lifted: set[tuple] = set()
    if said is not None and has("undo_refusal", text):
        for occ_id in _named(said):
            lifted |= {k for k, group in refusals.items() if _leaves_out(profile, group, occ_id, rt)}
    wished = {w.concept.id for w in message.wishes if w.concept is not None and w.concept.kind == "occupation"}
    lifted |= {k for k, group in refusals.items() if any(c.concept is not None and c.concept.id in wished for c in group)}
    if lifted:
        profile.constraints = [c for c in profile.constraints if _key(c) not in lifted]


def restored_first(state, rt, fresh: list[Any]) -> list[Any]:
    """``fresh`` (a list's matches, best first) led by the work a message taking a refusal back names ("bring chef
    back": «Kock» again, although an earlier answer showed it), through the matcher's filter of the refusals and
    limitations still kept; ``fresh`` unchanged for any other message."""
    said = state.message_profile
    if said is None or not has("undo_refusal", state.text):
        return fresh
    from retrieval.match_filter import honour_constraints
    from retrieval.match_models import OccupationMatch

    done = {e.occupation.id for e in state.profile.experiences}
    lead = []
    for occ_id in _named(said):
        occ = rt.relations.occupation(occ_id)
        if occ is not None:
            lead.append(OccupationMatch(id=occ.id, label=occ.label, score=1.0,
                                        reasons=["experience" if occ.id in done else "wish"], ssyk_id=occ.ssyk_id,
                                        ssyk_code=occ.ssyk_code, ssyk_label=occ.ssyk_label))
    kept = honour_constraints(state.profile, rt, lead, len(lead))[0] if lead else []
    ids = {m.id for m in kept}
    return list(kept) + [m for m in fresh if m.id not in ids]
