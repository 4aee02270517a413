"""Higher studies told as not finished are kept as what was done, never as the degree (abroad10).

The counsellor's finding (rater26 C3 fa): "I studied two years of law but did not finish" ended as a finished
eftergymnasial ≥ 3 years (SeQF 6), so every rule that weighs a degree (studiestartsstöd's short education, UHR's
evaluation of a degree, the level of suggestions) took her for a graduate. Where the sentence that names higher
studies says they were not finished (unfinished.yaml, 8 languages), the education is kept one band lower – the
studies done, as SCB counts post-secondary studies by their length – with no qualification level (SeQF unset).
A gymnasium left unfinished has its own rule (school_gaps.yaml: compulsory school's level).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).resolve().parent / "unfinished.yaml"
_SENTENCE_END = re.compile(r"[.!?;؟؛።፧\n]")
#: Words a "not finished" may have after it in its clause ("didn't finish it yet", «ኣየዛዘምኩዎን»).
MAX_AFTER = 2
#: A higher band told unfinished -> the band of the studies done (SUN level-1 code beside it).
LOWER = {"forskarutbildning": ("eftergymnasial_ge3", "5"), "eftergymnasial_ge3": ("eftergymnasial_lt3", "4")}


@functools.cache
def _pattern() -> re.Pattern[str]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return re.compile("|".join(f"(?:{p})" for ps in doc.values() for p in ps))


def told_unfinished(text: str, start: int) -> bool:
    """The sentence of ``text`` that holds offset ``start``, or the one after it ("I studied law. I took no degree."),
    says the studies were not finished."""
    before = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    ends = [m.start() for m in _SENTENCE_END.finditer(text, start)] + [len(text), len(text)]
    for a, b in ((before, ends[0]), (ends[0] + 1, ends[1])):
        words = " ".join(text[a:b].casefold().split())
        # (the remark closes its clause, "… but did not finish (it)": "did not finish my Swedish course yet" beside
        # a degree names another course)
        if any(len(re.split(r"[,،፣]", words[m.end():])[0].split()) <= MAX_AFTER for m in _pattern().finditer(words)):
            return True
    return False


def as_done(band: str, sun: str | None, seqf: int | None, text: str, start: int) -> tuple[str, str | None, int | None]:
    """(band, sun level, SeQF) of an education hint, one band lower and without SeQF when told unfinished."""
    if band in LOWER and told_unfinished(text, start):
        lower, lower_sun = LOWER[band]
        return lower, lower_sun, None
    return band, sun, seqf
