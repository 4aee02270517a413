"""A short refusal with no verb: "no cleaning please", "inga städjobb tack", "بلا تنظيف", "тільки не прибирання" (refuse20).

Rater classes 1 and 3: a refusal made of a determiner or a particle and the thing refused was ignored, and cleaning was
suggested again, because only a negation cue with a verb ("I don't want to clean") made a clause a refusal; a bare
"no" added to the English cues had made "I have no education" a refusal of an occupation. Here the class is narrow
(``short_refusal.yaml``, per language): a marker ("no", "anything but", "ingen/inget/inga", "بلا", "maya", "ኣይፋልን",
"نه", "тільки не", "без") whose object names work – its first word (its last, for a marker said after it) is where a
lexicon term starts (an occupation, a task, a skill) or a field word of the YAML – and is no lack: no word of the
object is a possession ("education", "car", "papers", "körkort", "شهادة", "освіти"), and no verb of having stands in
the clause ("I have no ...", "ندارم", "не маю"). Such a clause is a refusal (``segment.classify_statement``); what it
refuses is read as for any refusal (``refused_thing.py``) and kept in the profile as an ``avoid``.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from retrieval.lexicon.normalize import normalize, tokens
from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "short_refusal.yaml"
#: The shortest field word that also covers its compounds ("bygg" → "byggjobb"; "kök" only as listed).
_PREFIX = 4


@functools.cache
def _doc() -> dict:
    return load_yaml(PATH.read_text(encoding="utf-8")) or {}


@functools.cache
def _markers() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((lang, re.compile(p)) for lang, pats in (_doc().get("markers") or {}).items() for p in pats or [])


@functools.cache
def _words(section: str) -> frozenset[str]:
    return frozenset(normalize(str(w)).text for words in (_doc().get(section) or {}).values() for w in words or [])


@functools.cache
def _having() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _doc().get("having") or []))


def _is_field(tok: str) -> bool:
    fields = _words("fields")
    return tok in fields or any(len(f) >= _PREFIX and tok.startswith(f) for f in fields)


def _names_work(obj: str, *, last: bool) -> bool:
    """The object's first (``last``: last) content word is no lack and starts (ends) a lexicon term or is a field word."""
    from assistant.interpretation.refused_thing import names_nothing_word
    from retrieval.lexicon import match

    norm = normalize(obj)
    toks = [t for t in tokens(norm.text) if not names_nothing_word(t[0])]
    if not toks:
        return False
    if any(t in _words("lacks") for t, _, _ in toks):
        return False
    tok, a, b = toks[-1] if last else toks[0]
    if _is_field(tok):
        return True
    start, end = norm.span(a, b)
    return any((h.end == end if last else h.start == start) for h in match(obj))


def names_work(text: str) -> bool:
    """Whether ``text`` (a few words) starts with work: a lexicon term or a field word, and is no lack (an echoed
    field, "Ingenjör?": echo_refusal.py)."""
    return _names_work(text, last=False)


def tells_lack(text: str) -> bool:
    """A clause that says what one lacks ("освіти не маю", "I don't have a licence", "har inget körkort"): a verb of
    having and a possession of the YAML; its negation refuses nothing (``corrections.refuses_nothing``)."""
    folded = text.lower()
    return bool(_having().search(folded)) and any(t in _words("lacks") for t, _, _ in tokens(normalize(text).text))


def _found(text: str) -> tuple[str, str, int, int] | None:
    folded = text.lower()
    if len(folded) != len(text) or _having().search(folded):
        return None
    for lang, pat in _markers():
        for m in pat.finditer(folded):
            a, b = m.span("x")
            if _names_work(text[a:b], last=a == m.start() and b < m.end()):
                said = text[m.start():a] if a > m.start() else text[b:m.end()]
                return said.strip(" ,.!") or said, lang, a, b
    return None


def marker(text: str) -> tuple[str, str] | None:
    """(the marker as written, its language) when ``text`` (one clause) is a short refusal of work (module docstring)."""
    got = _found(text)
    return (got[0], got[1]) if got else None


def object_span(text: str) -> tuple[int, int] | None:
    """(start, end) in ``text`` of what a short refusal refuses ("…، بس مو تغليف": «تغليف»; turndown15), stripped."""
    got = _found(text)
    if got is None:
        return None
    a, b = got[2], got[3]
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum():
        b -= 1
    return (a, b) if b > a else None
