"""No schooling, and reading and writing the person cannot do, are education facts (words17, rater30 class 2).

rater30 so c07: «Marna iskuul ma aanan dhigan» (I never went to school) was kept as ``avoid: "iskuul ma aanan
dhigan"``, no education was stored, and «akhris iyo qoris ma aqaan» (I can't read or write) was lost; the answer
then offered Administratör first. Here, in any of our languages (``no_schooling.yaml``): no or little schooling, and
reading and writing the person cannot do, are education of the lowest level (SUN 1, förgymnasial utbildning kortare
än 9 år: the education question is not asked again and ``alternatives.below_gymnasium`` puts reachable work first);
reading and writing also keep the ``reading`` limitation (work whose cited data is much reading or writing is left
out, limits12). What the same words were read as is undone: a refusal of them, the compulsory school "went to
school" named, work done or liked.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.interpretation.whole_words import whole_matches
from vagledning.domain.profile import Constraint, EducationItem, Profile, Span
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).with_name("no_schooling.yaml")
#: SUN 2000 level 1 (förgymnasial utbildning kortare än 9 år) and its SeQF: the lowest level there is.
LOWEST = ("1", 1)
LABEL = "förgymnasial utbildning kortare än 9 år"
_SENTENCE = re.compile(r"[^.!?؟።\n]+")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return {k: tuple(re.compile(p) for p in doc.get(k) or []) for k in ("no_school", "no_literacy")}


def _overlaps(span: Span | None, a: int, b: int, message: int) -> bool:
    return span is not None and span.message == message and span.start < b and a < span.end


def _told(folded: str, key: str) -> list[tuple[int, int, int, int]]:
    """(start, end, sentence start, sentence end) of each telling of ``key`` outside a question."""
    out = []
    for s in _SENTENCE.finditer(folded):
        if folded[s.end():s.end() + 1] in ("?", "؟"):
            continue  # ("is it OK if I never went to school?" asks; it tells too, but the question is what to answer)
        for p in _patterns()[key]:
            out += [(m.start(), m.end(), s.start(), s.end()) for m in whole_matches(p, folded)
                    if s.start() <= m.start() < s.end()]
    return out


def read_no_schooling(profile: Profile, text: str, message: int = 0) -> None:
    """Read no schooling and no literacy told in ``text`` (redacted, message ``message``) into ``profile``."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    school, letters = _told(folded, "no_school"), _told(folded, "no_literacy")
    if not (school or letters):
        return
    told = school + letters
    # (the refusal the negation made, the school named as compulsory school, work read from the words: undone)
    profile.constraints = [c for c in profile.constraints if not (
        c.kind == "avoid" and any(_overlaps(c.span, a, b, message) for a, b, _, _ in told))]
    profile.education = [e for e in profile.education if not (
        (e.sun_level or "2") <= "2" and not e.in_progress and any(_overlaps(e.span, sa, sb, message)
                                                                 for _, _, sa, sb in told))]
    for name in ("experiences", "interests", "skills"):
        setattr(profile, name, [i for i in getattr(profile, name)
                                if not any(_overlaps(i.span, a, b, message) for a, b, _, _ in told)])
    a, b = min(t[0] for t in told), max(t[1] for t in told)
    span = Span(start=a, end=b, quote=text[a:b], message=message)
    if not any(e.sun_level == LOWEST[0] for e in profile.education):
        sun, seqf = LOWEST
        profile.education.append(EducationItem(label=LABEL, sun_level=sun, seqf=seqf, span=span, confidence=0.8))
    if letters and not any(c.kind == "limitation" and c.value == "reading" for c in profile.constraints):
        la, lb = letters[0][:2]
        profile.constraints.append(Constraint(kind="limitation", value="reading", label=text[la:lb],
                                              span=Span(start=la, end=lb, quote=text[la:lb], message=message),
                                              confidence=0.8))
