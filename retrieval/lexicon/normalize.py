"""Script-aware text normalisation that keeps a map back to the original offsets.

Used by the lexicon matcher and the statement classifier. Every output character
remembers the index of the original character it came from, so spans found in the
normalised text can be reported in the original text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) and tatweel.
_AR_DROP = {chr(c) for c in list(range(0x064B, 0x0660)) + [0x0670, 0x0640] + list(range(0x06D6, 0x06EE))}
_AR_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك",
    "\u200c": " ",  # ZWNJ (Persian half-space) → space: "می‌خواهم" ≈ "می خواهم"
    "\u200d": "", "\u200e": "", "\u200f": "", "\ufeff": "",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}


@lru_cache(maxsize=1 << 14)  # (a pure function of one character, asked for every character of every text read)
def _norm_char(ch: str) -> str:
    if ch in _AR_DROP:
        return ""
    if ch in _AR_MAP:
        return _AR_MAP[ch]
    if ch in _DIGITS:
        return _DIGITS[ch]
    o = ord(ch)
    if 0x1340 <= o <= 0x1347 or 0x1220 <= o <= 0x1227:  # Ge'ez homophone rows: ፀ→ጸ, ሠ→ሰ (same sound in Tigrinya,
        return chr(o - 8 if o >= 0x1340 else o + 16)   # ፀ is Ethiopian usage: «ሕፃናት» is «ሕጻናት»; interp20)
    if 0xFB50 <= o <= 0xFEFF:  # Arabic presentation forms → base letters
        base = unicodedata.normalize("NFKC", ch)
        return "".join(_norm_char(c) for c in base)
    if ch == "’" or ch == "ʼ" or ch == "`":
        return "'"
    if ch in "\u00ad":  # soft hyphen
        return ""
    return ch.casefold()


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus ``index[i]`` = original offset of normalised char ``i``."""

    text: str
    index: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised slice [start, end)."""
        if end <= start:
            o = self.index[start] if start < len(self.index) else self.original_length
            return o, o
        return self.index[start], self.index[end - 1] + 1


def normalize(text: str) -> Normalized:
    """Casefold Latin/Cyrillic, unify Arabic/Persian letters, drop diacritics and tatweel."""
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        rep = _norm_char(ch)
        for r in rep:
            out.append(r)
            idx.append(i)
    return Normalized("".join(out), tuple(idx), len(text))


def normalize_str(text: str) -> str:
    """Just the normalised string (for building indexes)."""
    return "".join(_norm_char(ch) for ch in text)


# A token: letters/digits/marks (Ge'ez, Arabic, Cyrillic, Latin), with an optional trailing
# "#"/"+" (C#, C++) and inner apostrophes/hyphen-free. Hyphens split tokens.
TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*(?:[#+]{1,2})?", re.UNICODE)


def tokens(norm_text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) over a normalised string."""
    return [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(norm_text)]


def script_of_token(tok: str) -> str:
    """Rough script of a normalised token: 'arabic', 'cyrillic', 'ethiopic' or 'latin'."""
    for ch in tok:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F:
            return "arabic"
        if 0x0400 <= o <= 0x052F:
            return "cyrillic"
        if 0x1200 <= o <= 0x139F or 0x2D80 <= o <= 0x2DDF:
            return "ethiopic"
        if ch.isalpha():
            return "latin"
    return "latin"


def mostly_geez(text: str) -> bool:
    """Most letters are Ge'ez (Tigrinya, Amharic): a script the small embedder was not trained on, so
    its similarities for such text are noise and only curated terms should be trusted."""
    letters = [c for c in text or "" if c.isalpha()]
    geez = sum(1 for c in letters if 0x1200 <= ord(c) <= 0x139F or 0x2D80 <= ord(c) <= 0x2DDF)
    return bool(letters) and geez > len(letters) / 2
