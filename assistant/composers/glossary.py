"""Swedish proper terms glossed in the reader's language, and citation snippets that hold what is cited.

Answers in Arabic, Somali, Tigrinya, Dari/Persian, Ukrainian and English keep the Swedish names
people will meet (Arbetsförmedlingen, Komvux, SFI, legitimation, Socialstyrelsen …) but explain them
once: at the first use in an answer the gloss of the locale's ``gloss.terms`` follows in parentheses,
unless the sentence already explains it (the gloss is there, or the term is in parentheses itself).
Quoted source titles («…») and links are never touched.
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.locales import locale

# Quoted titles and links are masked: a gloss inside a URL would break the link.
_QUOTED = re.compile(r"«[^»]*»|https?://\S+|www\.\S+")


@lru_cache(maxsize=16)
def _terms(loc: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    # The locale's own terms only (no fallback: Swedish answers need no gloss).
    terms = (locale(loc).get("gloss") or {}).get("terms") or {}
    out = []
    for term, gloss in terms.items():
        # Not inside a word, not already in parentheses, not a possessive ("Arbetsförmedlingen's"), not
        # followed by a bracket of its own (a licence step's "Komvux (adult education)" is explained).
        pat = re.compile(r"(?<![\w(])" + re.escape(term) + r"(?![\w'’)])(?!\s*\()")
        out.append((term, str(gloss), pat))
    # Longer terms first ("studie- och yrkesvägledare" before shorter ones inside it).
    return tuple(sorted(out, key=lambda t: -len(t[0])))


def gloss_terms(loc: str, pieces: list[str]) -> list[str]:
    """``pieces`` with the first use of each Swedish term glossed (in place of the later ones: none)."""
    terms = _terms(loc)
    if not terms:
        return pieces
    done: set[str] = set()
    whole = "\n".join(pieces).casefold()
    out = []
    for piece in pieces:
        for term, gloss, pat in terms:
            if term in done:
                continue
            if gloss.casefold() in whole:
                done.add(term)  # the templates already explain it
                continue
            masked = _QUOTED.sub(lambda m: "\x00" * len(m.group(0)), piece)
            m = pat.search(masked)
            if m is None:
                continue
            piece = piece[: m.end()] + f" ({gloss})" + piece[m.end():]
            done.add(term)
        out.append(piece)
    return out


_NUM = re.compile(r"\d[\d\s\u00a0\u202f,.]*\d|\d")


def plain_numbers(text: str) -> set[str]:
    """The numbers of a text as digit strings ("5 371", "5,371", "5٬371" -> "5371")."""
    text = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")).replace("٬", ",")
    out = set()
    for m in _NUM.finditer(text):
        token = m.group(0)
        # Thousands separators only (a space, comma or dot before a group of three digits).
        out.add(re.sub(r"(?<=\d)[\s\u00a0\u202f,.](?=\d{3}(?!\d))", "", token))
        out.update(re.findall(r"\d+", token))
    return out
