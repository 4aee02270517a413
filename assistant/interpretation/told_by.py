"""A limit told by a doctor ("läkaren säger inga tunga lyft", "the doctor says no heavy lifting", "الدكتور قال",
"dhakhtarku wuxuu yiri", "ሓኪም … ኢሉኒ", "داکتر گفت", "лікар сказав"): the doctor is who speaks, never the person's
work nor a wish to be one (rater8 conv3: "läkare säger inte tunga lyft" made the person a doctor and "what lighter
work can I do?" was answered with the conditions of «Läkare»).

The phrases are data (``cues.yaml``, ``constraints.told_by``); what the linker read from the adviser's words is
dropped from the profile: an occupation named by those words (its span lies on them), or a health profession
(SSYK 22, "hälso- och sjukvårdsspecialister") read from the sentence that reports the advice.
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.interpretation.constraints import CUES_PATH, fold
from vagledning.domain.marks import FULL_STOPS
from vagledning.domain.profile import Profile
from vagledning.yaml_data import load_yaml

#: SSYK 2012 sub-major group 22 (läkare, sjuksköterskor, fysioterapeuter …): the advisers such a sentence names.
HEALTH_GROUP = "22"


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern[str]]:
    doc = (load_yaml(CUES_PATH.read_text(encoding="utf-8")) or {}).get("constraints") or {}
    return [re.compile(p) for p in doc.get("told_by") or []]


def advice_spans(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(the adviser's words, the sentence reporting the advice) for each "the doctor says" in ``text``."""
    folded = fold(text)
    out = []
    for pat in _patterns():
        for m in pat.finditer(folded):
            who = (m.start("who"), m.end("who")) if "who" in pat.groupindex and m.group("who") else (m.start(), m.end())
            a = max((e.end() for e in re.finditer(rf"[{FULL_STOPS}\n]", text[:m.start()])), default=0)
            end = re.search(rf"[{FULL_STOPS}\n]", text[m.end():])
            out.append((who, (a, m.end() + end.start() if end else len(text))))
    return out


def drop_advisers(profile: Profile, text: str, message: int) -> None:
    """Leave out the occupations read from a doctor's (or physiotherapist's) advice (see the module docstring)."""
    spans = advice_spans(text)
    if not spans:
        return

    def told(span, code: str | None) -> bool:
        if span is None or span.message != message:
            return False
        return any((span.start < wb and wa < span.end)
                   or ((code or "").startswith(HEALTH_GROUP) and span.start < sb and sa < span.end)
                   for (wa, wb), (sa, sb) in spans)

    profile.experiences = [e for e in profile.experiences if not told(e.span, e.ssyk_code)]
    profile.wishes = [w for w in profile.wishes if not told(w.span, w.ssyk_code)]
    profile.interests = [i for i in profile.interests
                         if not (i.concept is not None and told(i.span, getattr(i, "ssyk_code", None)))]
