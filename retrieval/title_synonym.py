"""A title the taxonomy does not list, read as the known title it rewords: same modifier, a head word of the same kind.

Swedish ads vary the head word of a compound title freely ("Kundtjänstkoordinator" for the listed
"Kundtjänstsamordnare", "Stallförman" for "Stallchef") and split the compound over words with or without a
preposition ("Assistent till <X>", "Arbetsledare <X>", "Montör <X>"). Which head words stand for one another is
read from the taxonomy itself, never written by hand: two head words are interchangeable when at least
``MIN_SHARED`` different modifiers title one occupation with both ("badchef" and "badföreståndare",
"simhallschef" and "simhallsföreståndare", ...). :func:`synonym_title` returns the known title an unknown one
rewords, or "" (retrieval/title_query searches it as the title the ad names when the head is kept as written, and
lets it reorder the top of the search otherwise); the field is kept as written, so a rewrite only ever lands on a
title that names the same field.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict

from retrieval.titles import TitleIndex, words

MIN_SHARED = 3        # different modifiers that must title one occupation with both head words
MIN_HEAD = 4          # a head word ("vakt", "chef" ... not "are")
MIN_MOD = 4           # a modifier that names a field ("park", "sten", "kvarn"), not a syllable
# A head word that leads others: never interchangeable with one that does not (a "kvarnchef" is no mill worker).
_LEADS = re.compile(r"chef|föreståndare|manager|direktör|förman|ledare|ansvarig")
_SKIP = {"till", "för", "inom", "på", "i", "vid", "hos", "av", "med", "och", "åt", "the", "of", "for", "at"}



def _one_word_titles(tidx: TitleIndex) -> frozenset[str]:
    got = getattr(tidx, "_one_word_titles", None)   # built once per title index, kept on it
    if got is None:
        got = frozenset(a for a in list(tidx.by_alias) if a.isalpha())
        setattr(tidx, "_one_word_titles", got)  # noqa: B010 - a cache the TitleIndex class does not declare
    return got


def head_synonyms(tidx: TitleIndex) -> dict[str, tuple[str, ...]]:
    """{head word: interchangeable head words, most shared first}, read from the occupations' one-word titles."""
    got: dict[str, tuple[str, ...]] | None = getattr(tidx, "_head_synonyms", None)
    if got is not None:
        return got
    heads = _one_word_titles(tidx)
    mods: dict[tuple[str, str], set[str]] = defaultdict(set)
    for occ in list(tidx._by_occ):
        one = sorted(a for a in tidx.occupation_aliases(occ) if a in heads)
        for i, a in enumerate(one):
            for b in one[i + 1:]:
                p = len(os.path.commonprefix((a, b)))
                # back off to the longest shared modifier after which both rests are titles of their own
                for k in range(p, MIN_MOD - 1, -1):
                    ha, hb = a[k:], b[k:]
                    if len(ha) >= MIN_HEAD and len(hb) >= MIN_HEAD and ha in heads and hb in heads:
                        mods[(ha, hb)].add(a[:k])
                        mods[(hb, ha)].add(a[:k])
                        break
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (ha, hb), ms in mods.items():
        if len(ms) >= MIN_SHARED and bool(_LEADS.search(ha)) == bool(_LEADS.search(hb)):
            out[ha].append((len(ms), hb))
    got = {h: tuple(b for _, b in sorted(v, key=lambda x: (-x[0], x[1]))) for h, v in out.items()}
    setattr(tidx, "_head_synonyms", got)  # noqa: B010 - a cache the TitleIndex class does not declare
    return got


def _stems(word: str) -> list[str]:
    """A noun and its indefinite forms ("patologen" -> "patolog", "socialnämnden" -> "socialnämnd")."""
    out = [word]
    for suf, rep in (("erna", ""), ("arna", ""), ("orna", ""), ("en", ""), ("et", ""), ("na", ""), ("n", ""),
                     ("t", ""), ("ret", "er"), ("len", "el"), ("ar", ""), ("er", "")):
        if word.endswith(suf) and len(word) - len(suf) >= MIN_MOD:
            out.append(word[: len(word) - len(suf)] + rep)
    return out


