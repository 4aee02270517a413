"""The list after a message that wishes for work already shown: more of that work's field, not the old list again.

rater23 fa T6: a seamstress shown «Skräddare» and «Industrisömmerska» said "no, I don't want cleaning — only sewing or
something close to it". The wish named work on the list, and what followed it was the rest of the earlier ranking
(Packare, Montör träprodukter, Möbelmontör): the old list minus the refused work. When every occupation a message
wishes for was shown before, the wished work leads (a new list) or is left out (the next suggestions), and its near
occupations (retrieval/near_work: sharing its skills) follow, through the matcher's own filter of refusals and
limitations, before the rest of the list.
"""
from __future__ import annotations

from typing import Any

from assistant.state import TurnState
from vagledning.domain.runtime import Runtime


def wished_again(state: TurnState, seen: set[str]) -> list[str]:
    """The occupations this message wishes for, when it wishes for some and all of them were shown before."""
    mp = state.message_profile
    wished = list(dict.fromkeys(w.concept.id for w in (mp.wishes if mp is not None else [])
                                if w.concept is not None and w.concept.kind == "occupation"))
    return wished if wished and all(o in seen for o in wished) else []


def wished_field_first(state: TurnState, rt: Runtime, fresh: list[Any], seen: set[str] | None = None) -> list[Any]:
    """``fresh`` (a list's matches, best first) with the wished work first, then its near occupations, those not shown
    before first: those ``fresh`` holds and those the matcher's pool did not reach (never one shown before, nor one the
    person's refusals or limitations leave out), then the rest; ``fresh`` unchanged when the message wishes for nothing shown before.
    ``seen``: the occupations earlier answers presented (read from them when not given)."""
    if seen is None:
        from assistant.earlier_answers import earlier_occupations

        seen = {f.id for occs in earlier_occupations(state, rt) for f in occs}
    wished = wished_again(state, seen)
    if not wished:
        return fresh
    from retrieval.match_filter import honour_constraints
    from retrieval.match_models import OccupationMatch
    from retrieval.near_work import near_work

    rel = rt.relations
    done = {e.occupation.id for e in state.profile.experiences}
    field: dict[str, str] = {}  # near occupation -> why ("similar": near the person's own work, which was wished)
    for oid in wished:
        try:
            near = near_work(oid, rel)
        except Exception:  # noqa: BLE001 - relations without similar occupations: the list as it was
            near = []
        for o in near:
            if o not in wished:
                field.setdefault(o, "similar" if oid in done else "default")
    have = {m.id: m for m in fresh}
    extra = []
    for o, reason in field.items():
        occ = rel.occupation(o) if o not in have and o not in seen else None
        if occ is not None:
            extra.append(OccupationMatch(id=occ.id, label=occ.label, score=0.0, reasons=[reason], ssyk_id=occ.ssyk_id,
                                         ssyk_code=occ.ssyk_code, ssyk_label=occ.ssyk_label))
    kept = {m.id: m for m in honour_constraints(state.profile, rt, extra, len(extra))[0]} if extra else {}
    lead = [m for m in fresh if m.id in wished]
    shown = [have.get(o) or kept[o] for o in field if o in have or o in kept]
    shown = [m for m in shown if m.id not in seen] + [m for m in shown if m.id in seen]  # (further: the unseen first)
    return lead + shown + [m for m in fresh if m.id not in field and m.id not in wished]
