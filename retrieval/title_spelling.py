"""A title word written short or misspelled, read as the title word of the taxonomy it stands for.

Ads and people clip a title without a full stop ("Fysio till vårdcentral", "Fordonsmek") or slip a
letter ("Elektrikr", "Byggarbetere"); the word is then in no title list, so the search ranks by
letter n-grams and the workplace words. :func:`respelled` rewrites the first word of a title, when it
is no title word as written, to the word of the title index (taxonomy titles and Swedish ESCO labels)
it stands for:

- a clip of 4-6 letters that begins title words: the word heading the most titles, when it heads at
  least :data:`DOMINANT` times as many as the next, or else when its occupations are advertised that many
  times as often (ads are where clips are written: "fysio" heads as many titles of fysiolog as of
  fysioterapeut, but the physiotherapists' group has 14 times the ads);
- a longer clip ("undersk", "lagerarb", "specialped") the same way when it ends inside a word: a word
  start that is a compound's whole modifier ("ekonomi|assistent", "trädgård|s|arbetare") is a word of its
  own, not a clip;
- one letter dropped, added, changed or two swapped (Damerau distance 1) from one title word only, for
  words of :data:`MIN_EDIT` letters or more ("elektrikr" -> elektriker);
- a known compound modifier with a misspelled or clipped head ("bygg|arbetere" -> bygg|arbetare,
  "lastbils|chafför" -> lastbils|chaufför); a clip that ends other title words is no clip ("butiks|vakt"),
  unless those titles are themselves the clip ("bilmek" beside "bilmekaniker": "fordons|mek").

A word already ending in a title word is an unknown compound of it, never a misspelling
("altansnickare"), and a title written apart ("Sous chef") is left to the title reading.
Nothing is rewritten to a word the index does not list, and a word the index lists is never touched.
"""
from __future__ import annotations

import re
import weakref
from collections import Counter

from retrieval.titles import TitleIndex, fold, words

MIN_PREFIX = 4      # "fysio", "mek" inside a compound: shorter clips are too ambiguous alone
MIN_CLIP = 3        # a clipped head after a modifier ("fordons|mek")
MIN_MODIFIER = 4    # the modifier of a compound ("bygg", "fordons")
MAX_PREFIX = 6      # a clip alone this short may be a whole word start; a longer one must end inside a word
MIN_CLIP_FREQ = 10  # a clipped head expands only to a title word heading many titles ("mek" -> mekaniker)
MIN_EDIT = 7        # shorter misspellings are too often another word
MIN_HEAD_WORD = 5   # a title word that heads compounds ("förare", "montör")
DOMINANT = 3        # the prefix's most used title word must be this many times as used as the next
_PUNCT = ",.!:;()[]?"
_LATIN = re.compile(r"[a-zåäöéü]+")
#: words after a title in an ad that are no part of it: where, for whom, hiring ("till vårdcentral", "sökes")
#: Words of a sentence that clip no title however they begin ("vill fortsätta med det" is no «villamäklare», "kan"
#: no «kanslist»): modal and common verbs, pronouns and adverbs of Swedish and English sentences (speed20's find).
_FUNCTION = frozenset("""vill ville kan kunde ska skulle måste har hade är var blir bli jobba jobbar arbeta arbetar
tycker gillar letar söka sök vara göra gör inte bara också mycket lite gärna kanske eller men jag du han hon vi ni de
det den man min mitt mina want wants would could should will have has been work working like likes just also maybe
klara klarar orka orkar fortfarande still manage managed manages managing handle cope need know think able again
anymore
""".split())
_AFTER_TITLE = {"till", "i", "på", "hos", "vid", "för", "inom", "med", "mot", "åt", "och", "sökes", "söker", "-", "–"}
_freq: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_mods: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_ads: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


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


def _word_ads(tidx: TitleIndex) -> dict[str, int]:
    """Title word -> the ads of the most advertised occupation it titles (0 without ad counts)."""
    ads = _ads.get(tidx)
    if ads is None:
        ads = {}
        if tidx.ads:
            for alias, occs in tidx.by_alias.items():
                n = max(tidx.ads.get(o, 0) for o in occs)
                for w in words(alias):
                    if n > ads.get(w, 0):
                        ads[w] = n
        _ads[tidx] = ads
    return ads


