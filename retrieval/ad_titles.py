"""Whether an ad's title names the work it is shown as an example of (place20, rater33: "Intern 2020 - Stockholm
office" and "APP DEVELOPER" were shown as ads for an accountant's occupation: an ad of the right SSYK group whose
title names something else is no evidence for the occupation).

An ad counts when a word of its title and a word of the occupation's name, of its SSYK group's name or of another
occupation name of the group (an ad for "Lokalvårdare" in the group of Städare) are the same word, the same word
inflected ("kock", "kockar"), one is the head of the other's compound ("säljare" in "Butikssäljare"), or they share a
long stem ("Redovisningsassistent" beside "Redovisningsekonom"; "intern" is no stem of "internrevisor"). Titles are
read as written, case aside.
"""
from __future__ import annotations

import re
import unicodedata

#: Two words that begin alike for this many letters share a stem ("redovis…", "underskö…").
STEM = 7
#: A word that is another with at most this many letters added is that word inflected ("kock" -> "kockarna").
INFLECTION = 4
#: A word shorter than this is no name of work ("och", "m.fl", "i"): never compared.
MIN_WORD = 4

_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return [w for w in _WORD.findall(folded) if len(w) >= MIN_WORD]


def _alike(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    if long_.endswith(short) or long_.startswith(short) and len(long_) - len(short) <= INFLECTION:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= STEM


def names_the_work(title: str, *names: str | None) -> bool:
    """The ad title ``title`` names the occupation or its group (any of ``names``); True when no name is known."""
    known = [w for name in names if name for w in _words(name)]
    if not known:
        return True
    return any(_alike(t, w) for t in _words(title) for w in known)
