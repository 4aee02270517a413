"""A list asked for in a field holds to that field, one occupation group at a time (field18; informal17's left, rater29).

«في شي اقصر بمجال البناء؟» (anything shorter in construction?) after unfinished engineering studies got two carpenters
and then a water-treatment operator or a driver: the field's wishes (``interpretation/wishes.field_wishes``, two of its
first hits) led, and the rest of the list was the person's ranking, held to nothing; both wishes were often the same
SSYK group («Träarbetare» with and without a trade certificate). When the message itself asks for a field ("something
in health care?", "other work in construction", «Щось у будівництві?»: its field wishes, read from its own sentence),
every suggestion is of that field, as the code defines a field (the SSYK groups of the topic's first hits,
:data:`assistant.interpretation.wishes.FIELD_GROUPS`): the list's own matches of the field first, then the field's
occupations the matcher's pool did not reach (through the matcher's own filter of refusals and limitations, and the
short-study and "meanwhile" filters the list passes), one per SSYK unit group before a second of any group. Fewer
than the list's length that fit is said so (``occ.field_few``), not filled from other fields; none that fits leaves
the list as it was.
"""
from __future__ import annotations

from typing import Any

from assistant.state import TurnState
from vagledning.domain.runtime import Runtime


def asked_field(state: TurnState, rt: Runtime) -> list[tuple[str, str]]:
    """The (occupation id, title) hits of the field this message asks for (its field wishes' sentences read for their
    topics, as ``field_wishes`` read them); [] when it asks for none."""
    from assistant.interpretation.constraints import body_gives_out
    from assistant.interpretation.wishes import NAMED, field_hits, topics
    from assistant.interpretation.work_conditions import blank_conditions

    mp = state.message_profile
    lang = state.profile.language or state.language
    hits: list[tuple[str, str]] = []
    # (a wish put as a question, «في شغل تاني بمجال الطبخ؟», is made of the field's first hits too, as kind
    # "occupation": a wish of the message's field counts whatever its kind; an occupation named, never)
    wished = [w for w in (mp.wishes if mp is not None else []) if w.concept is not None and w.span.quote
              and (w.kind == "field" or w.confidence < NAMED)]
    # (a sentence of the body giving out asks for lighter work, no field: «Jirkaygu ma awoodo, waxaan rabaa shaqo
    # fudud», my body can't take it, I want light work, read "the body" as health care and held the list to nurses;
    # change4 so)
    for quote in dict.fromkeys(w.span.quote for w in wished if not body_gives_out(w.span.quote)):
        # (a question naming two fields, "jobs in health care where you sit, like office work?", asks where they meet,
        # which the list's ranking finds; either field alone is neither: nursing12. A statement naming two, «در کودکستان
        # کار کنم، مربی اطفال», is read as before: cost14 fa)
        if _asks_two_fields(state.text or "", quote, lang):
            continue
        found = [h for phrase in topics(blank_conditions(quote), lang) for h in field_hits(phrase, rt)]
        if any(w.span.quote == quote and w.concept is not None and w.concept.id in {oid for oid, _ in found}
               for w in wished):
            hits += found
    return list(dict.fromkeys(hits))


def _asks_two_fields(text: str, quote: str, lang: str | None) -> bool:
    """The question sentence that holds ``quote`` names more than one field (interest topic)."""
    from assistant.interpretation.sentences import sentence_bounds
    from assistant.interpretation.wishes import topics
    from assistant.interpretation.work_conditions import blank_conditions

    at = text.find(quote.strip())
    if at < 0 or not quote.strip():
        return False
    a, b = sentence_bounds(text, at, at + len(quote.strip()))
    return text[b:b + 1] in ("?", "؟", "፧") and len(topics(blank_conditions(text[a:b]), lang)) > 1


def one_per_group(matches: list[Any]) -> list[Any]:
    """``matches`` with the first of each SSYK unit group first (in their order), then the second ones, and so on."""
    rank: dict[str, int] = {}
    keyed = []
    for i, m in enumerate(matches):
        code = str(getattr(m, "ssyk_code", None) or getattr(m, "id", ""))
        rank[code] = rank.get(code, -1) + 1
        keyed.append((rank[code], i, m))
    return [m for _, _, m in sorted(keyed, key=lambda x: (x[0], x[1]))]


def held_to_field(state: TurnState, rt: Runtime, ranked: list[Any], top: int, region: str | None = None,
                  seen: frozenset[str] | set[str] = frozenset()) -> list[Any]:
    """``ranked`` (a list's matches, best first) held to the field the message asks for (module docstring), at most
    ``top`` of them, each with its evidence; ``ranked`` unchanged when the message asks for no field or nothing of it
    fits. ``seen``: work earlier answers presented, never added again."""
    hits = asked_field(state, rt)
    if not hits:
        return ranked
    rel = rt.relations
    codes = {oid: getattr(rel.occupation(oid), "ssyk_code", None) or "" for oid, _ in hits}
    groups = {c for c in codes.values() if c}
    # (the field's own occupations first, those the list holds then those it did not reach; then the list's others of
    # the field's groups: «Bilförsäljare» shares a group with a bakery's shop assistant, and is no work with food)
    own = [m for m in ranked if m.id in codes]
    kin = [m for m in ranked if m.id not in codes and (getattr(m, "ssyk_code", None) or "") in groups]
    held = own + (_reached(state, rt, hits, {m.id for m in ranked} | set(seen), 2 * top)
                   if len({getattr(m, "ssyk_code", None) for m in own}) < top else []) + kin
    if not held:
        return ranked
    held = one_per_group(held)[:top]
    from retrieval.evidence import occupation_evidence

    for m in held:
        if not m.evidence:
            m.evidence = occupation_evidence(m.id, rt, region=region)
    if len(held) < top:
        state.say("occ.field_few", count=len(held))
    return held


def _reached(state: TurnState, rt: Runtime, hits: list[tuple[str, str]], have: set[str], top: int) -> list[Any]:
    """Up to ``top`` of the field's occupations the list did not hold, in the field's order, through the filters every
    list passes."""
    from assistant.alternatives import reachable_now, short_ways_in
    from assistant.interpretation.wishes import LEADING, MANAGERS, topic_keys
    from retrieval.match_filter import honour_constraints
    from retrieval.match_models import OccupationMatch

    leads = LEADING in topic_keys(state.text, state.profile.language or state.language)
    extra = []
    for oid, _ in hits:
        occ = rt.relations.occupation(oid) if oid not in have else None
        # (a field names its work, not who manages it, unless the person wants to lead: like13)
        if occ is None or ((occ.ssyk_code or "").startswith(MANAGERS) and not leads):
            continue
        extra.append(OccupationMatch(id=occ.id, label=occ.label, score=0.0, reasons=["interest"], ssyk_id=occ.ssyk_id,
                                     ssyk_code=occ.ssyk_code, ssyk_label=occ.ssyk_label))
    if not extra:
        return []
    try:
        kept = honour_constraints(state.profile, rt, extra, top)[0]
    except Exception:  # noqa: BLE001 - no demand data to check against: none added unchecked
        return []
    return reachable_now(state, short_ways_in(state, kept, fallback=False))