def _modifiers(word: str) -> tuple[list[str], list[str]]:
    """(the word's stems, the last parts of a compound field word: "natur|sten" -> "sten"), longest first."""
    whole = _stems(word)
    parts: list[str] = []
    for stem in whole:
        for i in range(1, len(stem) - MIN_MOD + 1):
            if stem[i:] not in parts and stem[i:] not in whole:
                parts.append(stem[i:])
    return whole, sorted(parts, key=len, reverse=True)


def _joined(tidx: TitleIndex, mods: list[str], heads: list[str]) -> str:
    for mod in mods:
        for head in heads:
            for joint in ("", "s", "-"):
                cand = f"{mod}{joint}{head}"
                if cand in tidx.by_alias:
                    return cand
    return ""


def same_kind(tidx: TitleIndex, head: str) -> frozenset[str]:
    """The head word's interchangeable heads and the known titles it ends in ("medarbetare" -> "arbetare", ...)."""
    heads = _one_word_titles(tidx)
    tails = {head[i:] for i in range(1, len(head) - MIN_HEAD + 1) if head[i:] in heads}
    return frozenset({*head_synonyms(tidx).get(head, ()), *tails})


def _split(tidx: TitleIndex, word: str, heads: frozenset[str]) -> list[tuple[str, str]]:
    """(modifier, head) splits of an unknown compound at a known one-word title, longest head first."""
    out = []
    for i in range(MIN_MOD, len(word) - MIN_HEAD + 1):
        head = word[i:]
        if head in heads:
            mod = word[:i]
            out.append((mod[:-1] if mod.endswith("s") and len(mod) > MIN_MOD else mod, head))
    return out


def synonym_title(tidx: TitleIndex, text: str, filler: set[str] | frozenset[str] = frozenset()) -> tuple[str, bool]:
    """(the known title an unknown one rewords, whether the rewording is strong), or ("", False).

    Strong (the caller searches the known title): the head and its field written apart, the head first or last,
    with or without a preposition, joined as the taxonomy writes it ("Assistent till <X>" -> "<X>assistent",
    "Förman <X>" -> "<X>förman"). Weak (the caller only lets it reorder the top of what the search found): an
    interchangeable head word ("Kvarnmedarbetare" -> a listed "kvarnoperatör"; a "medarbetare" may be a case
    officer's colleague or a carer), only the last part of the field's compound ("Montör natursten" ->
    "stenmontör"; a compound's last part is its general part: "foder|tillverkning"), or the general part of the
    head ("Produktionsmedarbetare <X>" -> "<X>arbetare").
    A word the taxonomy lists as a title is never rewritten; place and company names (capitalised words after the
    first) and ``filler`` (ad words) are no field."""
    raw = text.split()
    ws = words(text)
    if not ws or len(ws) > 4 or " ".join(ws) in tidx.by_alias:
        return "", False
    syn = head_synonyms(tidx)
    heads = _one_word_titles(tidx)
    if len(ws) == 1:
        if ws[0] in tidx.by_alias:
            return "", False
        for mod, head in _split(tidx, ws[0], heads):
            found = _joined(tidx, [mod], list(syn.get(head, ())))
            if found:   # another head word: weak (a "medarbetare" may be a handläggare's colleague or a carer)
                return found, False
        return "", False
    if len(raw) != len(ws):   # punctuation, abbreviations, hyphens: not the plain two-word kind read here
        return "", False
    content = [i for i, w in enumerate(ws) if w not in _SKIP and w not in filler]
    if len(content) != 2 or len(ws) - len(content) > 1:
        return "", False
    for h, f in (content, content[::-1]):
        head, field, field_raw = ws[h], ws[f], raw[f]
        if (head not in heads and not same_kind(tidx, head)) or field in heads \
                or (f > 0 and field_raw[:1].isupper()) or field_raw.isupper():
            continue
        whole, parts = _modifiers(field)
        found = _joined(tidx, whole, [head])
        if found:
            return found, True
        # weaker: another head of the same kind, the general part of the field's compound, or the field with the
        # general part of the head ("Produktionsmedarbetare <X>" -> "<X>arbetare")
        found = _joined(tidx, whole, list(syn.get(head, ()))) or _joined(tidx, parts, [head]) \
            or _joined(tidx, whole, sorted(same_kind(tidx, head), key=len, reverse=True))
        if found:
            return found, False
    return "", False
