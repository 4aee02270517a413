"""Swedish occupation titles written by ear in another script.

Newcomers often write the Swedish word they heard in their own letters: "ундершетерска" or
"اندرشوتيرسكا" or "ኡንደርሸተርስካ" for *undersköterska*, "بوسفوراره" for *bussförare*. No lexicon term of
their language matches such a word, so :class:`Translit` compares its sound with the Swedish title
terms of the lexicon instead:

- :func:`skeleton` turns a Cyrillic, Arabic-script or Ge'ez word into its consonants, in classes that
  survive the trip between scripts (p/b, f/v/w, k/g/q, s/z/ц, every sh-like sound; vowels are dropped,
  since Arabic script leaves most of them out and Ge'ez syllables carry them in the letter);
- :func:`swedish_skeletons` reads a Swedish title the same way, with the variants of Swedish spelling
  a listener may have heard (sk/sj/stj/tj/ch as sh, soft k and g, rs as sh, doubled consonants once);
- a weighted edit distance between the two, small for near classes (t/d, h/k) and for a v/w a
  writer left out, decides.

False friends matter more than recall (a native word read as a Swedish title sends the person to the
wrong work): only a word of five consonants or more that matched nothing in its own language is tried,
the distance allowed is at most one letter for short words, and a word the lexicon knows in any other
language is never tried, nor a word on the stem (first five letters) of one: "майструвати" (to make
things) is built on "майстер", never "massageterapeut". tests/unit/test_translit.py holds positives and
native words that must stay native.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from retrieval.lexicon.normalize import script_of_token

MIN_CONSONANTS = 5

# Consonant classes: B (p/b), F (f/v/w), K (k/g/q/c), H (h/x/kh), S (s/z/c/ц), X (sh, tj, ch, ж, ч),
# T, D, L, M, N, R. Everything else (vowels, j/y, glottal stops) is dropped.
_CYR = {"б": "B", "п": "B", "в": "F", "ф": "F", "г": "H", "ґ": "K", "к": "K", "х": "H", "д": "D", "т": "T",
        "ж": "X", "ш": "X", "щ": "X", "ч": "X", "з": "S", "с": "S", "ц": "S", "л": "L", "м": "M", "н": "N",
        "р": "R"}
_AR = {"ب": "B", "پ": "B", "ف": "F", "ڤ": "F", "ك": "K", "ق": "K", "گ": "K", "غ": "K", "ح": "H", "خ": "H",
       "ه": "H", "د": "D", "ض": "D", "ت": "T", "ط": "T", "ث": "S", "س": "S", "ص": "S", "ز": "S", "ذ": "S",
       "ظ": "S", "ش": "X", "چ": "X", "ج": "X", "ژ": "X", "ل": "L", "م": "M", "ن": "N", "ر": "R"}
# Ge'ez rows (8 letters each from U+1200): the consonant of each row.
_GEEZ_ROWS = {0x1200: "H", 0x1208: "L", 0x1210: "H", 0x1218: "M", 0x1220: "S", 0x1228: "R", 0x1230: "S",
              0x1238: "X", 0x1240: "K", 0x1248: "K", 0x1250: "K", 0x1258: "K", 0x1260: "B", 0x1268: "F",
              0x1270: "T", 0x1278: "X", 0x1280: "H", 0x1288: "H", 0x1290: "N", 0x1298: "N", 0x12A8: "K",
              0x12B0: "K", 0x12B8: "H", 0x12C0: "H", 0x12C8: "F", 0x12D8: "S", 0x12E0: "X", 0x12F0: "D",
              0x12F8: "D", 0x1300: "X", 0x1308: "K", 0x1310: "K", 0x1318: "N", 0x1320: "T", 0x1328: "X",
              0x1330: "B", 0x1338: "S", 0x1340: "S", 0x1348: "F", 0x1350: "B"}
_LAT = {"b": "B", "p": "B", "f": "F", "v": "F", "w": "F", "k": "K", "g": "K", "q": "K", "c": "K", "h": "H",
        "d": "D", "t": "T", "s": "S", "z": "S", "x": "KS", "l": "L", "m": "M", "n": "N", "r": "R"}
_FRONT = set("eiyäöé")
_NEAR = {frozenset("TD"), frozenset("HK"), frozenset("XS"), frozenset("BF"), frozenset("XK")}
_CHEAP_GAP = set("F")   # a v/w a writer leaves out (Arabic و is also the vowel o/u)


def _letter(ch: str) -> str:
    """Consonant class of one letter; "." for a vowel (it keeps the consonants around it apart)."""
    o = ord(ch)
    if 0x1200 <= o <= 0x1357:
        cons = _GEEZ_ROWS.get(o - (o - 0x1200) % 8, "")
        return cons if (o - 0x1200) % 8 == 5 else cons + "."   # the sixth order has no vowel
    return _CYR.get(ch) or _AR.get(ch) or _LAT.get(ch, ".")


def _squeeze(s: str) -> str:
    """Doubled consonants once ("ss", "тт"), the same consonant on both sides of a vowel twice."""
    out: list[str] = []
    for c in s:
        if not out or out[-1] != c or c == ".":
            out.append(c)
    return "".join(out).replace(".", "")


def skeleton(word: str) -> str:
    """Consonant classes of a normalised non-Latin word (Latin letters mixed in are read too)."""
    w = word.casefold()
    if script_of_token(w) == "arabic":
        w = w.removeprefix("ال") if len(w) > 6 else w
        w = w[:-1] if w.endswith("ه") else w   # a final ه is the vowel -a/-e
    return _squeeze("".join(_letter(c) for c in w))


def swedish_skeletons(title: str) -> frozenset[str]:
    """The consonant classes of a Swedish word as a listener may hear it (a few spelling variants)."""
    w = title.casefold()
    variants = [""]
    i = 0
    while i < len(w):
        nxt = w[i + 1] if i + 1 < len(w) else ""
        opts: tuple[str, ...]
        step = 1
        if w.startswith(("sch", "skj", "stj"), i):
            opts, step = ("X",), 3
        elif w.startswith(("sj", "tj", "kj", "ch"), i):
            opts, step = ("X",), 2
        elif w.startswith("sk", i) and i + 2 < len(w) and w[i + 2] in _FRONT:
            opts, step = ("X", "SK"), 2
        elif w.startswith("rsk", i) and i + 3 < len(w) and w[i + 3] in _FRONT:
            opts, step = ("RX", "X", "RSK"), 3
        elif w.startswith("rs", i):
            opts, step = ("RS", "X"), 2
        elif w.startswith("ck", i):
            opts, step = ("K",), 2
        elif w[i] == "k" and nxt in _FRONT:
            opts = ("K", "X")
        elif w[i] == "g" and nxt in _FRONT:
            opts = ("K", "")
        elif w[i] == "c":
            opts = ("S",) if nxt in _FRONT else ("K",)
        elif w[i] in "dhg" and nxt == "j" and i == 0:
            opts = ("",)
        elif w[i] in "aeiouyåäöé":
            opts = (".",)
        else:
            opts = (_LAT.get(w[i], ""),)
        variants = [v + o for v in variants for o in opts][:16]
        i += step
    return frozenset(_squeeze(v) for v in variants)


def distance(a: str, b: str, limit: float) -> float:
    """Weighted edit distance of two skeletons (near classes and dropped v/h cost half), cut at ``limit``."""
    if abs(len(a) - len(b)) > limit * 2 + 1:
        return limit + 1
    prev = [0.0]
    for c in b:
        prev.append(prev[-1] + (0.5 if c in _CHEAP_GAP else 1.0))
    for ca in a:
        cur = [prev[0] + (0.5 if ca in _CHEAP_GAP else 1.0)]
        for j, cb in enumerate(b, 1):
            sub = 0.0 if ca == cb else (0.5 if frozenset((ca, cb)) in _NEAR else 1.0)
            cur.append(min(prev[j - 1] + sub,
                           prev[j] + (0.5 if ca in _CHEAP_GAP else 1.0),
                           cur[j - 1] + (0.5 if cb in _CHEAP_GAP else 1.0)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


_COARSE = str.maketrans("DHFX", "TKBS")


def _coarse_pairs(sk: str) -> set[str]:
    c = sk.translate(_COARSE)
    return {c[i:i + 2] for i in range(len(c) - 1)}


def allowed(n: int) -> float:
    """Distance allowed for a skeleton of ``n`` consonants: none at five (native words of five
    consonants lie one near letter from some short title: Ukrainian "перевести" from "barista", Dari
    "بفرسته" too), only near classes at six (many native words of six lie one letter from some title),
    one letter at seven, one and a half from eight on."""
    return 0.0 if n <= MIN_CONSONANTS else 0.5 if n <= 6 else (1.0 if n == 7 else 1.5)


P = TypeVar("P")
_STEM = 5   # letters of a native word's stem: a word that begins so is a form of it (a derived verb, a case)


class Translit(Generic[P]):
    """Swedish title terms by skeleton; :meth:`lookup` a foreign-script word among them."""

    def __init__(self, titles: Iterable[tuple[str, P]], known: Iterable[str] = ()) -> None:
        self._skels: list[tuple[str, str, P]] = []
        # Coarse letter pairs -> skeletons that have them: a near class keeps its pair and an edit
        # spoils at most two, so a candidate shares most of the word's pairs (see lookup).
        self._pairs: dict[str, list[int]] = {}
        for term, payload in titles:
            if " " in term or "-" in term:
                continue
            for sk in swedish_skeletons(term):
                if len(sk) >= MIN_CONSONANTS - 1:
                    for pair in _coarse_pairs(sk):
                        self._pairs.setdefault(pair, []).append(len(self._skels))
                    self._skels.append((sk, term, payload))
        self._known = frozenset(known)
        self._stems = frozenset(k[:_STEM] for k in self._known if len(k) >= _STEM)
        self._cache: dict[str, tuple[str, P, float] | None] = {}

    def lookup(self, word: str) -> tuple[str, P, float] | None:
        """(Swedish term, its payload, distance) of the closest title, or None."""
        if word in self._cache:
            return self._cache[word]
        got = None
        if (script_of_token(word) in ("cyrillic", "arabic", "ethiopic") and word not in self._known
                and word[:_STEM] not in self._stems):
            sk = skeleton(word)
            if len(sk) >= MIN_CONSONANTS:
                limit = allowed(len(sk))
                shared: dict[int, int] = {}
                for pair in _coarse_pairs(sk):
                    for k in self._pairs.get(pair, ()):
                        shared[k] = shared.get(k, 0) + 1
                need = len(sk) - 1 - 4 * limit   # every 0.5 of distance spoils at most two pairs
                best: tuple[float, int, str, P] | None = None
                for k, n in shared.items():
                    tsk, term, payload = self._skels[k]
                    if n < need or abs(len(tsk) - len(sk)) > 2:
                        continue
                    d = distance(sk, tsk, limit)
                    if d <= limit and (best is None or (d, -len(tsk), term) < best[:3]):
                        best = (d, -len(tsk), term, payload)
                if best is not None:
                    got = (best[2], best[3], best[0])
        if len(self._cache) < 4096:
            self._cache[word] = got
        return got
