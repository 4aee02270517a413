"""Templates of the grounded composer: ``assistant/locales/<locale>.yaml`` (read lazily, cached).

Keys are dotted paths (``suggest.item``); a key missing in a locale falls back to English,
then Swedish, so a half-translated file never breaks a turn.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from assistant.errors import AssistantError
from vagledning.yaml_data import load_yaml

FALLBACKS = ("en", "sv")


def _read(rel_path: str) -> dict[str, Any]:
    path = resources.files("assistant").joinpath(rel_path)
    if not path.is_file():
        return {}
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise AssistantError(f"locale file {rel_path} must be a mapping")
    return data


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


@lru_cache(maxsize=16)
def locale(name: str) -> dict[str, Any]:
    """The parsed templates of a locale ({} when there is none): ``locales/<name>.yaml`` (answer
    templates) merged with ``locales/dialogue/<name>.yaml`` (follow-up answers, quick replies,
    constraint and youth guidance: the dialogue's own sentences)."""
    return _merge(_read(f"locales/{name}.yaml"), _read(f"locales/dialogue/{name}.yaml"))


def flat(name: str) -> dict[str, str]:
    """Every template of a locale by its dotted key ("fit.conflict" -> its sentence)."""
    def walk(node: Any, prefix: str) -> dict[str, str]:
        if isinstance(node, dict):
            out: dict[str, str] = {}
            for key, value in node.items():
                out.update(walk(value, f"{prefix}.{key}" if prefix else str(key)))
            return out
        return {prefix: node} if isinstance(node, str) else {}

    return walk(locale(name), "")


def get(data: dict[str, Any], key: str) -> Any:
    node: Any = data
    for part in key.split("."):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return None
    return node


def lookup(name: str, key: str) -> Any:
    """The value at ``key`` in locale ``name`` (with fallbacks); raises if no locale has it."""
    chain = [name] + (["sv"] if name == "sv-easy" else []) + [f for f in FALLBACKS if f != name]
    for loc in chain:
        value = get(locale(loc), key)
        if value is not None:
            return value
    raise AssistantError(f"template key {key!r} missing in every locale")


def text(name: str, key: str) -> str:
    """A template string (see :func:`lookup`)."""
    value = lookup(name, key)
    if not isinstance(value, str):
        raise AssistantError(f"template key {key!r} is not a string")
    return value
