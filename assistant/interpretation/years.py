"""Years of work a person states, in any of our languages: "12 years", "tolv år", "дванадцять років",
"laba iyo toban sano" (number words added up), "١٢ سنة" (digits are normalised), "since 2012" / "sedan
2012" (counted to this year). An age ("35 years old", "jag är 15 år", "мені 16 років") is not years of
work. Words live in ``cues.yaml`` (section ``years``); spans are offsets into the original text.
"""
from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass
from pathlib import Path

from assistant.interpretation.cues import CUES_PATH, toks_of, variants
from retrieval.lexicon.normalize import Normalized
from vagledning.yaml_data import load_yaml

MAX_YEARS = 60
_CONNECTORS = {"iyo", "و", "and", "och", "і", "та"}
_GEEZ_PREFIXES = ("ን", "ብ")   # Tigrinya "for" / "by" on the number ("ንዓሰርተ ክልተ ዓመት")
_DUAL = {"سنتين": 2.0, "سنتان": 2.0, "عامين": 2.0}   # Arabic "two years" is one word


@dataclass(frozen=True)
class YearWords:
    units: frozenset[str]
    numbers: dict[str, float]
    since: tuple[tuple[str, ...], ...]
    age_after: frozenset[str]
    age_before: frozenset[str]
    age_right_before: frozenset[str] = frozenset()
    age_right_after: frozenset[str] = frozenset()
    ago_after: frozenset[str] = frozenset()
    ago_before: frozenset[str] = frozenset()
    ago_around: frozenset[tuple[str, ...]] = frozenset()


@functools.cache
def year_words(path: str = str(CUES_PATH)) -> YearWords:
    """The ``years`` section of cues.yaml, normalised as user text is."""
    doc = load_yaml(Path(path).read_text(encoding="utf-8"))["years"]
    numbers: dict[str, float] = {}
    for per_lang in doc["number_words"].values():
        for word, value in per_lang.items():
            toks = toks_of(str(word))
            if toks:
                numbers[toks[0]] = float(value)

    def flat(key: str) -> frozenset[str]:
        return frozenset(t for w in doc.get(key) or [] for t in toks_of(str(w))[:1])

    return YearWords(units=frozenset(t for u in doc["units"] for t in toks_of(u)), numbers=numbers,
                     since=tuple(toks_of(str(w)) for w in doc.get("since") or []),
                     age_after=flat("age_after"), age_before=flat("age_before"),
                     age_right_before=flat("age_right_before"), age_right_after=flat("age_right_after"),
                     ago_after=flat("ago_after"), ago_before=flat("ago_before"),
                     ago_around=frozenset(tuple(toks_of(str(w))) for w in doc.get("ago_around") or []))


def _value(tok: str, words: YearWords) -> float | None:
    try:
        return float(tok.replace(",", "."))
    except ValueError:
        pass
    for v in variants(tok):
        if v in words.numbers:
            return words.numbers[v]
        if v[:1] in _GEEZ_PREFIXES and v[1:] in words.numbers:
            return words.numbers[v[1:]]
        if v[:1] in _GEEZ_PREFIXES and v[1:].isdigit():  # "ን10 ዓመት" (for 10 years) lost its years
            return float(v[1:])
    return None


def _run_before(toks: list[str], k: int, words: YearWords) -> tuple[float, int] | None:
    """The number said right before token ``k`` (one filler word allowed: "5 long years"), adding up a
    run of number words and connectors ("laba iyo toban" = 12, "twenty five" = 25); (value, first token)."""
    for back in (1, 2):
        i = k - back
        if i < 0 or _value(toks[i], words) is None:
            continue
        total, first = 0.0, i
        while i >= 0:
            v = _value(toks[i], words)
            if v is not None:
                total, first = total + v, i
            elif toks[i] not in _CONNECTORS or i == 0 or _value(toks[i - 1], words) is None:
                break
            i -= 1
        return total, first
    return None


def _year(tok: str, today: int) -> int | None:
    return int(tok) if tok.isdigit() and len(tok) == 4 and 1950 <= int(tok) <= today else None


def _since(toks: list[str], k: int, words: YearWords, today: int) -> float | None:
    """Years from the calendar year at token ``k``: to a second year right after it ("2012–2018", "från
    2012 till 2018"), else to this year when a since-word comes before it ("sedan 2012")."""
    start = _year(toks[k], today)
    if start is None or (k > 0 and _year(toks[k - 1], today) is not None):
        return None   # (the end of a span is no start)
    for j in (k + 1, k + 2):   # the span's end, right after or after one word ("till", "to", "до", "تا")
        end = _year(toks[j], today) if j < len(toks) else None
        if end is not None:
            return float(end - start) if end > start else None
    for phrase in words.since:
        n = len(phrase)
        for gap in (0, 1):  # "since 2012", "منذ عام 2012", "з 2012 року", "از سال 2012"
            a = k - gap - n
            if a >= 0 and tuple(toks[a:a + n]) == phrase:
                return float(max(today - start, 1))
    return None


def years_in(norm: Normalized, toks: list[tuple[str, int, int]], today: int | None = None) -> list[tuple[int, int, float]]:
    """(start, end, years) in ``norm``'s original text for each mention of years of work."""
    words = year_words()
    today = today or datetime.date.today().year
    strs = [t for t, _, _ in toks]
    out: list[tuple[int, int, float]] = []
    for k, tok in enumerate(strs):
        years, first, last = None, k, k
        if tok in words.units or any(v in words.units for v in variants(tok)):
            found = _run_before(strs, k, words)
            if found is not None:
                years, first = found
                if (k + 1 < len(strs) and strs[k + 1] in words.age_after) or \
                        any(strs[j] in words.age_before for j in range(max(0, first - 2), first)) or \
                        (first > 0 and strs[first - 1] in words.age_right_before) or \
                        (k + 1 < len(strs) and strs[k + 1] in words.age_right_after):
                    years = None   # an age
                elif (k + 1 < len(strs) and strs[k + 1] in words.ago_after) or \
                        (first > 0 and strs[first - 1] in words.ago_before) or \
                        (first > 0 and k + 1 < len(strs) and (strs[first - 1], strs[k + 1]) in words.ago_around):
                    years = None   # when, not how long ("two years ago")
        elif any(v in _DUAL for v in variants(tok)) and not (k > 0 and strs[k - 1] in words.ago_before):
            years = next(_DUAL[v] for v in variants(tok) if v in _DUAL)
        else:
            years = _since(strs, k, words, today)
        if years is not None and 0 < years <= MAX_YEARS:
            s, e = norm.span(toks[first][1], toks[last][2])
            out.append((s, e, years))
    return out
