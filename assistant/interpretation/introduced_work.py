"""An occupation said after "I am" is work, never a name (firstjob10, workname12); "by trade" names no occupation.

The core's redaction takes the words after a weak introduction cue ("أنا …", "ኣነ … እየ") as a name unless told
otherwise; only a layer that knows occupations can tell it (:func:`work_words`). Every place that redacts a person's
words before reading them uses :func:`redact_keeping_work`: the chat's redaction step, the interpreter (which redacts
again what it is given) and the engine's interpret; otherwise «أنا مطور برمجيات من الهند» (I am a software developer
from India) reached the interpreter as «أنا [namn] من الهند» and no work was read. The words that say an occupation
is one's trade ("by trade", "за фахом") are blanked from what is linked (:func:`blank_trade_words`).
"""
from __future__ import annotations

import functools
from pathlib import Path

from assistant.interpretation.cues import PhraseIndex
from retrieval.lexicon import match
from retrieval.lexicon.normalize import normalize, normalize_str, tokens
from vagledning.domain.redaction import Redaction, redact
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).resolve().parent / "introduced_work.yaml"

#: A curated occupation read at this score or better (the Tigrinya ጅ/ጂ spelling of a loanword scores 0.85).
SURE = 0.85


def _words(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each word of ``text`` (original offsets)."""
    norm = normalize(text)
    return [norm.span(a, b) for _, a, b in tokens(norm.text)]


@functools.cache
def _openers() -> dict[str, frozenset[str]]:
    """The first word of each curated occupation term of several words ("software" of "software engineer",
    «ሶፍትዌር» of «ሶፍትዌር ኢንጂነር»), normalised, with the lexicon entries whose terms it opens."""
    from retrieval.lexicon import Lexicon

    out: dict[str, set[str]] = {}
    for entry in Lexicon.load().entries:
        if entry.kind != "occupation":
            continue
        for terms in entry.terms.values():
            for term in terms:
                toks = [t for t, _, _ in tokens(normalize_str(term))]
                if len(toks) > 1:
                    out.setdefault(toks[0], set()).add(entry.key)
    return {w: frozenset(keys) for w, keys in out.items()}


def _qualifies(word: str, key: str) -> bool:
    """``word`` opens a curated term of the same occupation (entry ``key``) as the word after it: «ሶፍትዌር» before
    «ዴቨሎፐር» (software developer; «ሶፍትዌር ኢንጂነር» is a term of the same entry). A name opens no term of the
    occupation it stands beside."""
    toks = [t for t, _, _ in tokens(normalize_str(word))]
    return len(toks) == 1 and key in _openers().get(toks[0], ())


def work_words(words: str) -> bool:
    """The words a weak introduction cue took as a name are an occupation of the lexicon: one starting at the first
    word ("مطور برمجيات", "ሲቪል ኢንጅነር"), or one ending at the last word after words that qualify occupations
    («ሶፍትዌር ዴቨሎፐር», a software developer). A name followed by an occupation ("Anna Snickare", «ዳዊት ዴቨሎፐር»)
    starts with no such word and stays redacted."""
    hits = [h for h in match(words, kinds=("occupation",)) if h.score >= SURE]
    if any(h.start == 0 for h in hits):
        return True
    spans = _words(words)
    if not spans:
        return False
    for h in hits:
        before = [(a, b) for a, b in spans if b <= h.start]
        if h.end >= spans[-1][1] and before and all(_qualifies(words[a:b], h.key) for a, b in before):
            return True
    return False


def redact_keeping_work(text: object) -> Redaction:
    """:func:`vagledning.domain.redaction.redact` with the occupations after "I am" kept (:func:`work_words`)."""
    return redact(text, work_words=work_words)


@functools.cache
def _by_profession() -> PhraseIndex:
    """The ``by_profession`` phrases of introduced_work.yaml, all languages in one index."""
    index = PhraseIndex()
    for phrases in (load_yaml(_PATH.read_text(encoding="utf-8")).get("by_profession") or {}).values():
        for phrase in phrases:
            index.add(str(phrase), "by_profession")
    index.finalize()
    return index


def blank_trade_words(text: str) -> str:
    """``text`` with the words that say an occupation is one's trade ("by trade", "за фахом", «بالمهنة», ``by_profession``
    in introduced_work.yaml) replaced by spaces (same length: every span stays true), for linking only. They name no
    occupation of their own: "I'm a preschool teacher by trade" also read «Trader» as work done."""
    index = _by_profession()
    norm = normalize(text)
    toks = tokens(norm.text)
    words = [t for t, _, _ in toks]
    out = list(text)
    i = 0
    while i < len(toks):
        hits = index.find(words, i)
        if not hits and words[i][:1] in "وف" and len(words[i]) > 2:  # (Arabic "and"/"so" on the first word)
            hits = [(e + i, p, q) for e, p, q in index.find([words[i][1:], *words[i + 1:]], 0)]
        if not hits:
            i += 1
            continue
        end = max(h[0] for h in hits)
        a, b = norm.span(toks[i][1], toks[end - 1][2])
        for k in range(a, b):
            if not text[k].isspace():
                out[k] = " "
        i = end
    return "".join(out)
