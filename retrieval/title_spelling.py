"""A title word written short or misspelled, read as the title word of the taxonomy it stands for.

Ads and people clip a title without a full stop ("Fysio till vårdcentral", "Fordonsmek") or slip a
letter ("Elektrikr", "Byggarbetere"); the word is then in no title list, so the search ranks by
letter n-grams and the workplace words. :func:`respelled` rewrites the first word of a title, when it
is no title word as written, to the word of the title index (taxonomy titles and Swedish ESCO labels)
it stands for:

- a clip of 4-6 letters that begins title words: the word heading the most titles, when it heads at
  least :data:`DOMINANT` times as many as the next ("fysio" stays: fysiolog and fysioterapeut are even);
- one letter dropped, added, changed or two swapped (Damerau distance 1) from one title word only, for
  words of :data:`MIN_EDIT` letters or more ("elektrikr" -> elektriker);
- a known compound modifier with a misspelled or clipped head ("bygg|arbetere" -> bygg|arbetare,
  "lastbils|chafför" -> lastbils|chaufför); a clip that ends other title words is no clip ("butiks|vakt").

A word already ending in a title word is an unknown compound of it, never a misspelling
("altansnickare"), and a title written apart ("Sous chef") is left to the title reading.
Nothing is rewritten to a word the index does not list, and a word the index lists is never touched.
"""
from __future__ import annotations

import weakref
from collections import Counter

from retrieval.titles import TitleIndex, fold

MIN_PREFIX = 4      # "fysio", "mek" inside a compound: shorter clips are too ambiguous alone
MIN_CLIP = 3        # a clipped head after a modifier ("fordons|mek")
MIN_MODIFIER = 4    # the modifier of a compound ("bygg", "fordons")
MAX_PREFIX = 6      # a clip alone is short ("fysio"); a longer unknown word is a whole word
MIN_CLIP_FREQ = 10  # a clipped head expands only to a title word heading many titles ("mek" -> mekaniker)
MIN_EDIT = 7        # shorter misspellings are too often another word
MIN_HEAD_WORD = 5   # a title word that heads compounds ("förare", "montör")
DOMINANT = 3        # the prefix's most used title word must be this many times as used as the next
_PUNCT = ",.!:;()[]"
_freq: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_mods: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _word_freq(tidx: TitleIndex) -> Counter:
    """How many titles each title word heads, as the title's last word or the end of its compound
    ("installationselektriker" counts for elektriker; the part before a comma: "kock, storhushåll" -> kock).
    Describing words ("mekanisk", "elektrisk") head no title, so a clip never expands to one."""
    freq = _freq.get(tidx)
    if freq is None:
        freq = Counter()
        for alias in tidx.by_alias:
            for h in alias.split(",")[0].split()[-1:]:
                if h.isalpha():
                    freq.update(h[i:] for i in range(len(h) - MIN_HEAD_WORD + 1) if h[i:] in tidx.vocab)
        _freq[tidx] = freq
    return freq


def _one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        d = [i for i in range(len(a)) if a[i] != b[i]]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])
    s, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == s for i in range(len(long_)))


def _expanded(freq: Counter, clip: str, min_len: int, min_freq: int = 1) -> str:
    """The dominant title word that begins with the clip, "" when none dominates."""
    if len(clip) < min_len:
        return ""
    cands = sorted(((n, w) for w, n in freq.items() if w.startswith(clip) and w != clip), reverse=True)
    if not cands or cands[0][0] < min_freq:
        return ""
    if len(cands) > 1 and cands[0][0] < DOMINANT * cands[1][0]:
        return ""
    return cands[0][1]


def _corrected(freq: Counter, word: str) -> str:
    """The one title word at edit distance 1 (same first letter), "" when none or several."""
    if len(word) < MIN_EDIT:
        return ""
    cands = [w for w in freq if w[:1] == word[:1] and _one_edit(word, w)]
    return cands[0] if len(cands) == 1 else ""


def _modifiers(tidx: TitleIndex) -> frozenset[str]:
    """The modifiers of compound titles ("fordons" of fordonsmontör, "bygg" of byggarbetsledare)."""
    mods = _mods.get(tidx)
    if mods is None:
        freq = _word_freq(tidx)
        mods = frozenset(w[:i] for w in tidx.vocab if w.isalpha()
                         for i in range(MIN_MODIFIER, len(w) - MIN_HEAD_WORD + 1) if freq.get(w[i:]))
        _mods[tidx] = mods
    return mods


def _ends_a_title(tidx: TitleIndex, head: str) -> bool:
    return any(w.endswith(head) for w in tidx.vocab)


def _word(tidx: TitleIndex, word: str) -> str:
    freq = _word_freq(tidx)
    # A word ending in a title word is an unknown compound of it ("solpanelsinstallatör"), no misspelling.
    if any(freq.get(word[i:]) for i in range(len(word) - MIN_HEAD_WORD + 1)):
        return ""
    found = (_expanded(freq, word, MIN_PREFIX) if len(word) <= MAX_PREFIX else "") or _corrected(freq, word)
    if found:
        return found
    # A compound with a clipped or misspelled head: a known modifier, then the longest head that reads as
    # a common title word ("carpen|ter" is no modifier and head, "fordons|mek" is).
    mods = _modifiers(tidx)
    for i in range(MIN_MODIFIER, len(word) - MIN_CLIP + 1):
        head = word[i:]
        if word[:i] not in mods or _ends_a_title(tidx, head):  # "butiks|vakt": a title's head is no clip
            continue
        found = _expanded(freq, head, MIN_CLIP, MIN_CLIP_FREQ) or _corrected(freq, head)
        if found:
            return word[:i] + found
    return ""


def respelled(tidx: TitleIndex, query: str) -> str:
    """The query with its first word read as the title word it clips or misspells ("" when nothing is)."""
    toks = query.split()
    if not toks:
        return ""
    first = fold(toks[0]).strip(_PUNCT)
    if not first.isalpha() or first in tidx.vocab or first in tidx.by_alias:
        return ""
    # "Sous chef": the first word and the next make a title written apart, no clip.
    if len(toks) > 1 and fold(toks[0] + toks[1]).strip(_PUNCT) in tidx.vocab:
        return ""
    found = _word(tidx, first)
    return " ".join([found, *toks[1:]]) if found else ""
