"""LLM-assisted interpretation: an OpenAI-compatible model fills the same Profile model.

The model only ever sees redacted text, with candidate concept ids the service found (the
deterministic reading and an occupation search) and a compact example of the output shape.
Its output is distrusted: every concept id must exist in the relations DB (an id that is not in
the store is rejected, never shown), every span must quote the text (offsets are recomputed from
the quote), a free-text label (interest, education, a wish without a concept, an avoided thing)
must itself be words quoted from the redacted text, language codes must be ISO 639-1 and paces
numbers. The result is merged into the deterministic interpretation; any failure of the model
(refused, timeout, 5xx, malformed JSON) leaves the deterministic profile as it is. The model is
not called at all when the turn forbids it (``use_llm: false``, :mod:`assistant.llm_budget`), and
the call ends by the turn's deadline.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from assistant import llm_budget
from vagledning.domain.links import ATLAS_URL
from vagledning.domain.profile import Profile, Span, merge_profiles
from vagledning.domain.redaction import redact
from vagledning.domain.runtime import Runtime

log = logging.getLogger("vagledning.interpret.llm")
ATLAS = ATLAS_URL


@dataclass
class Validation:
    """What happened to the model's output."""

    accepted: int = 0
    rejected_ids: list[str] = field(default_factory=list)   # concept ids not in the store
    rejected_spans: int = 0                                  # quotes not found in the text
    rejected_labels: int = 0                                 # free text that is not quoted / bad codes
    error: str | None = None


MAX_LABEL_CHARS = 80
MAX_LABEL_WORDS = 8
CANDIDATES = 12
_LEVELS = {"a1", "a2", "b1", "b2", "c1", "c2", "native", "fluent", "good", "basic", "some", "modersmål",
           "flytande", "goda", "grundläggande"}
_EXAMPLE = {
    "language": "sv",
    "experiences": [{"occupation": {"id": "<candidate id>", "kind": "occupation", "label": "<label>"},
                     "span": {"start": 0, "end": 0, "quote": "<words from the text>"}, "confidence": 0.8,
                     "abroad": False, "years": None}],
    "skills": [{"id": "<candidate skill id>", "label": "<label>", "span": {"start": 0, "end": 0, "quote": "…"},
                "confidence": 0.7}],
    "education": [{"label": "<words from the text>", "sun_level": None, "abroad": False,
                   "span": {"start": 0, "end": 0, "quote": "…"}, "confidence": 0.6}],
    "languages": [{"code": "ar", "level": "native", "span": {"start": 0, "end": 0, "quote": "…"}, "confidence": 0.9}],
    "interests": [{"label": "<words from the text>", "span": {"start": 0, "end": 0, "quote": "…"}, "confidence": 0.6}],
    "wishes": [{"kind": "occupation|field|study|other", "label": "<label>",
                "concept": {"id": "<candidate id>", "kind": "occupation", "label": "<label>"},
                "span": {"start": 0, "end": 0, "quote": "…"}, "confidence": 0.7}],
    "constraints": [{"kind": "region|municipality|study_pace|distance_learning|avoid", "value": "<candidate id or 50>",
                     "label": "<label>", "span": {"start": 0, "end": 0, "quote": "…"}, "confidence": 0.7}],
}


def _schema() -> str:
    """A compact example of the output shape (the full JSON Schema was ~7k characters)."""
    return json.dumps(_EXAMPLE, ensure_ascii=False, separators=(",", ":"))


def _candidates(text: str, rt, known: Profile | None) -> str:
    """``id | kind | label`` lines: what the deterministic reading found, then an occupation search."""
    rows: dict[str, str] = {}
    if known is not None:
        for e in known.experiences:
            rows.setdefault(e.occupation.id, f"{e.occupation.id} | occupation | {e.occupation.label}")
        for w in known.wishes:
            if w.concept is not None:
                rows.setdefault(w.concept.id, f"{w.concept.id} | occupation | {w.concept.label}")
        for s in known.skills:
            rows.setdefault(s.id, f"{s.id} | skill | {s.label}")
        for c in known.constraints:
            if c.kind in ("region", "municipality"):
                rows.setdefault(c.value, f"{c.value} | {c.kind} | {c.label}")
    try:
        for h in rt.search.search(text[:300], "occupation", 6):
            if h.concept_id:
                rows.setdefault(h.concept_id, f"{h.concept_id} | occupation | {h.title}")
    except Exception:  # noqa: BLE001 - candidates are a help, not a requirement
        pass
    return "\n".join(list(rows.values())[:CANDIDATES]) or "(none)"


