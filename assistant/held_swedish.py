"""A licence, degree or certificate the person says they hold and that is Swedish (person17).

Rater16 heard a minibus driver from Mogadishu write "waxaan haystaa liisanka B ee iswiidhan" (I have a Swedish B
licence) and ask about bus or taxi: both answers explained twice that a licence from outside the EU/EES cannot be
exchanged, because his work was done abroad. What the person says they hold here decides the licence route
(assistant/licence_answer.py): a Swedish one is the Swedish route, whatever work was done abroad. Cues per language
in ``locales/held_swedish.yaml``; "do I have to get a Swedish licence?" holds nothing. A driving licence speaks
only of the drivers' routes (SSYK 83: bus, lorry, taxi): a Swedish B licence says nothing of a nursing degree.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

from assistant.state import TurnState
from vagledning.yaml_data import load_yaml


@functools.cache
def _cues() -> re.Pattern[str]:
    raw = resources.files("assistant").joinpath("locales/held_swedish.yaml").read_text(encoding="utf-8")
    pats = (load_yaml(raw) or {}).get("patterns") or {}
    return re.compile("|".join(f"(?:{p})" for ps in pats.values() for p in ps or []))


#: The words of a driving licence (any of the 8 languages), and the SSYK group of the drivers it speaks of.
_DRIVING = re.compile(r"körkort|driv|\bb\b|\bb-|liisan|laysan|shati|رخص|ليسن|گواهینامه|گواهی نامه|لایسنس|لیسنس|"
                      r"права|водій|መንጃ")
DRIVERS = "83"


def holds_swedish(text: str, code: str | None = None) -> bool:
    """``text`` says the person holds a Swedish licence, degree or certificate (a driving licence: only for the
    drivers' SSYK group ``code``, or when no group is given)."""
    m = _cues().search(" ".join(text.casefold().split()))
    if m is None:
        return False
    return not code or code.startswith(DRIVERS) or _DRIVING.search(m.group(0)) is None


def says_holds_swedish(state: TurnState, code: str | None = None) -> bool:
    """A message of the person says they hold a Swedish licence, degree or certificate that speaks of ``code``."""
    return any(holds_swedish(m.content or "", code) for m in state.request.messages if m.role == "user")
