"""Varied wording across the suggestions of one answer (issue 10, "Form": "the same sentence pattern
repeated per occupation").

The plan says the same kinds of facts for each suggested occupation; read one after the other they
repeat. Before rendering, :func:`vary`

- numbers the suggestions by their place in this answer (``occ.item``, ``occ.item_2``, ``occ.item_3``:
  a "more" answer's list reads "you could also look at …" too, not three first-suggestion sentences);
- says a reason that holds for every suggestion once, before them ("All of them are close to your
  experience."), and leaves it out of each suggestion (``occ.item_bare*`` when nothing else is left);
- says a reason given for an earlier suggestion with its ``reasons.<reason>_again`` wording where the
  locale has one;
- gives the second and third use of a sentence in one answer its ``<key>_2`` / ``<key>_3`` wording
  where the locale has one (job ads and median salary of each occupation group).
"""
from __future__ import annotations

from assistant.state import Fact

ITEM_KEYS = ("occ.item", "occ.item_2", "occ.item_3")
#: Sentences that the sources say nothing of the person's limitation for work shown (assistant/limits_answer.py).
SILENT_KEYS = ("constraint.unknown", "constraint.unknown_again")


def _position_key(base: str, k: int) -> str:
    return base if k == 0 else f"{base}_{min(k, 2) + 1}"


def _reasons(fact: Fact, silent: bool = False) -> list[str]:
    """The reasons a suggestion is given for; "it may suit you" (``default``) is no reason beside a sentence that the
    sources say nothing of the person's limitation for the work shown (``silent``; clash18, rater31 c12: "All the jobs
    can suit you" beside "nothing is said about heavy work for the shoulders for «Skogsarbetare»")."""
    value = fact.params.get("reasons")
    if not isinstance(value, dict):
        return []
    return [r for r in value.get("reasons") or ["default"] if not (silent and r == "default")]


def _has(loc: str, key: str) -> bool:
    from assistant.composers.grounded import locale_has as has  # (grounded imports this module)

    return has(loc, key)


def _named(loc: str, topic: str) -> bool:
    from assistant.composers.topic_names import topic_name

    return bool(topic_name(loc, topic))


def vary(loc: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` with the suggestions' wording varied as the module says (a new list; facts untouched)."""
    items = [i for i, f in enumerate(facts) if f.key in ITEM_KEYS]
    out = list(facts)
    shared: list[str] = []
    silent = any(f.key in SILENT_KEYS for f in facts)
    if len(items) >= 2:
        lists = [_reasons(facts[i], silent) for i in items]
        shared = [r for r in lists[0] if all(r in other for other in lists[1:]) and _has(loc, f"reasons.all_{r}")]
        # (interests: shared only when every suggestion stands for the same told interest, or none names one; interp24)
        topics = {(facts[i].params.get("reasons") or {}).get("topic") for i in items}
        shared = [r for r in shared if r != "interest" or len(topics) == 1]
    said: set[str] = set()
    for k, i in enumerate(items):
        fact = facts[i]
        own = [r for r in _reasons(fact, silent) if r not in shared]
        # A reason said for an earlier suggestion: its "again" wording where the locale says reasons as
        # sentences of their own (easy Swedish: "Du har gjort ett liknande jobb." twice).
        own = [f"{r}_again" if r in said and _has(loc, f"reasons.{r}_again") else r for r in own]
        said.update(_reasons(fact, silent))
        if own:
            params = {**fact.params, "reasons": {**fact.params["reasons"], "reasons": own}}
            out[i] = fact.model_copy(update={"key": _position_key("occ.item", k), "params": params})
        else:
            out[i] = fact.model_copy(update={"key": _position_key("occ.item_bare", k)})
    if shared:  # said once, just before the first suggestion (it ends the intro's paragraph)
        first = items[0]
        topic = (facts[first].params.get("reasons") or {}).get("topic")
        out[first:first] = [Fact(key="reasons.all_interest_in", params={"topic": {"interest_topic": topic}})
                            if r == "interest" and topic and _has(loc, "reasons.all_interest_in") and _named(loc, topic)
                            else Fact(key=f"reasons.all_{r}") for r in shared]
    seen: dict[str, int] = {}
    for i, fact in enumerate(out):
        if fact.key.startswith(("occ.item", "reasons.")):
            continue
        k = seen.get(fact.key, 0)
        seen[fact.key] = k + 1
        if k and _has(loc, _position_key(fact.key, k)):
            out[i] = fact.model_copy(update={"key": _position_key(fact.key, k)})
    return out
