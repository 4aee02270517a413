"""Common words that are no job names pick no occupation alone (third31; rater39 class 1, issue 9).

The lexicon has one-word terms that are also everyday nouns: Persian «بازار» (market) is a market seller's workplace,
«ارزیاب» (appraiser) is reached by «ارزیابی» (an assessment), Tigrinya «ዕዳጋ» is a market. "Must UHR assess my
degree?" then named a claims adjuster and "UX has a good market" a market seller (rater39 new02). A one-word
occupation term read on a word of ``generic_words.yaml`` is dropped, unless the text also tells work or selling
(``beside``: "I sold in the market" keeps the market seller). Data, every language; read by the lexicon's ``match``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from retrieval.lexicon.normalize import normalize_str, tokens
from retrieval.lexicon.tolerance import candidates
from vagledning.yaml_data import load_yaml

GENERIC_WORDS_FILE = Path(__file__).resolve().parent / "generic_words.yaml"


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], tuple[str, ...]]:
    doc = load_yaml(GENERIC_WORDS_FILE.read_text(encoding="utf-8")) or {}
    words = frozenset(normalize_str(str(w)) for ws in (doc.get("words") or {}).values() for w in ws or ())
    beside = tuple(normalize_str(str(w)) for ws in (doc.get("beside") or {}).values() for w in ws or ())
    return words, beside


def generic_word(token: str) -> bool:
    """``token`` (normalised) is a common word, or one of its tolerant forms is («بازارش» -> «بازار»)."""
    words, _ = _data()
    return token in words or any(form in words for form in candidates(token))


def work_told(norm_text: str) -> bool:
    """The (normalised) text tells work or selling, so a market word in it is the place of that work."""
    _, beside = _data()
    toks = [t for t, _, _ in tokens(norm_text)]
    joined = " " + " ".join(toks)
    return any(" " + w in joined for w in beside)


def alone_on_generic(hit_tokens: list[str], term_tokens: int) -> bool:
    """A one-word term read on one common word (:func:`generic_word`)."""
    return term_tokens == 1 and len(hit_tokens) == 1 and generic_word(hit_tokens[0])
