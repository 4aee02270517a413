"""GroundedComposer: deterministic, templated answers in the user's language.

Facts come only from the evidence in the plan (``state.facts``); every sentence with a
source gets its citation marker ``[n]`` (numbered by first use). Templates live in
``assistant/locales/<locale>.yaml``; Swedish source titles are shown as «title» with a short
gloss in the user's language.
"""
from __future__ import annotations

import re
from collections.abc import Generator
from typing import Any

from assistant.citations import citation_for
from assistant.composers.base import Composition
from assistant.contract import Citation
from assistant.locales import lookup, text
from assistant.state import Fact, TurnState

#: Keys that start a new paragraph.
PARAGRAPH_KEYS = {"occ.item", "next.heading", "occ.intro", "occ.intro_brief", "courses.intro", "courses.intro_place",
                  "explore.question", "ask", "salary.intro"}
_END = re.compile(r"([.!?؟።:])\s*$")


class _Safe(dict):
    def __missing__(self, key: str) -> str:  # a template naming an absent parameter renders it empty
        return ""


def clean_label(label: Any) -> str:
    """A source label without decoration marks (the skills data carries "✓")."""
    return re.sub(r"[\u2713\u2714\u2705]", "", str(label)).strip()


def format_number(loc: str, value: Any) -> str:
    """Integers with the locale's thousands separator (the digits themselves are unchanged)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    sep = lookup(loc, "thousands")
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", sep)
    return f"{int(value):,}".replace(",", sep)


def render_value(loc: str, value: Any) -> str:
    """One typed plan parameter in the locale (see assistant.evidence)."""
    if isinstance(value, dict):
        if "sv_title" in value:
            if loc in ("sv", "sv-easy"):
                return text(loc, "title").format_map(_Safe(title=value["sv_title"], gloss=""))
            gloss = _gloss(loc, value.get("kind"))
            return text(loc, "title").format_map(_Safe(title=value["sv_title"], gloss=gloss))
        if "sv_text" in value:
            return text(loc, "quote").format_map(_Safe(text=value["sv_text"]))
        if "term" in value:
            try:
                return str(lookup(loc, f"{value['term']}.{value['value']}"))
            except Exception:  # noqa: BLE001 - unknown vocabulary value: show the source's word
                return str(value["value"])
        if "list" in value:
            return ", ".join(f"«{clean_label(x)}»" for x in value["list"])
        if "reasons" in value:
            parts = []
            for r in value["reasons"] or ["default"]:
                try:
                    parts.append(text(loc, f"reasons.{r}").format_map(_Safe(n=value.get("n", 0))))
                except Exception:  # noqa: BLE001
                    continue
            return text(loc, "reasons.join").join(parts or [text(loc, "reasons.default")])
    if value is None:
        return ""
    return format_number(loc, value)


def _gloss(loc: str, kind: str | None) -> str:
    for key in (f"gloss.{kind}", "gloss.default"):
        try:
            return text(loc, key)
        except Exception:  # noqa: BLE001
            continue
    return ""


def render_fact(loc: str, fact: Fact) -> str:
    """The sentence of one fact, without its citation marker."""
    template = text(loc, fact.key)
    params = {k: render_value(loc, v) for k, v in fact.params.items()}
    sentence = template.format_map(_Safe(params))
    # An empty gloss leaves "«Kock» ()" in Swedish; remove it.
    return re.sub(r"\s*\(\s*\)", "", sentence).strip()


def _mark_one(sentence: str, n: int) -> str:
    m = _END.search(sentence)
    if m and m.group(1) != ":":
        return sentence[: m.start()] + f" [{n}]" + m.group(1)
    return f"{sentence} [{n}]"


def with_marker(sentence: str, n: int) -> str:
    """Put ``[n]`` before the final punctuation of every sentence of a factual template."""
    from assistant.citations import sentences

    parts = sentences(sentence)
    if len(parts) <= 1:
        return _mark_one(sentence, n)
    return " ".join(_mark_one(p, n) for p in parts)


class GroundedComposer:
    """Templates + evidence; never fails for a valid plan."""

    name = "grounded"

    def compose(self, state: TurnState) -> Composition:
        exempt: set[str] = set()
        return Composition(self._run(state, exempt), exempt=exempt)

    def render(self, state: TurnState, facts: list[Fact], numbers: dict[str, int] | None = None,
               exempt: set[str] | None = None) -> tuple[list[str], dict[str, int]]:
        """Rendered pieces (with separators) of ``facts``; ``numbers`` maps doc_id -> n (filled)."""
        loc = state.locale
        numbers = {} if numbers is None else numbers
        pieces: list[str] = []
        for i, fact in enumerate(facts):
            sentence = render_fact(loc, fact)
            if not sentence:
                continue
            if fact.source:
                n = numbers.setdefault(fact.source, len(numbers) + 1)
                sentence = with_marker(sentence, n)
            elif exempt is not None:
                exempt.add(sentence)
            if fact.bullet:
                sep = "\n"
                sentence = "- " + sentence
            elif fact.key in PARAGRAPH_KEYS or fact.key.startswith("ask.") or (i and facts[i - 1].bullet):
                sep = "\n\n"
            else:
                sep = " "
            pieces.append((sep if pieces else "") + sentence)
        return pieces, numbers

    def citations(self, state: TurnState, numbers: dict[str, int]) -> list[Citation]:
        """Citations for the numbered documents (first evidence item of each doc)."""
        first = {}
        for ev in state.evidence:
            first.setdefault(ev.doc_id, ev)
        return [citation_for(n, first[d]) for d, n in sorted(numbers.items(), key=lambda kv: kv[1]) if d in first]

    def _run(self, state: TurnState, exempt: set[str]) -> Generator[str, None, list[Citation]]:
        pieces, numbers = self.render(state, state.facts, exempt=exempt)
        for piece in pieces:
            # One chunk per sentence: the answer exists at once, so word-sized chunks only multiplied
            # SSE frames (hundreds per answer; the event loop became the bottleneck under load).
            yield piece
        return self.citations(state, numbers)
