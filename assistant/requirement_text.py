"""Arbetsförmedlingen's education requirement text in the reader's language (issue 10, item 6).

The requirement is one Swedish sentence per occupation (``educational_requirements.json``). A Swedish answer
quotes it; an answer in another language shows its curated translation (``locales/requirements.yaml``, numbers as
in the Swedish) and never pastes a Swedish sentence the reader may not read: a text without a translation is
replaced by a pointer to the cited page (in the reader's language). The citation is the same document either way.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from assistant.evidence import quote, sv_text
from vagledning.yaml_data import load_yaml

_SWEDISH = ("sv", "sv-easy")


@lru_cache(maxsize=1)
def table() -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    raw = resources.files("assistant").joinpath("locales/requirements.yaml").read_text(encoding="utf-8")
    data = load_yaml(raw) or {}
    texts = {" ".join(str(t["sv"]).split()): {k: str(v) for k, v in t.items()} for t in data.get("texts") or []}
    return texts, {k: str(v) for k, v in (data.get("untranslated") or {}).items()}


def translation(locale: str, text: str) -> str | None:
    """The curated translation of requirement ``text`` into ``locale`` (None when there is none)."""
    return table()[0].get(" ".join((text or "").split()), {}).get(locale)


def requirement_in(locale: str, text: str) -> Any:
    """What to put where the answer gives the requirement: the Swedish quoted (Swedish answers), its translation,
    or, untranslated, a pointer to the cited page in the reader's language (English when the locale has none)."""
    if locale in _SWEDISH:
        return sv_text(quote(text))
    found = translation(locale, text)
    if found:
        return found
    pointers = table()[1]
    return pointers.get(locale) or pointers.get("en") or sv_text(quote(text))