def _expanded(freq: Counter, clip: str, min_len: int, min_freq: int = 1, ads: dict[str, int] | None = None) -> str:
    """The dominant title word that begins with the clip, "" when none dominates: by the titles it heads,
    or (``ads`` given) by how often its occupations are advertised."""
    if len(clip) < min_len:
        return ""
    cands = sorted(((n, w) for w, n in freq.items() if w.startswith(clip) and w != clip), reverse=True)
    if not cands or cands[0][0] < min_freq:
        return ""
    if len(cands) == 1 or cands[0][0] >= DOMINANT * cands[1][0]:
        return cands[0][1]
    if ads:  # a compound of another candidate ("fysioterapeut|studerande") is that word's, not a rival
        words_ = [w for _, w in cands]
        by_ads = sorted(((ads.get(w, 0), w) for w in words_ if not any(w != v and w.startswith(v) for v in words_)),
                        reverse=True)
        if len(by_ads) == 1:
            return by_ads[0][1]
        if by_ads[0][0] >= DOMINANT * max(by_ads[1][0], 1):
            return by_ads[0][1]
    return ""


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


def _ends_a_title(tidx: TitleIndex, head: str, found: str = "") -> bool:
    """Some title word ends in the head and is no clip of ``found`` itself: "butiksvakt" is a title, while
    the listed "bilmek" stands for a title word with the same modifier ending in the expansion
    ("personbilsmekaniker")."""
    ends = [w for w in tidx.vocab if w.endswith(head)]
    if not found:
        return bool(ends)
    full = [w for w in tidx.vocab if w.endswith(found)]
    return any(not any(w[: len(w) - len(head)] in f for f in full) for w in ends)


def _clip_alone(tidx: TitleIndex, freq: Counter, word: str, alone: bool) -> str:
    """A word that clips one title word: 4-6 letters always, longer when it ends inside a word (a word start
    that is a compound's whole modifier, "ekonomi", "trädgård(s)", is a word of its own). The ads decide only
    for a clip that is the whole title (``alone``): before another content word it may be that word's
    modifier ("Dental hygienist")."""
    if len(word) > MAX_PREFIX:
        mods = _modifiers(tidx)
        if word in mods or word + "s" in mods:
            return ""
    return _expanded(freq, word, MIN_PREFIX, ads=_word_ads(tidx) if alone else None)


def _word(tidx: TitleIndex, word: str, alone: bool = True) -> str:
    freq = _word_freq(tidx)
    # A word ending in a title word is an unknown compound of it ("solpanelsinstallatör"), no misspelling.
    if any(freq.get(word[i:]) for i in range(len(word) - MIN_HEAD_WORD + 1)):
        return ""
    found = _clip_alone(tidx, freq, word, alone) or _corrected(freq, word)
    if found:
        return found
    # A compound with a clipped or misspelled head: a known modifier, then the longest head that reads as
    # a common title word ("carpen|ter" is no modifier and head, "fordons|mek" is).
    mods = _modifiers(tidx)
    for i in range(MIN_MODIFIER, len(word) - MIN_CLIP + 1):
        head = word[i:]
        if word[:i] not in mods:
            continue
        found = _expanded(freq, head, MIN_CLIP, MIN_CLIP_FREQ) or _corrected(freq, head)
        if found and not _ends_a_title(tidx, head, found):  # "butiks|vakt": a title's head is no clip
            return word[:i] + found
    return ""


def respelled(tidx: TitleIndex, query: str) -> str:
    """The query with its first word read as the title word it clips or misspells ("" when nothing is)."""
    toks = query.split()
    if not toks:
        return ""
    first = fold(toks[0]).strip(_PUNCT)
    if not first.isalpha() or first in tidx.vocab or first in tidx.by_alias or first in _FUNCTION:
        return ""
    # "Sous chef": the first word and the next make a title written apart, no clip.
    if len(toks) > 1 and fold(toks[0] + toks[1]).strip(_PUNCT) in tidx.vocab:
        return ""
    # The title ends with the word, or an ad's link or hiring word follows it ("Fysio till vårdcentral").
    alone = len(toks) == 1 or fold(toks[1]).strip(_PUNCT) in _AFTER_TITLE or not fold(toks[1]).strip(_PUNCT).isalpha()
    found = _word(tidx, first, alone)
    return " ".join([found, *toks[1:]]) if found else ""


def clips_in(tidx: TitleIndex, text: str) -> dict[str, str]:
    """Words of a question that clip or misspell a title word, read as that word ({"fysio": "fysioterapeut"}): a
    person quotes an ad's word inside a sentence in their own language ("How much does a fysio earn?"). Only words
    in Latin letters (the index holds Swedish and English titles); a word stands alone as in :func:`respelled`
    when no word in Latin letters follows it ("Dental hygienist": "dental" may be the next word's modifier)."""
    toks = [fold(t).strip(_PUNCT) for t in text.split()]
    out: dict[str, str] = {}
    for i, t in enumerate(toks):
        if len(t) < MIN_PREFIX or not _LATIN.fullmatch(t) or t in tidx.vocab or t in tidx.by_alias or t in _FUNCTION:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        found = _word(tidx, t, alone=not _LATIN.fullmatch(nxt) or nxt in _AFTER_TITLE)
        if found:
            out[t] = found
    return out
