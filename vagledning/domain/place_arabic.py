"""Swedish place names as Arabic and Dari writers spell them (place15).

A newcomer writes the town they live in by ear: Luleå is «لوله‌او» or «لوله او» in Dari (Lule + å: a final e written
ه, the å that follows it a syllable of its own, so written with alef, often after a space or a ZWNJ), «لوليو» in Arabic.
The curated table (place_names.yaml) holds a few spellings of the larger places; :func:`arabic_forms` spells every
name by rule, letter by letter, with the choices writers make (a short vowel written or left out, v as و or ف, g as گ
or غ, a soft g/k as ی/ش), as :func:`place_scripts.cyrillic_forms` does for Cyrillic. The geography indexes them after
the curated names (which win a clash), never for a name that is also a word, and only long enough ones.
"""
from __future__ import annotations

from itertools import product

from vagledning.domain.place_text import normalize_place

_VOWELS = set("aeiouyåäö")
_FRONT = set("eiyäö")
#: Consonants, as written in Persian letters first, then as Arabic writes the sound.
_CONSONANTS = {"b": ("ب",), "c": ("ک",), "d": ("د",), "f": ("ف",), "g": ("گ", "غ"), "h": ("ه",), "j": ("ی",),
               "k": ("ک",), "l": ("ل",), "m": ("م",), "n": ("ن",), "p": ("پ", "ب"), "q": ("ک",), "r": ("ر",),
               "s": ("س",), "t": ("ت",), "v": ("و", "ف"), "w": ("و", "ف"), "x": ("کس",), "z": ("ز",)}
#: Sounds written with two or three Swedish letters (longest first).
_GROUPS = (("stj", ("ش",)), ("skj", ("ش",)), ("sch", ("ش",)), ("sj", ("ش",)), ("tj", ("چ", "ش")), ("kj", ("چ", "ش")),
           ("ch", ("ش", "ک")), ("ck", ("ک",)), ("ph", ("ف",)), ("th", ("ت",)), ("dj", ("ی",)), ("hj", ("ی",)),
           ("lj", ("ی", "لی")), ("gj", ("ی",)))
#: A vowel starting a word or a syllable after another vowel (written with alef, or on a hamza seat after a vowel).
_OPEN = {"a": ("ا",), "e": ("ا",), "ä": ("ا",), "i": ("ای",), "y": ("ای", "او"), "o": ("او",), "u": ("او",),
         "å": ("او", "ا"), "ö": ("او", "ا")}
_HIATUS = {"a": ("ئا",), "e": ("ئ",), "i": ("ئی",), "o": ("ئو",), "u": ("ئو",), "å": ("ئو",), "ö": ("ئو",)}
#: A vowel inside a word before a consonant: short ones are often left out.
_INNER = {"a": ("ا", ""), "e": ("", "ی"), "ä": ("", "ا"), "i": ("ی",), "y": ("ی", "و"), "o": ("و",), "u": ("و",),
          "å": ("و", "ا"), "ö": ("و", "")}
#: A vowel ending a word, or before another vowel (a final e is ه: «لوله», Lule-).
_LAST = {"a": ("ا", "ه"), "e": ("ه", "ی"), "ä": ("ه",), "i": ("ی",), "y": ("ی",), "o": ("و",), "u": ("و",),
         "å": ("و",), "ö": ("و",)}
#: Letters Persian never joins to the next one: a name may be broken after them by a space or a ZWNJ.
_NON_JOINING = set("اآدذرزژوه")


def _units(word: str) -> list[tuple[str, ...]]:
    """The choices of spelling for each sound of ``word`` (case-folded), in order."""
    w = word.replace("ck", "k")
    units: list[tuple[str, ...]] = []
    i = 0
    while i < len(w):
        c, nxt = w[i], w[i + 1: i + 2]
        group = next(((g, s) for g, s in _GROUPS if w.startswith(g, i)), None)
        if group and not (group[0] == "lj" and i > 0):
            units.append(group[1])
            i += len(group[0])
            continue
        if c in _VOWELS:
            prev_vowel = i > 0 and w[i - 1] in _VOWELS
            if i == 0:
                units.append(_OPEN[c])
            elif prev_vowel:
                first = _OPEN[c][:1]   # (Lule-å: «او», never a bare «ا»; or on a seat «ئو», or a plain «و»)
                units.append(tuple(" " + o for o in first) + first + _HIATUS.get(c, ()) + _LAST[c][:1])
            elif i == len(w) - 1 or nxt in _VOWELS:
                units.append(_LAST[c])
            else:
                units.append(_INNER[c])
            i += 1
            continue
        if i > 0 and w[i - 1] == c:   # a doubled consonant is written once
            i += 1
            continue
        if c == "s" and nxt == "k" and w[i + 2: i + 3] in _FRONT:
            units.append(("ش", "سک"))
            i += 2
            continue
        if c == "k" and nxt in _FRONT:
            units.append(("ش", "چ", "ک"))
        elif c == "g" and (nxt in _FRONT and i == 0 or i == len(w) - 1 and w[i - 1: i] in ("l", "r")):
            units.append(("ی", "گ", "غ"))                       # Gävle یاوله, Göteborg یوتبوری, Varberg واربری
        elif c == "c" and nxt in _FRONT:
            units.append(("س",))
        else:
            units.append(_CONSONANTS.get(c, (c,)))
        i += 1
    return units


def _spellings(word: str, limit: int) -> list[str]:
    out = []
    for parts in product(*_units(word)):
        s = "".join(parts)
        # (a break only after a letter that does not join: «لوله او», never «لول او»)
        if " " in s and any(s[k - 1] not in _NON_JOINING for k in range(1, len(s)) if s[k] == " "):
            continue
        out.append(s)
        if len(out) >= limit:
            break
    return out


def arabic_forms(label: str, limit: int = 96) -> list[str]:
    """Spellings of a Swedish place name in Arabic script, folded as the matcher folds text (words kept apart as in
    the label; a break the writer may put inside a word is a space too)."""
    words = label.casefold().replace("-", " ").split()
    if not words or not all(w.isalpha() for w in words):
        return []
    per_word = [_spellings(w, limit) for w in words]
    forms = [" ".join(p) for p in product(*per_word)][:limit]
    return list(dict.fromkeys(normalize_place(f) for f in forms))