def _quoted(label: str | None, text: str) -> bool:
    """A free-text label the model may keep: short, clean, and words of the (redacted) text."""
    label = (label or "").strip()
    if not label or len(label) > MAX_LABEL_CHARS or len(label.split()) > MAX_LABEL_WORDS:
        return False
    if redact(label).changed or "[" in label:
        return False
    return label.casefold() in text.casefold()


def _json_object(text: str) -> dict:
    text = text.strip()
    fence = re.search(r"\{.*\}", text, re.S)
    if not fence:
        raise ValueError("no JSON object in the model output")
    return json.loads(fence.group(0))


def _fix_span(span: Span, text: str, message: int) -> Span | None:
    quote = (span.quote or "").strip()
    if not quote:
        return None
    idx = text.find(quote)
    if idx < 0:
        idx = text.casefold().find(quote.casefold())
    if idx < 0:
        return None
    return Span(start=idx, end=idx + len(quote), quote=text[idx:idx + len(quote)], message=message)


class _Checker:
    """What one model proposal is checked against: the store, the text, and the counts of what was dropped."""

    def __init__(self, text: str, rel, message: int, v: Validation, iso: Any) -> None:
        self.text, self.rel, self.message, self.v, self.iso = text, rel, message, v, iso

    def span_ok(self, item) -> bool:
        fixed = _fix_span(item.span, self.text, self.message)
        if fixed is None:
            self.v.rejected_spans += 1
            return False
        item.span = fixed
        return True

    def experience_ok(self, e) -> bool:
        occ = self.rel.occupation(e.occupation.id) if e.occupation.kind == "occupation" else None
        if occ is None:
            self.v.rejected_ids.append(e.occupation.id)
            return False
        if not self.span_ok(e):
            return False
        e.occupation.label, e.occupation.url = occ.label, ATLAS.format(id=occ.id)
        e.ssyk_id, e.ssyk_code = occ.ssyk_id, occ.ssyk_code
        return True

    def wish_ok(self, w) -> bool:
        if w.concept is not None:
            occ = self.rel.occupation(w.concept.id) if w.concept.kind == "occupation" else None
            if occ is None:
                self.v.rejected_ids.append(w.concept.id)
                return False
            w.concept.label, w.concept.url, w.ssyk_code = occ.label, ATLAS.format(id=occ.id), occ.ssyk_code
            w.label = occ.label
        elif not _quoted(w.label, self.text):
            self.v.rejected_labels += 1
            return False
        return self.span_ok(w)

    def skill_ok(self, s) -> bool:
        skill = self.rel.skill(s.id)
        if skill is None:
            self.v.rejected_ids.append(s.id)
            return False
        if not self.span_ok(s):
            return False
        s.label, s.url = skill.label, ATLAS.format(id=skill.id)
        return True

    def group_item_ok(self, group: str, item) -> bool:
        """An education, language or interest item: a known concept, a known language code, or quoted."""
        concept = getattr(item, "concept", None)
        if concept is not None:
            occ = self.rel.occupation(concept.id)
            if occ is None:
                self.v.rejected_ids.append(concept.id)
                return False
            concept.label, concept.url = occ.label, ATLAS.format(id=occ.id)
            item.label = occ.label
        elif group == "languages":
            if item.code not in self.iso:
                self.v.rejected_ids.append(item.code)
                return False
            if item.level is not None and item.level.casefold() not in _LEVELS:
                item.level = None
        elif not _quoted(item.label, self.text):
            self.v.rejected_labels += 1
            return False
        if group == "education" and item.sun_level is not None and not re.fullmatch(r"[0-9][0-9A-Za-z]?",
                                                                                    item.sun_level):
            item.sun_level = None
        return self.span_ok(item)

    def constraint_ok(self, c, known: dict[str, set[str]]) -> bool:
        if c.kind in ("region", "municipality") and c.value not in known[c.kind]:
            self.v.rejected_ids.append(c.value)
            return False
        if ((c.kind == "study_pace" and not (c.value.isdigit() and 1 <= int(c.value) <= 100))
                or (c.kind == "distance_learning" and c.value not in ("true", "false"))
                or (c.kind in ("avoid", "other") and not (_quoted(c.label, self.text) and _quoted(c.value, self.text)))):
            self.v.rejected_labels += 1
            return False
        if c.kind in ("region", "municipality"):
            places = self.rel.regions() if c.kind == "region" else self.rel.municipalities()
            c.label = next((r.label for r in places if r.id == c.value), c.label)
        return self.span_ok(c)


