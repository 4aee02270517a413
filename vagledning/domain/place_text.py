"""The text side of place names: one folding of case, diacritics and script variants, and the forms a written word
may take (clitics, case endings), shared by the index and the matcher (:mod:`vagledning.domain.geography`).

Ge'ez writes a vowel as a letter's order: the first (ä) and fifth (e) orders of one consonant are the same name as
Tigrinya writers spell Swedish e (ሉሌኦ/ሉለኦ, Luleå; ኡሜኦ/ኡመኦ, Umeå), so they fold together (place15).
"""
from __future__ import annotations

import re
import unicodedata

from vagledning.domain.place_scripts import arabic_letter_variants
from vagledning.domain.place_scripts import first_j_as_y as _first_j_as_y

# ------------------------------------------------------------------ normalisation
_FOLD = str.maketrans({
    "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th",
    # Arabic and Persian write the same letters differently: fold to one form.
    "ك": "ک", "ي": "ی", "ى": "ی", "ة": "ه", "ۀ": "ه", "ٱ": "ا", "ـ": None, "\u200c": None, "\u200d": None,
    # Ukrainian and Russian spellings of one name differ in these letters. Ukrainian є is Russian
    # "йе" (which NFKD reads as "ие"), never е: Єнчепінг (Jönköping) is not Енчепінг (Enköping).
    "є": "ие", "і": "и", "ё": "е", "э": "е", "ы": "и", "ь": None, "ъ": None,
    "'": None, "’": None, "ʼ": None, "`": None,
})
_CY_DOUBLE = re.compile(r"([\u0430-\u045f])\1")
TOKEN = re.compile(r"[^\W_][\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640\u200c'’ʼ]*")


#: Arabic-script letters as a Latin-script word begun on a Persian or Arabic keyboard writes them («گävle»: the
#: keyboard switched after the first letter; place24, rater34 replay05: a man in Gävle got a course in Kalmar).
_KEYBOARD_LATIN = str.maketrans({
    "گ": "g", "ک": "k", "ب": "b", "پ": "p", "ت": "t", "س": "s", "م": "m", "ن": "n", "ل": "l", "ر": "r", "د": "d",
    "ف": "f", "و": "v", "ی": "j", "ج": "j", "ه": "h", "ز": "z", "ا": "a", "ش": "sh", "چ": "ch", "ق": "k", "ع": "a",
})
_MIXED = re.compile(r"\w*[\u0600-\u06ff]\w*")


def _one_script(word: re.Match[str]) -> str:
    """A word written partly in Arabic script and partly in Latin letters, read in Latin letters."""
    w = word.group(0)
    return w.translate(_KEYBOARD_LATIN) if re.search(r"[a-z]", w) else w


def normalize_place(text: str) -> str:
    """Case-, diacritics- and script-variant-insensitive form of a place name."""
    t = unicodedata.normalize("NFKD", (text or "").casefold())
    # Doubled Cyrillic letters are written single as often as double (Уппсала/Упсала, Накка).
    folded = _CY_DOUBLE.sub(r"\1", "".join(c for c in t if not unicodedata.combining(c)).translate(_FOLD))
    folded = _MIXED.sub(_one_script, folded)
    return "".join(chr(ord(c) - 4) if "\u1200" <= c <= "\u135a" and (ord(c) - 0x1200) % 8 == 4 else c for c in folded)


def place_key(name: str) -> str:
    """Normalised name without ' län'/' kommun'/'region ' and a county genitive ("Stockholms län" -> "stockholm")."""
    toks = [normalize_place(t) for t in TOKEN.findall(name or "")]
    if toks and toks[0] == "region" and len(toks) > 1:
        toks = toks[1:]
    if len(toks) > 1 and toks[-1] in ("lan", "kommun", "region", "stad"):
        county = toks[-1] == "lan"
        toks = toks[:-1]
        if county and toks[-1].endswith("s") and not toks[-1].endswith("ss"):
            toks[-1] = toks[-1][:-1]
    return " ".join(toks)


def script_of(t: str) -> str:
    c = t[0]
    if "\u0600" <= c <= "\u06ff":
        return "arabic"
    if "\u0400" <= c <= "\u04ff":
        return "cyrillic"
    if "\u1200" <= c <= "\u139f":
        return "ethiopic"
    return "latin"


_AR_PREFIXES = ("و", "ف", "ب", "ل", "ک", "ال", "لل", "در", "به", "فی")
_TI_PREFIXES = ("ኣብ", "ናብ", "ካብ", "ብ", "ን")
_TI_SUFFIXES = ("ውን", "ን")


def first_variants(t: str) -> list[str]:
    """The token itself and the token without attached prepositions/articles/conjunctions."""
    out = [t]
    script = script_of(t)
    prefixes = _AR_PREFIXES if script == "arabic" else _TI_PREFIXES if script == "ethiopic" else ()
    for _ in range(3):  # "وبال" + name: up to three clitics
        for v in list(out):
            # Ge'ez writes a syllable a letter: "ኣብናካ" leaves a two-letter name
            out += [v[len(p):] for p in prefixes if v.startswith(p) and len(v) - len(p) >= 3 - (script == "ethiopic")]
    if script == "arabic":   # Persian/Iraqi letters (گ, چ, پ, ژ, ڤ) as standard Arabic writes their sound
        out = (ws := [w for v in out for w in arabic_letter_variants(v)]) + [x for w in ws for x in _first_j_as_y(w)]
    return list(dict.fromkeys(out))


def last_variants(t: str) -> list[str]:
    """The token itself and its case-/possessive-free forms."""
    script = script_of(t)
    out = [t]
    if script == "latin" and t.endswith("s") and len(t) > 3:
        out.append(t[:-1])                                   # Stockholms, Uppsalas, Uppsala's
    elif script == "ethiopic":
        out += [t[: -len(s)] for s in _TI_SUFFIXES if t.endswith(s) and len(t) - len(s) >= 2]
    return out
