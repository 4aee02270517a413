"""Prompt templates (files in the ``prompts`` package) and safe rendering of untrusted data.

Template files
--------------
``prompts/<name>.txt`` (or ``.md``) start with a YAML front matter that declares every
variable and its kind, then the body::

    ---
    description: What this prompt is for.
    variables:
      question: text      # untrusted text: delimiter characters are neutralised on render
      evidence: block     # a pre-rendered PromptBlock (from render_evidence_block)
    ---
    <user_message>
    {{question}}
    </user_message>

Placeholders are ``{{name}}`` (``name`` = ``[a-z_][a-z0-9_]*``, spaces inside the braces
allowed). Nothing else is special: single braces and JSON in a template are literal, and
substituted values are never scanned again (a value containing ``{{x}}`` stays literal).

Loading checks that the placeholders in the body are exactly the declared variables;
:meth:`PromptTemplate.render` raises :class:`~assistant.errors.PromptError` for a missing
variable, an unknown variable, a wrong type, or a ``block`` variable given a plain ``str``.

Untrusted data
--------------
``text`` variables and everything passed to :func:`render_evidence_block` /
:func:`render_user_message` go through :func:`neutralize`: ``<`` and ``>`` (and their
Unicode look-alikes such as ``＜`` ``‹`` ``〈``) become ``&lt;``/``&gt;``, so data can never
open or close a ``<evidence>``/``<user_message>`` delimiter (or any other tag). Attribute
values additionally have ``"`` escaped and newlines flattened. Redaction of personal data
is a separate step (:func:`vagledning.domain.redaction.redact`) that callers run *before* rendering.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import PromptError
from vagledning.domain.evidence import Evidence
from vagledning.yaml_data import load_yaml

VarKind = Literal["text", "block"]

_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}")
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)
_EXTENSIONS = (".txt", ".md")

# Every character an LLM might read as an angle bracket.
_LT_CHARS = "<＜﹤‹〈〈⟨❬❮⧼"
_GT_CHARS = ">＞﹥›〉〉⟩❭❯⧽"
_NEUTRAL = str.maketrans({**{c: "&lt;" for c in _LT_CHARS}, **{c: "&gt;" for c in _GT_CHARS}})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class PromptBlock(str):
    """Pre-rendered, already-neutralised prompt text; the only type ``block`` variables accept."""

    __slots__ = ()


def neutralize(text: Any) -> str:
    """Make untrusted text inert inside delimited prompt sections (see module docstring)."""
    s = "" if text is None else str(text)
    # Control and bidi characters can hide or reorder what the model sees.
    s = _CONTROL.sub("", s)
    return s.translate(_NEUTRAL)


def _attr(value: Any, limit: int = 200) -> str:
    s = neutralize(value).replace('"', "&quot;")
    s = re.sub(r"\s+", " ", s).strip()
    return s[:limit]


class PromptTemplate(BaseModel):
    """A loaded template: its name, declared variables (name → kind) and body."""

    model_config = ConfigDict(frozen=True)

    name: str
    description: str = ""
    variables: dict[str, VarKind] = Field(default_factory=dict)
    body: str

    def render(self, **values: Any) -> str:
        """Fill every placeholder; raises PromptError for missing/unknown/mistyped variables."""
        declared = set(self.variables)
        given = set(values)
        missing = sorted(declared - given)
        unknown = sorted(given - declared)
        if missing or unknown:
            raise PromptError(
                f"prompt {self.name!r}: missing variables {missing}, unknown variables {unknown}"
            )
        rendered: dict[str, str] = {}
        for name, kind in self.variables.items():
            value = values[name]
            if kind == "block":
                if not isinstance(value, PromptBlock):
                    raise PromptError(
                        f"prompt {self.name!r}: variable {name!r} needs a PromptBlock "
                        "(use render_evidence_block / render_user_message), got "
                        f"{type(value).__name__}"
                    )
                rendered[name] = str(value)
            else:
                if isinstance(value, bool) or not isinstance(value, str | int | float):
                    raise PromptError(
                        f"prompt {self.name!r}: variable {name!r} must be str, int or float, "
                        f"got {type(value).__name__}"
                    )
                rendered[name] = neutralize(value)
        return _PLACEHOLDER.sub(lambda m: rendered[m.group(1)], self.body)


def parse(name: str, raw: str) -> PromptTemplate:
    m = _FRONT.match(raw)
    if not m:
        raise PromptError(f"prompt {name!r}: missing '---' front matter")
    try:
        meta = load_yaml(m.group(1)) or {}
    except yaml.YAMLError as exc:
        raise PromptError(f"prompt {name!r}: front matter is not valid YAML") from exc
    if not isinstance(meta, dict):
        raise PromptError(f"prompt {name!r}: front matter must be a mapping")
    body = raw[m.end():]
    try:
        tpl = PromptTemplate(
            name=name,
            description=str(meta.get("description", "")),
            variables=meta.get("variables") or {},
            body=body,
        )
    except ValidationError as exc:
        raise PromptError(f"prompt {name!r}: bad front matter (variables must map name to text|block)") from exc
    used = set(_PLACEHOLDER.findall(body))
    if used != set(tpl.variables):
        raise PromptError(
            f"prompt {name!r}: placeholders {sorted(used)} do not match declared variables "
            f"{sorted(tpl.variables)}"
        )
    return tpl


def _stem(name: str) -> str:
    for ext in _EXTENSIONS:
        if name.endswith(ext):
            return name[: -len(ext)]
    return name


def list_prompts() -> list[str]:
    """Names of all template files in the ``prompts`` package."""
    root = resources.files("prompts")
    names = {_stem(p.name) for p in root.iterdir() if p.is_file() and p.name.endswith(_EXTENSIONS)}
    return sorted(names)


def load_prompt(name: str) -> PromptTemplate:
    """Load and validate ``prompts/<name>.txt`` (or ``.md``); ``name`` may include the extension.

    Cached per name: templates are immutable and read from disk once.
    """
    stem = _stem(name)
    if not _NAME.match(stem):
        raise PromptError(f"invalid prompt name {name!r}")
    return _load(stem)


@lru_cache(maxsize=64)
def _load(stem: str) -> PromptTemplate:
    root = resources.files("prompts")
    for ext in _EXTENSIONS:
        path = root.joinpath(stem + ext)
        if path.is_file():
            return parse(stem, path.read_text(encoding="utf-8"))
    raise PromptError(f"prompt {stem!r} not found")


# --------------------------------------------------------------------------- evidence


NO_EVIDENCE = "(no evidence was found for this question)"


_SENTENCE_END = re.compile(r"[.!?؟።](?=\s|$)")


def clip(text: str, max_chars: int) -> str:
    """``text`` cut to at most ``max_chars`` at a sentence end (when one falls in the last 40%),
    else at a word boundary, with " …" marking the cut; never mid-word."""
    text = text.strip()
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= max_chars * 0.6:
        return head[:ends[-1]]
    cut = head.rstrip()
    if not text[max_chars:max_chars + 1].isspace():
        space = cut.rfind(" ")
        if space > max_chars * 0.5:
            cut = cut[:space]
    return cut.rstrip(" ,;:–-") + " …"


def _as_evidence(n: int, item: Any) -> Evidence:
    evidence = Evidence.coerce(item)  # an Evidence, or its JSON dump
    if evidence is None:
        raise PromptError(f"evidence item {n} is not evidence (no doc_id)")
    return evidence


def render_evidence_block(items: Iterable[Evidence], *, max_chars: int = 1500, start: int = 1,
                          numbers: Iterable[int] | None = None) -> PromptBlock:
    """Quote evidence (the core :class:`~vagledning.domain.evidence.Evidence`) as
    ``<evidence id="[n]" source_id="<doc_id>" kind=".." title="..">text</evidence>``, the text being
    :meth:`Evidence.prompt_text` (snippet and facts).

    Ids are ``[start]``, ``[start+1]``… in order; the model cites them (tool results continue the
    numbering; ``numbers`` gives each item its own id). Item text is neutralised (it cannot close the element) and cut to ``max_chars``
    at a sentence or word boundary. No items → a one-line marker.
    """
    parts = []
    items = list(items)
    ids = list(numbers) if numbers is not None else list(range(start, start + len(items)))
    for n, raw in zip(ids, items):
        item = _as_evidence(n, raw)
        text = clip(neutralize(item.prompt_text()), max_chars)
        url = f' url="{_attr(item.url, 300)}"' if item.url else ""
        parts.append(
            f'<evidence id="[{n}]" source_id="{_attr(item.doc_id)}" kind="{_attr(item.kind, 40)}" '
            f'title="{_attr(item.title)}"{url}>\n{text}\n</evidence>'
        )
    return PromptBlock("\n".join(parts) if parts else NO_EVIDENCE)


def render_user_message(text: Any, *, max_chars: int | None = None) -> PromptBlock:
    """Wrap untrusted user text as ``<user_message>…</user_message>`` (neutralised)."""
    body = neutralize(text).strip()
    if max_chars is not None and len(body) > max_chars:
        body = body[:max_chars]
    return PromptBlock(f"<user_message>\n{body}\n</user_message>")
