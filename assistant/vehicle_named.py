"""The driver a licence question is about when it names a licence class or a vehicle (rater18 conv4, class 1).

A former taxi driver asked «sidee baan u helaa shatiga C, CE ama D?» ("how do I get the C, CE or D licence?") to drive
a lorry or a bus and was answered with the taxi licence: the question names no occupation's title, so the focus fell
back to the work told before. A licence class (C/CE for a heavy lorry, D/DE for a bus) or a vehicle named in a question
about licences or driving ("tunga lastbilar", "trucks", "baabuur xamuul", «الشاحنات», «вантажівки»; "buss", «باص»,
"bas", «ኣውቶቡስ», «автобус») is the subject: the lorry or bus driver, whichever the question names first. The words
live in ``assistant/interpretation/vehicle_classes.yaml``; the title is resolved by the occupation search (no id
written here). A forklift is no lorry (mendE19: «hur får man truckkort?» named the lorry driver): its words, and
Swedish 'truck' (a forklift, a false friend of English 'truck'), are read away first (``not_vehicle`` in that file).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.intent_cues import has, normalize
from assistant.intents import question_part
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

_DATA = Path(__file__).parent / "interpretation" / "vehicle_classes.yaml"
#: Cues of a question about a licence or about driving (intents.yaml groups).
_ABOUT = ("licence", "drive_class", "drive_step")
#: The entry of the words that name no vehicle of a driver (a forklift; Swedish 'truck').
_NOT = "not_vehicle"


def _word(w: str) -> str:
    body = re.escape(normalize(w.rstrip("*"))).replace(r"\ ", r"\s+")
    return rf"(?<!\w){body}" + (r"\w*" if w.endswith("*") else r"(?!\w)")


@lru_cache(maxsize=1)
def _kinds() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """(title, class pattern, vehicle pattern) per kind of vehicle."""
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    out = []
    for key, entry in data.items():
        if key == _NOT:
            continue
        # a class letter stands alone (never "C-vitamin" or "SFI C": only in a question about licences)
        classes = re.compile(r"(?<![\w'’-])(?<!sfi )(?:" + "|".join(re.escape(c) for c in entry["classes"]) + r")(?![\w-])")
        words = re.compile("|".join(_word(w) for w in entry["words"]))
        out.append((entry["occupation"], classes, words))
    return out


@lru_cache(maxsize=16)
def _not_vehicle(language: str) -> re.Pattern[str]:
    """Words that name no lorry or bus in a message in ``language``: a forklift in any language, Swedish 'truck'."""
    data = load_yaml(_DATA.read_text(encoding="utf-8"))[_NOT]
    words = [*data["words"], *(data.get("in_language") or {}).get(language, [])]
    return re.compile("|".join(_word(w) for w in words))


def _first_at(text: str, pat: re.Pattern[str]) -> int | None:
    m = pat.search(text)
    return m.start() if m else None


def vehicle_named(state: TurnState, rt: Runtime) -> Focus | None:
    """The lorry or bus driver a question about licences or driving names by a class or a vehicle, else None."""
    asked = question_part(state.text)
    if not (state.intent == "licence" or any(has(g, asked) for g in _ABOUT)):
        return None
    t = _not_vehicle(state.language).sub(" ", normalize(asked))  # "truckkort", "forklift truck": no lorry
    found: list[tuple[int, str]] = []
    for title, classes, words in _kinds():
        # a class letter only beside a licence word (asked with it), a vehicle word anywhere in the question
        at = [a for a in (_first_at(t, words), _first_at(t, classes)) if a is not None]
        if at:
            found.append((min(at), title))
    for _, title in sorted(found):
        focus = _by_title(title, rt)
        if focus is not None:
            return focus
    return None


def names_vehicle(text: str, language: str) -> bool:
    """``text`` names a lorry or a bus by a vehicle word or a class letter (C, CE, D …): the licence it asks about is
    that driver's, not the car's B licence (anchor6: assistant/driving_licence.asks_b_licence)."""
    t = _not_vehicle(language).sub(" ", normalize(text or ""))
    return any(_first_at(t, words) is not None or _first_at(t, classes) is not None for _, classes, words in _kinds())


def _by_title(title: str, rt: Runtime) -> Focus | None:
    from assistant.focus import _linked

    return _linked(title, rt)
