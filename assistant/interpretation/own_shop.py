"""A shop of one's own is a business, no job in a shop (profile30; rater38 class 5, issue 10).

rater38 new02: a goldsmith's «بدي افتح محل صغير لحالي للتصليح» (I want to open a small repair shop of my own) made the
wishes «Butikssäljare, dagligvaror» and «Butikssäljare, fackhandel» (on «محل», shop), which then led the next answers.
A message that tells a shop, store or workshop to open or to have as one's own (own_shop.yaml: a shop word and an
opening word in the same statement) wishes no occupation on the shop word nor on a generic verb of the trade (sell,
repair, make) anywhere in the message; in the business statement itself only a curated title counts (a guess from the
whole sentence lands on shop sellers). A named trade ("bilverkstad", "frisörsalong", "guldsmed") is kept, and work IN a
shop ("I want to work in a shop") has no opening word: the shop seller stays wished.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).with_name("own_shop.yaml")


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    from assistant.intent_cues import cue_pattern

    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    words = [str(w) for words in (doc.get(key) or {}).values() for w in words or []]
    return re.compile("|".join(cue_pattern(w) for w in sorted(words, key=len, reverse=True)) or r"(?!)")


def tells_own_shop(text: str) -> bool:
    """The statement tells a shop, store or workshop to open or to have as one's own."""
    from assistant.intent_cues import normalize

    said = normalize(text or "")
    return bool(_pattern("shop").search(said)) and bool(_pattern("opening").search(said))


def _vague(quote: str) -> bool:
    from assistant.intent_cues import normalize

    said = normalize(quote or "")
    return bool(_pattern("shop").search(said) or _pattern("vague").search(said))


def not_the_business(links: list, st, sentences, kind: str = "wish") -> list:
    """The wish links of statement ``st`` that name an occupation, when the message tells a shop of one's own
    (``sentences``: the message's statements): none on the shop word or a generic verb of the trade, and in the
    business statement itself none but a curated title."""
    # (a shop one HAD is work done: "I had my own shop for 12 years, now I want to work in a shop" wishes the seller)
    if kind != "wish" or not links or not any(tells_own_shop(s.text) for s in sentences
                                              if getattr(s, "kind", "") != "experience"):
        return links
    own = tells_own_shop(st.text)
    kept = []
    for link in links:
        if link.route != "lexicon":
            if own:
                continue  # (a guess from "start my own workshop and sell stuff" lands on shop sellers)
        elif _vague(st.text[link.start:link.end]):
            continue
        kept.append(link)
    return kept


def blank_business(sentence: str) -> str:
    """``sentence`` with its shop words and generic verbs of the trade blanked, when it tells a shop of one's own:
    "start my own workshop and sell stuff" reads no field of selling (shop sellers wished); "öppna eget bageri och
    sälja bröd" keeps the bakery."""
    if not tells_own_shop(sentence):
        return sentence
    folded = sentence.casefold()
    if len(folded) != len(sentence):
        return sentence
    out = list(sentence)
    for key in ("shop", "vague"):
        for m in _pattern(key).finditer(folded):
            out[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(out)
