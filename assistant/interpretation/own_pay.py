"""The pay a person says they earn or earned ("jag tjänade 34 000 i månaden", "I was making 34k", «راتبي كان ٣٤ ألف»,
«حقوقم ۳۴ هزار کرون بود», "моя зарплата була 34 тисячі"), read from a statement (rater15: a laid-off shop manager's
34 000 kr was ignored and the group's pay shown as if it were hers).

The figure is the person's own data: it lives in the profile the client carries (``Constraint(kind="other",
value="pay:<kronor>")``, as the other facts a person tells), so a salary answer can set the cited group figure against it
(assistant/own_salary.py). Nothing logs it and the server keeps nothing. Read only from a clause that is no question
("can I earn 40 000 as X?" is no pay of one's own) and only a monthly figure (8 000–150 000 kronor).
"""
from __future__ import annotations

import re

from vagledning.domain.marks import COMMAS, FULL_STOPS, SEMICOLONS
from vagledning.domain.profile import Constraint, Profile, Span

#: ``Constraint(kind="other", value=f"{PAY_PREFIX}34000")``: the monthly pay the person said they earn or earned.
PAY_PREFIX = "pay:"
MONTHLY = (8_000, 150_000)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: A figure: digits with thousands groups (space, dot, comma, apostrophe, Arabic separator) and a "thousand" word.
_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[  .,'’٬]\d{3})+|\d+)(?:[.,٫]\d{1,2})?\s*"
                     r"(k\b|tkr\b|tusen\b|thousand\b|هزار|ألف|الف|آلاف|kun\b|ሽሕ|тис\w*)?", re.I)
#: Words of one's own pay, in the 8 languages (case-folded; a stem ends in "\w*").
_PAY = re.compile("|".join((
    r"\b(?:månads)?lön(?:en|er)?\b", r"\btjäna(?:de|t|r)\b", r"\bjag tjäna\b", r"\binkomst(?:en)?\b",
    r"\bearn(?:ed|ing|s)?\b", r"\bsalary\b", r"\bwages?\b", r"\bmy pay\b", r"\bwas paid\b", r"\bgot paid\b",
    r"\bi (?:was )?mak(?:e|ing)\b", r"\bi made\b", r"\bincome\b",
    r"راتب\w*", r"معاش\w*", r"أتقاضى", r"اتقاضى", r"بتقاضى", r"دخلي", r"أجري",
    r"\bmushaar\w*", r"\bmushahar\w*", r"\bdakhli\w*", r"\bqaadan jiray\b", r"\bqaataa\b",
    r"ደሞ[ዝዘ]\w*", r"ደመወ[ዝዘ]\w*", r"ኣታዊ\w*",
    r"حقوق\w*", r"درآمد\w*", r"معاش\w*", r"میگرفتم", r"می گرفتم",
    r"зарплат\w*", r"зарпла\w*", r"заробля\w*", r"заробіт\w*", r"оклад\w*", r"отримува\w*",
)))
#: A clause: split at sentence ends, at ", " and ";" (never inside "34,000").
_CLAUSE = re.compile(rf"(?<=[{FULL_STOPS}{SEMICOLONS}])\s+|\n+|,\s+|[{COMMAS[1:]}]\s*")
_QUESTION = ("?", "؟", "፧")


def _fold(text: str) -> str:
    return text.replace("\u200c", "").replace("\u200d", "").casefold().translate(_DIGITS)


def _kronor(m: re.Match[str]) -> int | None:
    digits = re.sub(r"\D", "", m.group(1))
    if not digits:
        return None
    value = int(digits) * (1000 if m.group(2) else 1)
    return value if MONTHLY[0] <= value <= MONTHLY[1] else None


def stated_pay(text: str) -> tuple[int, int, int] | None:
    """(kronor a month, start, end) of the pay the person states in ``text``, or None."""
    folded = _fold(text)
    if len(folded) != len(text):  # (case folding that changes lengths: no reliable span, read nothing)
        return None
    start = 0
    for piece in _CLAUSE.split(folded) + [""]:
        at = folded.find(piece, start) if piece else -1
        if not piece or at < 0:
            continue
        start = at + len(piece)
        if piece.rstrip().endswith(_QUESTION) or not _PAY.search(piece):
            continue
        for m in _AMOUNT.finditer(piece):
            kronor = _kronor(m)
            if kronor is not None:
                return kronor, at + m.start(), at + m.end()
    return None


def remember_pay(profile: Profile, text: str, message: int) -> None:
    """Keep the pay stated in ``text`` (message ``message``) in ``profile``; a new figure replaces the one before."""
    found = stated_pay(text)
    if found is None:
        return
    kronor, a, b = found
    profile.constraints = [c for c in profile.constraints if not (c.kind == "other" and c.value.startswith(PAY_PREFIX))]
    profile.constraints.append(Constraint(kind="other", value=f"{PAY_PREFIX}{kronor}", label=text[a:b],
                                          span=Span.of(text, a, b, message), confidence=0.8))


def pay_of(profile: Profile) -> int | None:
    """The monthly pay the person said they earn or earned, in kronor (None when not told)."""
    for c in profile.constraints:
        if c.kind == "other" and c.value.startswith(PAY_PREFIX) and c.value[len(PAY_PREFIX):].isdigit():
            return int(c.value[len(PAY_PREFIX):])
    return None
