"""The age rule of the work itself, beside an age worry ("am I too old at 58 to become a bus driver?").

rater27: a 58-year-old asking exactly this heard the general rules (Komvux has no upper age, CSN's limits) or nothing
cited about the work; a counsellor says what the work's own rules say of age – for a bus or a lorry: no upper age for
the licence, the medical requirements instead (Transportstyrelsen). Such rules are curated support routes in
ingest/data/education_routes.yaml whose key ends in ``_alder`` and whose ``ssyk`` names the work they hold for
(``hogre_behorighet_alder``: 8331, 8332); a new trade's age rule is one more such route, no code. They are said
first among the rules on age (assistant/age_worry.py), for the occupation in view only, never offered as a way in.
"""
from __future__ import annotations

from typing import Any

from assistant.gymnasium import prefix_len
from assistant.state import TurnState

#: How a curated support route says it is an age rule of the work its ``ssyk`` names.
AGE_RULE_SUFFIX = "_alder"
SUPPORT = "support"


def trade_age_rules(state: TurnState, table: dict[str, Any]) -> list[Any]:
    """The curated age rules of the occupation in view (the focus), most specific first; [] without one."""
    code = getattr(state.focus, "ssyk_code", None) or ""
    if not code:
        return []
    found = [(prefix_len(code, r.ssyk), key, r) for key, r in table.items()
             if r.kind == SUPPORT and key.endswith(AGE_RULE_SUFFIX) and r.ssyk]
    return [r for n, _, r in sorted(found, key=lambda t: (-t[0], t[1])) if n]
