"""Checks on number-shaped identifiers (pure functions, used by vagledning/domain/redaction.py):
the personnummer/samordningsnummer checksum and date, and where a phone number ends."""
from __future__ import annotations

import re
from datetime import date

# The labels the redacted text shows (re-exported by vagledning.domain.redaction).
PNR, PHONE = "personnummer", "telefon"


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


def pnr_sub(m: re.Match[str], counts: dict[str, int]) -> str:
    """A personnummer match: replaced when its date is plausible and (without a separator) its checksum holds."""
    cent, yy, mm, dd, sep, nnnn = m.group("cent", "yy", "mm", "dd", "sep", "nnnn")
    if not plausible_date(cent, yy, mm, dd):
        return m.group(0)
    valid = luhn_valid(yy + mm + dd + nnnn)
    # A '-'/'+' separator with a plausible date is unmistakable even with a typo in the
    # check digit; digits alone (or a plain space) need the checksum.
    if valid or sep in ("-", "+"):
        counts[PNR] = counts.get(PNR, 0) + 1
        return f"[{PNR}]"
    return m.group(0)


def phone_sub(m: re.Match[str], counts: dict[str, int]) -> str:
    """A phone-like match: each run of digit groups that forms a phone number is replaced."""
    s = m.group(0)
    toks = [(t.start(), t.end(), t.group()) for t in PHONE_TOKEN.finditer(s)]
    gaps = [s[toks[k][1] : toks[k + 1][0]] for k in range(len(toks) - 1)]
    has_prefix = m.group("p") is not None
    out: list[str] = []
    pos = i = 0
    while i < len(toks):
        intl = i == 0 and has_prefix
        j = phone_end(toks, i, intl, gaps)
        if j is None:
            i += 1
            continue
        start = 0 if intl else toks[i][0]
        out.append(s[pos:start])
        out.append(f"[{PHONE}]")
        counts[PHONE] = counts.get(PHONE, 0) + 1
        pos = toks[j][1]
        i = j + 1
    out.append(s[pos:])
    return "".join(out)
