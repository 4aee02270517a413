"""LLM-assisted interpretation: an OpenAI-compatible model fills the same Profile model.

The model only ever sees redacted text. Its output is distrusted: every concept id must exist
in the relations DB (an id that is not in the store is rejected, never shown), every span must
quote the text (offsets are recomputed from the quote), and items without a valid concept are
dropped. The result is merged into the deterministic interpretation; any failure of the model
(refused, timeout, 5xx, malformed JSON) leaves the deterministic profile as it is.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field

from vagledning.domain.profile import Profile, Span, merge_profiles
from vagledning.domain.runtime import Runtime

log = logging.getLogger("vagledning.interpret.llm")
ATLAS = "https://atlas.jobtechdev.se/taxonomy/{id}"


@dataclass
class Validation:
    """What happened to the model's output."""

    accepted: int = 0
    rejected_ids: list[str] = field(default_factory=list)   # concept ids not in the store
    rejected_spans: int = 0                                  # quotes not found in the text
    error: str | None = None


def _schema() -> str:
    schema = Profile.model_json_schema()
    return json.dumps(schema, ensure_ascii=False)


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


def validate(raw: dict, text: str, rel, *, message: int = 0) -> tuple[Profile, Validation]:
    """Keep only what the store and the text support."""
    v = Validation()
    try:
        proposed = Profile.model_validate(raw)
    except Exception as exc:  # pydantic ValidationError: the whole output is unusable
        v.error = f"schema: {type(exc).__name__}"
        return Profile(), v
    out = Profile(language=proposed.language)

    def span_ok(item) -> bool:
        fixed = _fix_span(item.span, text, message)
        if fixed is None:
            v.rejected_spans += 1
            return False
        item.span = fixed
        return True

    for e in proposed.experiences:
        occ = rel.occupation(e.occupation.id) if e.occupation.kind == "occupation" else None
        if occ is None:
            v.rejected_ids.append(e.occupation.id)
            continue
        if not span_ok(e):
            continue
        e.occupation.label, e.occupation.url = occ.label, ATLAS.format(id=occ.id)
        e.ssyk_id, e.ssyk_code = occ.ssyk_id, occ.ssyk_code
        out.experiences.append(e)
    for w in proposed.wishes:
        if w.concept is not None:
            occ = rel.occupation(w.concept.id) if w.concept.kind == "occupation" else None
            if occ is None:
                v.rejected_ids.append(w.concept.id)
                continue
            w.concept.label, w.concept.url, w.ssyk_code = occ.label, ATLAS.format(id=occ.id), occ.ssyk_code
        if span_ok(w):
            out.wishes.append(w)
    for s in proposed.skills:
        skill = rel.skill(s.id)
        if skill is None:
            v.rejected_ids.append(s.id)
            continue
        if span_ok(s):
            s.label, s.url = skill.label, ATLAS.format(id=skill.id)
            out.skills.append(s)
    for group in ("education", "languages", "interests"):
        for item in getattr(proposed, group):
            concept = getattr(item, "concept", None)
            if concept is not None and rel.occupation(concept.id) is None:
                v.rejected_ids.append(concept.id)
                continue
            if span_ok(item):
                getattr(out, group).append(item)
    known = {"region": {r.id for r in rel.regions()}, "municipality": {m.id for m in rel.municipalities()}} \
        if proposed.constraints else {}
    for c in proposed.constraints:
        if c.kind == "region" and c.value not in known["region"]:
            v.rejected_ids.append(c.value)
            continue
        if c.kind == "municipality" and c.value not in known["municipality"]:
            v.rejected_ids.append(c.value)
            continue
        if span_ok(c):
            out.constraints.append(c)
    v.accepted = sum(len(getattr(out, g)) for g in ("experiences", "wishes", "skills", "education", "languages",
                                                     "interests", "constraints"))
    return out, v


def merge(base: Profile, extra: Profile) -> Profile:
    """Deterministic items first; the model's items are added when they name something new
    (the core merge rule; the deterministic places and language stay)."""
    return merge_profiles(base, extra, language=base.language, replace_places=False)


def llm_interpret(redacted_text: str, rt: Runtime, *, language: str | None, chat_model=None,
                  message: int = 0) -> tuple[Profile, Validation]:
    """Ask the configured model for a Profile of ``redacted_text`` and validate it."""
    from assistant.prompts import load_prompt

    v = Validation()
    settings = rt.settings
    try:
        model = chat_model or _model(settings)
        prompt = load_prompt("profile_extraction").render(schema_json=_schema(), text=redacted_text,
                                                          language=language or "unknown")
        reply = model.invoke(prompt)
        raw = _json_object(getattr(reply, "content", reply) if not isinstance(reply, str) else reply)
    except Exception as exc:  # any failure of the model leaves the deterministic profile alone
        v.error = type(exc).__name__
        log.info("llm_interpret_failed error_type=%s", type(exc).__name__)
        return Profile(), v
    return validate(raw, redacted_text, rt.relations, message=message)


def _model(settings):
    from langchain_openai import ChatOpenAI

    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
    return ChatOpenAI(base_url=settings.llm_base_url, api_key=key, model=settings.llm_model,
                      timeout=settings.llm_timeout_s, max_retries=0, temperature=0)
