"""Checks on number-shaped identifiers (pure functions, used by vagledning/domain/redaction.py):
the personnummer/samordningsnummer checksum and date, and where a phone number ends."""
from __future__ import annotations

import re
from datetime import date


def luhn_valid(digits: str) -> bool:
    """Luhn checksum (as used by personnummer) over a string of decimal digits."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def plausible_date(cent: str | None, yy: str, mm: str, dd: str) -> bool:
    month, day = int(mm), int(dd)
    if day > 60:  # samordningsnummer: day + 60
        day -= 60
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if cent:
        year = int(cent + yy)
        if not 1880 <= year <= date.today().year:
            return False
    return True


PHONE_TOKEN = re.compile(r"\(\d+\)|\d+")
_NATIONAL_START = re.compile(r"\(?0[1-9]")


def phone_end(toks: list[tuple[int, int, str]], i: int, intl: bool, gaps: list[str]) -> int | None:
    """Index of the last token of the longest valid phone number starting at token i."""
    first = toks[i][2]
    if not intl:
        if not _NATIONAL_START.match(first):
            return None
        # "2 050 000": a 3-digit group after a short group and a plain space is a thousands group.
        if i > 0 and len(first) == 3 and len(toks[i - 1][2]) <= 3 and not gaps[i - 1].strip():
            return None
        lo, hi = (7 if first.strip("()") == "08" else 8), 10
    else:
        lo, hi = 8, 15
    digits, best = 0, None
    for j in range(i, len(toks)):
        t = toks[j][2]
        if intl and t == "(0)":
            continue
        digits += len(t.strip("()"))
        if digits > hi:
            break
        if digits >= lo:
            best = j
    if best is not None and not intl:
        lens = [len(t[2]) for t in toks[i : best + 1]]
        if len(lens) == 3 and lens[0] <= 2 and lens[1] <= 2 and lens[2] == 4:
            return None  # 01-02-2019 is a date
    return best
