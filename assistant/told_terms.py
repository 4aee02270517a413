"""The facts a person told that a benefit's conditions turn on, and the verdict they give (akassa29; issue 10).

rater36 class 2: a test engineer who had told "a member of the a-kassa 14 months, worked full time 2 years" asked "so
do I get it? yes or no?" and heard the card's conditions again with "ask the a-kassa". A counsellor applies the
conditions to what was told: "by what you describe – 14 months' membership (12 needed) and full-time work – yes; the
a-kassa decides". Read here, from every message of the person (facts told in an earlier turn count), in any of the 8
languages, numbers in digits or words: the months of membership of an a-kassa, the months of work, full time.
The verdict (:func:`say_verdict`) opens the answer to a yes/no or "do I get it?" question, names the facts it used
and the one condition still open, never a fact not told; the card's conditions and who decides follow
(:mod:`assistant.rights`). The same for omställningsstudiestöd with a told age and years of work (its ages and years
from the curated route's conditions: :mod:`assistant.route_conditions`). Cue words: ``locales/told_terms.yaml``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.intent_cues import has
from assistant.residence import western
from assistant.state import TurnState
from vagledning.yaml_data import load_yaml

_DATA = Path(__file__).resolve().parent / "locales" / "told_terms.yaml"
#: The a-kassa's highest level (80 %) needs this many months' membership; the income condition looks back as far.
MEMBER_MONTHS = 12
#: A unit of this many letters or more also begins a longer word ("månader", "місяців"); a shorter one is the word.
_PREFIX_LEN = 5
_DIACRITICS = re.compile("[\u064b-\u0652\u0670]")
_SPLIT = re.compile(r"[.!?;,،؛؟።፡፣፧\n]+")
_ARABIC = re.compile("[\u0600-\u06ff]")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass(frozen=True)
class _Words:
    months: tuple[str, ...]
    years: tuple[str, ...]
    dual_months: frozenset[str]
    dual_years: frozenset[str]
    member: re.Pattern[str]
    work: re.Pattern[str]
    full_time: re.Pattern[str]
    joiners: frozenset[str]
    numbers: dict[str, float]
    get_ask: re.Pattern[str]
    here: re.Pattern[str]


def _cue(words: list[str]) -> re.Pattern[str]:
    """Any of ``words`` at the start of a word."""
    # (an Arabic word may carry a clitic و/ف/ب/ل: «واشتغلت», and worked)
    return re.compile("|".join(rf"(?<![^\W_]){'[وفبل]?' if _ARABIC.match(w) else ''}{re.escape(_fold(w))}" for w in words))


@functools.cache
def _words() -> _Words:
    from assistant.interpretation.years import year_words

    doc = load_yaml(_DATA.read_text(encoding="utf-8")) or {}
    numbers = dict(year_words().numbers)
    numbers.update({_fold(str(k)): float(v) for k, v in (doc.get("numbers") or {}).items()})
    return _Words(months=tuple(_fold(u) for u in doc["month_units"]), years=tuple(_fold(u) for u in doc["year_units"]),
                  dual_months=frozenset(map(_fold, doc["dual_months"])), dual_years=frozenset(map(_fold, doc["dual_years"])),
                  member=_cue(doc["member"]), work=_cue(doc["work"]), full_time=_cue(doc["full_time"]),
                  joiners=frozenset(map(_fold, doc["joiners"])), numbers=numbers,
                  get_ask=_cue(doc["get_ask"]), here=_cue(doc["here"]))


def _fold(text: str) -> str:
    """Lower case, western digits, no Arabic short vowels, one alef."""
    text = _DIACRITICS.sub("", western(text).casefold())
    return text.translate(str.maketrans("أإآ", "ااا"))


def _unit(tok: str, units: tuple[str, ...]) -> bool:
    return any(tok == u or len(u) >= _PREFIX_LEN and tok.startswith(u) for u in units)


def _number(tok: str, w: _Words) -> float | None:
    tok = tok.lstrip("ንብ") if tok[:1] in "ንብ" and tok[1:2].isdigit() else tok  # ("ን14 ወርሒ": for 14 months)
    if tok.replace(",", ".", 1).replace(".", "", 1).isdigit():
        return float(tok.replace(",", "."))
    return w.numbers.get(tok)


def _number_before(toks: list[str], k: int, w: _Words) -> float | None:
    """The number right before token ``k``, a run of number words added up ("afar iyo toban", "ዓሰርተ ኣርባዕተ")."""
    total, i, seen = 0.0, k - 1, False
    if i >= 0 and (v := _number(toks[i], w)) is not None and not toks[i].isalpha():
        return v  # digits are the number whole ("آره یا نه؟ ۱۴ ماهه": «نه», no, is no nine before it)
    while i >= 0:
        v = _number(toks[i], w)
        if v is not None:
            total, seen = total + v, True
        elif not (seen and toks[i] in ("iyo", "و", "and", "och") and i > 0 and _number(toks[i - 1], w) is not None):
            break
        i -= 1
    return total if seen else None


def _durations(clause: str, w: _Words) -> list[tuple[int, float]]:
    """(position, months) of each duration in ``clause`` ("14 månader", "två år", "سنتين")."""
    out = []
    for m in _WORD.finditer(clause):
        toks = [x.group(0) for x in _WORD.finditer(clause[:m.end()])]
        tok, k = toks[-1], len(toks) - 1
        if tok in w.dual_months or tok in w.dual_years:
            out.append((m.start(), 2.0 if tok in w.dual_months else 24.0))
            continue
        per = 1.0 if _unit(tok, w.months) else 12.0 if _unit(tok, w.years) else None
        n = _number_before(toks, k, w) if per is not None else None
        if per is not None and n:
            out.append((m.start(), n * per))
    return out


def _clauses(text: str, w: _Words) -> list[str]:
    parts = []
    for piece in _SPLIT.split(_fold(text)):
        words = piece.split()
        start = 0
        for i, word in enumerate(words):  # "… 14 months and worked 2 years": two facts
            if word in w.joiners and 0 < i < len(words) - 1 and _number(words[i + 1], w) is None \
                    and _number(words[i - 1], w) is None:
                parts.append(" ".join(words[start:i]))
                start = i + 1
        parts.append(" ".join(words[start:]))
    return [p for p in parts if p]


@dataclass(frozen=True)
class Told:
    """Months of a-kassa membership, months of work, full time (None: not told)."""

    member_months: float | None
    work_months: float | None
    full_time: bool


def told(state: TurnState) -> Told:
    """What the person's messages, this one and the earlier ones, told of membership, work and full time."""
    w = _words()
    member: list[float] = []
    work: list[float] = []
    texts = [m.content or "" for m in state.request.messages if m.role == "user"]
    for clause in (c for t in texts for c in _clauses(t, w)):
        found = _durations(clause, w)
        if not found:
            continue
        m_at = [x.start() for x in w.member.finditer(clause)]
        w_at = [x.start() for x in w.work.finditer(clause) if not w.member.match(clause, x.start())]
        if m_at and not w_at:
            member += [d for _, d in found]
        elif w_at and not m_at:
            work += [d for _, d in found]
        elif m_at and w_at and len(found) >= 2:  # both in one sentence: the fact named first has the first duration
            first, second = (member, work) if m_at[0] < w_at[0] else (work, member)
            first.append(found[0][1])
            second.append(found[1][1])
        elif m_at and w_at:  # one duration, both named: membership is told in months, work in years
            (member if found[0][1] < MEMBER_MONTHS or found[0][1] % 12 else work).append(found[0][1])
    if not work:  # years of work here read into the profile ("2 years as a test engineer in Gothenburg")
        years = [e.years for e in state.profile.experiences if e.years and not e.abroad]
        work = [max(years) * 12] if years else []
    full = any(w.full_time.search(_fold(t)) for t in texts)
    return Told(max(member) if member else None, max(work) if work else None, full)


