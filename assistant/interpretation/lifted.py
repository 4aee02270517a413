"""A limitation taken back: "sitting is no problem, only standing", «fadhiga wax dhib ah iguma laha», "I can stand
actually" (mend21; rater21 conv1 T3 and the en probe: the limitation told earlier stayed and kept shaping the answers).

A clause of the new message (cut at punctuation and "but/only", ``lifted.yaml``) that names the activity of a
limitation already in the profile and says it is no problem or something the person can do removes that limitation;
a clause that also states the limitation (the message's own reading, :mod:`assistant.interpretation.constraints`)
keeps it. Data per language in ``lifted.yaml``.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.domain.profile import Profile
from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "lifted.yaml"


@functools.cache
def _data() -> tuple[dict[str, re.Pattern[str]], re.Pattern[str], re.Pattern[str]]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    activity = {code: re.compile(p) for code, p in (doc.get("activity") or {}).items()}
    return activity, re.compile("|".join(doc.get("fine") or [])), re.compile(doc.get("split") or r"[.!?]")


def lifted_codes(text: str) -> set[str]:
    """The limitation codes whose activity ``text`` says is no problem ("sitting is fine", "I can stand")."""
    activity, fine, split = _data()
    out: set[str] = set()
    for clause in split.split((text or "").lower()):
        if not clause or not clause.strip() or not fine.search(clause):
            continue
        out.update(code for code, pat in activity.items() if pat.search(clause))
    return out


def lift_limitations(profile: Profile, message: Profile, text: str, index: int) -> None:
    """Remove from ``profile`` the limitations of earlier messages that ``text`` (message ``index``) takes back,
    unless the message itself states the same limitation (``message``: what it alone says)."""
    codes = lifted_codes(text) - {c.value for c in message.constraints if c.kind == "limitation"}
    if not codes:
        return
    profile.constraints = [c for c in profile.constraints if not (
        c.kind == "limitation" and c.value in codes and (c.span is None or c.span.message < index))]
