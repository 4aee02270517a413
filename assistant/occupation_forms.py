"""How an occupation's name in the reader's language is shown: both gender forms, and Dari words in Dari.

The names come from the curated lexicon (assistant/occupation_names.py), whose first term per language is mostly a
man's word: a woman hairdresser read «Frisör» (حلاق), "barber" (rater13 conv2). The reader's gender is not known, so
where the language marks it the name shows both forms, by rule and data (assistant/locales/occupation_forms.yaml):
Arabic «مصفف/ة شعر», Tigrinya «ሓጋዚ/ት ነርስ», Ukrainian «перукар/перукарка». A feminine form is only written when
the rule is safe for that language (an attested word, or an agent-noun ending): never for a name that is an
activity. The Persian names are Dari for the locale fa (the lexicon keeps the Iranian words people may type):
«دریور تکسی», not «راننده تاکسی».
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from vagledning.yaml_data import load_yaml


@cache
def _data() -> dict[str, Any]:
    text = resources.files("assistant").joinpath("locales/occupation_forms.yaml").read_text(encoding="utf-8")
    return load_yaml(text) or {}


def dari_words() -> dict[str, str]:
    """Iranian Persian word -> its Dari word (longer phrases first)."""
    pairs = {str(k): str(v) for k, v in (_data().get("dari") or {}).items()}
    return dict(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


def in_dari(text: str) -> str:
    """``text`` with the Iranian Persian words of the list in their Dari form."""
    for iranian, dari in dari_words().items():
        text = text.replace(iranian, dari)
    return text


@cache
def _attested(language: str) -> frozenset[str]:
    """Every word of the occupation lexicon's terms in ``language`` (what a feminine form must be one of)."""
    from retrieval.lexicon.files import lexicon_files

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    words: set[str] = set()
    for path, kind in lexicon_files():
        if kind != "occupation":
            continue
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
        for entry in data.get("entries") or []:
            for term in ((entry or {}).get("terms") or {}).get(language) or []:
                words.update(str(term).split())
    return frozenset(words)


def _both(language: str, rule: dict[str, Any], name: str) -> str:
    head, _, rest = name.partition(" ")
    tail = f" {rest}" if rest else ""
    attested = _attested(language) if rule.get("attested") else None
    for masc, fem in rule.get("suffixes") or []:
        if rule.get("show") == "suffix" and fem and head.endswith(fem) and len(head) > len(fem) + 1:
            base = head[: len(head) - len(fem)]  # the name is the feminine ("خبيرة تجميل"): both, from its base
            if attested is None or base in attested:
                return f"{base}/{fem}{tail}"
        if not head.endswith(masc) or (masc and len(head) <= len(masc) + 1):
            continue
        feminine = head[: len(head) - len(masc)] + fem if masc else head + fem
        if attested is not None and feminine not in attested:
            continue
        return f"{head}/{fem}{tail}" if rule.get("show") == "suffix" else f"{head}/{feminine}{tail}"
    return name


def shown_name(language: str, name: str) -> str:
    """The lexicon's name for an occupation as it is shown to a reader of ``language``."""
    if language == "fa":
        return in_dari(name)
    rule = (_data().get("gender") or {}).get(language)
    if not rule or "/" in name or re.search(r"[A-Za-z]", name):  # already both forms, or a loanword in Latin
        return name
    pairs = rule.get("pairs") or {}
    head, _, rest = name.partition(" ")
    if name in pairs:
        return str(pairs[name])
    if head in pairs and rule.get("show") == "word":  # a Ukrainian head noun before its complement
        return f"{pairs[head]} {rest}".strip()
    if head in (rule.get("never") or ()):
        return name
    return _both(language, rule, name)