def _work_here(state: TurnState) -> bool:
    """A sentence of the person tells work done here, in Sweden (a work word and "here" in one clause)."""
    w = _words()
    texts = [m.content or "" for m in state.request.messages if m.role == "user"]
    return any(w.work.search(c) and w.here.search(c) for t in texts for c in _clauses(t, w))


def _years(months: float) -> int | float:
    years = months / 12
    return int(years) if years == int(years) else round(years, 1)


def akassa_verdict(state: TurnState) -> tuple[str, dict[str, Any]] | None:
    """The a-kassa's verdict on what the person told (a locale key of ``told_terms`` and its figures), None when they
    told neither membership nor full-time work: full-time work of a year or more normally meets the income condition;
    12 months' membership gives the highest level; what was not told is said to be the open point."""
    t = told(state)
    worked = t.work_months is not None and t.work_months >= MEMBER_MONTHS and t.full_time
    if t.member_months is not None and t.member_months < MEMBER_MONTHS:
        return "told_terms.akassa_short", {"months": int(t.member_months)}
    if t.member_months is not None and worked:
        return "told_terms.akassa_yes", {"months": int(t.member_months), "years": _years(t.work_months or 0)}
    if t.member_months is not None:
        return "told_terms.akassa_income_open", {"months": int(t.member_months)}
    if worked:
        return "told_terms.akassa_member_open", {"years": _years(t.work_months or 0)}
    return None


def asks_level(asked: str, text: str) -> bool:
    """"Do I get 80 %?" asked beside the a-kassa named in another sentence of the message: the a-kassa's highest level
    is what is asked ("I have been a member of the a-kassa 14 months … so do I get 80 %? yes or no?")."""
    return has("akassa_ask", text) and re.search(r"(?<!\d)80(?!\d)", _fold(asked)) is not None \
        and any(mark in asked for mark in "?؟፧")


def asks_verdict(asked: str, text: str) -> bool:
    """The question ``asked`` (of the message ``text``) asks yes or no, or whether the person gets it ("so will I get
    it or not?", «باخد؟», «ክረክብ ድየ?», «отримаю?»)."""
    if has("yes_or_no", text) or has("can_get_ask", asked):
        return True
    return any(mark in asked for mark in "?؟፧") and _words().get_ask.search(_fold(asked)) is not None


def omstallning_verdict(state: TurnState) -> tuple[str, dict[str, Any]] | None:
    """"Yes" for omställningsstudiestöd when the person told an age within its ages and years of work here that meet
    CSN's work requirement (:func:`assistant.rights_told.worked_years`); None otherwise (an age outside is said by the
    card itself: "not for you – it is for people aged 27–63")."""
    from assistant.education import age
    from assistant.rights_told import OMSTALLNING, WORKED_YEARS, worked_years
    from assistant.route_conditions import _says, within_ages, work_here_unsure

    old, years = age(state), worked_years(state)
    if years is None and (months := told(state).work_months) is not None and months >= WORKED_YEARS * 12:
        years = int(months // 12)  # (work told in words the profile did not read: "15 years at the same factory")
    unsure = work_here_unsure(state) and (_says(state, "informal_work") or not _work_here(state))
    if old is None or years is None or not within_ages(OMSTALLNING, old) or unsure:
        return None
    return "told_terms.omstallning_yes", {"age": old, "years": years}