def validate(raw: dict, text: str, rel, *, message: int = 0) -> tuple[Profile, Validation]:
    """Keep only what the store and the text support."""
    v = Validation()
    try:
        proposed = Profile.model_validate(raw)
    except Exception as exc:  # noqa: BLE001 - pydantic ValidationError or worse: the whole output is unusable
        v.error = f"schema: {type(exc).__name__}"
        return Profile(), v
    from assistant.composers.llm import ISO_639_1

    out = Profile(language=proposed.language if proposed.language in ISO_639_1 else None)
    ck = _Checker(text, rel, message, v, ISO_639_1)
    out.experiences += [e for e in proposed.experiences if ck.experience_ok(e)]
    out.wishes += [w for w in proposed.wishes if ck.wish_ok(w)]
    out.skills += [s for s in proposed.skills if ck.skill_ok(s)]
    for group in ("education", "languages", "interests"):
        getattr(out, group).extend(item for item in getattr(proposed, group) if ck.group_item_ok(group, item))
    known = {"region": {r.id for r in rel.regions()}, "municipality": {m.id for m in rel.municipalities()}} \
        if proposed.constraints else {}
    out.constraints += [c for c in proposed.constraints if ck.constraint_ok(c, known)]
    v.accepted = sum(len(getattr(out, g)) for g in ("experiences", "wishes", "skills", "education", "languages",
                                                     "interests", "constraints"))
    return out, v


def merge(base: Profile, extra: Profile) -> Profile:
    """Deterministic items first; the model's items are added when they name something new
    (the core merge rule; the deterministic places and language stay)."""
    return merge_profiles(base, extra, language=base.language, replace_places=False)


def llm_interpret(redacted_text: str, rt: Runtime, *, language: str | None, chat_model=None,
                  message: int = 0, known: Profile | None = None) -> tuple[Profile, Validation]:
    """Ask the configured model for a Profile of ``redacted_text`` and validate it.

    ``known``: the deterministic reading (its concepts are offered as candidate ids)."""
    from assistant.prompts import load_prompt

    v = Validation()
    if not llm_budget.allowed():  # use_llm: false — no model call of any kind
        v.error = "disabled"
        return Profile(), v
    settings = rt.settings
    redacted_text = redact(redacted_text).text  # idempotent; never trust the caller with this
    try:
        budget = llm_budget.current()
        model = chat_model or _model(settings)
        if budget.deadline is not None and (llm_budget.remaining() or 0.0) <= 0:
            raise llm_budget.DeadlineExceeded("no time left in the turn")
        prompt = load_prompt("profile_extraction").render(
            schema_json=_schema(), candidates=_candidates(redacted_text, rt, known), text=redacted_text,
            language=language or "unknown")
        reply = llm_budget.call_within(lambda: model.invoke(prompt), budget.deadline)
        raw = _json_object(getattr(reply, "content", reply) if not isinstance(reply, str) else reply)
    except Exception as exc:  # noqa: BLE001 - any failure of the model leaves the deterministic profile alone
        v.error = type(exc).__name__
        log.info("llm_interpret_failed error_type=%s", type(exc).__name__)
        return Profile(), v
    return validate(raw, redacted_text, rt.relations, message=message)


def _model(settings):
    from langchain_openai import ChatOpenAI

    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
    return ChatOpenAI(base_url=settings.llm_base_url, api_key=key, model=settings.llm_model,
                      timeout=llm_budget.remaining(settings.llm_timeout_s) or settings.llm_timeout_s,
                      max_retries=0, temperature=0)
