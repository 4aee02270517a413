"""LLMComposer: an OpenAI-compatible chat model (langchain-openai), grounded in quoted evidence.

- System prompt: ``prompts/system`` (+ ``prompts/tool_use`` when tools are allowed); static,
  never concatenated with user text or sources.
- Task prompt: ``prompts/answer_task`` with today's date, the evidence as the delimited block from
  :func:`assistant.prompts.render_evidence_block` (ids ``[n]`` = citation numbers; each text cut at
  a sentence or word boundary, repeated lines and list values removed) and the redacted user
  message inside ``<user_message>``.
- **No client text but the redacted messages reaches the model**: the profile the client sent back
  is summarised from concept ids resolved by the service (labels from the relations DB, language
  codes from the ISO list, places from the region/municipality tables); free-text labels are left
  out. Prior turns go as redacted messages; our own earlier answers lose their appended
  next-steps block and their (stale) citation numbers.
- Optional bounded tool calling (search, occupation details, courses): at most
  ``settings.llm_max_tool_calls`` calls per answer; each tool result quotes only evidence the
  model has not seen yet (new documents, or documents that gained facts), numbered on.
- The whole answer (tool rounds included) must finish by the turn's deadline
  (:mod:`assistant.llm_budget`), however slowly a stream drips.
- Text goes to the user sentence by sentence through the :class:`~assistant.output_guard.OutputGuard`
  (prompt echoes, identifier requests, unknown contact details and links, markers of no evidence
  are removed; the removals are reported as notices). An answer with no valid citation left is
  not delivered: the turn falls back to the grounded composer with a notice.
- Any failure raises; :mod:`assistant.turn` then answers with the GroundedComposer.
- The general-guidance tail of the plan (next steps, the one follow-up question) is rendered
  by the grounded templates and appended, so the policy's question is always asked.
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable, Generator
from datetime import date
from typing import Any

from assistant import llm_budget
from assistant.citations import MARKER, citation_for
from assistant.composers.base import ComposerFailed, Composition
from assistant.composers.grounded import GroundedComposer
from assistant.composers.tools import TOOL_SPECS, ToolRunner
from assistant.contract import ChatMessage, Citation
from assistant.locales import lookup, text
from assistant.output_guard import GuardReport, OutputGuard
from assistant.prompts import clip, load_prompt, render_evidence_block, render_user_message
from assistant.state import LOCALES, Evidence, Fact, TurnState
from vagledning.domain.redaction import redact

HISTORY_TURNS = 6
SNIPPET_CHARS = 700
STYLE_NAMES = {"easy": "easy_swedish", "standard": "standard"}
LANGUAGE_NAMES = {"sv": "Swedish (svenska)", "en": "English", "ar": "Arabic (العربية)", "so": "Somali (Soomaali)",
                  "ti": "Tigrinya (ትግርኛ)", "fa": "Persian/Dari (فارسی)", "uk": "Ukrainian (українська)"}
#: ISO 639-1 codes (a client-sent or model-proposed language outside this list is ignored).
ISO_639_1 = frozenset(
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee "
    "el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is "
    "it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms "
    "mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk "
    "sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu".split())
_SUN = re.compile(r"^[0-9][0-9A-Za-z]{0,2}$")
_BOUNDARY = re.compile(r"(?<=[.!?؟።])[ \t]+|\n+")
_STALE_MARKER = re.compile(r"[ \t]?\[\d{1,3}\]")


class Unsupported(ComposerFailed):
    """The model's answer kept no valid citation: the grounded composer answers instead."""

    notice = "llm_unsupported"


class TooSlow(ComposerFailed):
    """The turn's deadline passed while the model was still answering."""

    notice = "llm_timeout"


# ------------------------------------------------------------------ evidence
def _dedupe_values(value: str) -> str:
    parts = [p.strip() for p in value.split(",")]
    return ", ".join(dict.fromkeys(p for p in parts if p))


def evidence_text(ev: Evidence) -> str:
    """What the model reads of one evidence item: the snippet cut at a boundary, then the facts
    as ``type.name: value`` lines, list values without repeats."""
    lines = []
    snippet = " ".join(ev.snippet.split())
    if snippet:
        lines.append(clip(snippet, SNIPPET_CHARS))
    for k, v in ev.facts.items():
        if v is None or v == "" or v == []:
            continue
        if isinstance(v, list):
            v = ", ".join(dict.fromkeys(str(x) for x in v))
        lines.append(f"{ev.type}.{k}: {_dedupe_values(str(v)) if ',' in str(v) else v}")
    return "\n".join(lines)


def evidence_docs(evidence: list[Evidence]) -> list[dict[str, Any]]:
    """One item per document (first-seen order = citation number), lines of all its types merged once."""
    docs: dict[str, dict[str, Any]] = {}
    for ev in evidence:
        d = docs.get(ev.doc_id)
        if d is None:
            d = docs[ev.doc_id] = {"source_id": ev.doc_id, "kind": ev.kind, "title": ev.title, "url": ev.url,
                                   "lines": [], "_ev": ev}
        for line in evidence_text(ev).split("\n"):
            if line and line not in d["lines"]:
                d["lines"].append(line)
        d["text"] = "\n".join(d["lines"])
        # What the model is shown: the document's first evidence with the merged lines as its text.
        d["quoted"] = d["_ev"].model_copy(update={"snippet": d["text"], "facts": {}})
    return list(docs.values())


# ------------------------------------------------------------------ profile
def _label(getter, cid: str | None) -> str | None:
    if not cid or getter is None:
        return None
    try:
        found = getter(cid)
    except Exception:  # noqa: BLE001 - an unknown id is simply not summarised
        return None
    return getattr(found, "label", None) if found is not None else None


def profile_summary(state: TurnState, rel=None) -> str:
    """What the person did, wants, where and speaks — as the SERVICE resolves it.

    Only concept ids known to the relations DB (labelled from the DB, not from the client),
    ISO language codes and known places go in; a client's free-text labels never do."""
    p = state.profile
    occ = getattr(rel, "occupation", None)
    skill = getattr(rel, "skill", None)
    lines = []

    def add(name: str, values: list[str | None]) -> None:
        kept = list(dict.fromkeys(v for v in values if v))
        if kept:
            lines.append(f"{name}: " + "; ".join(kept))

    add("experience", [_label(occ, e.occupation.id) for e in p.experiences])
    add("skills", [_label(skill, s.id) for s in p.skills[:15]])
    add("education level (SUN)", [e.sun_level for e in p.education if e.sun_level and _SUN.match(e.sun_level)])
    add("wishes", [_label(occ, w.concept.id) for w in p.wishes if w.concept is not None])
    add("interests", [_label(occ, i.concept.id) for i in p.interests if i.concept is not None])
    add("languages", [lang.code for lang in p.languages if lang.code in ISO_639_1])
    places: dict[str, str] = {}
    try:
        if rel is not None and p.constraints:
            places = {r.id: r.label for r in rel.regions()} | {m.id: m.label for m in rel.municipalities()}
    except Exception:  # noqa: BLE001 - no geography tables: the summary names no place
        places = {}
    add("place", [places.get(c.value) for c in p.constraints if c.kind in ("region", "municipality")])
    return "\n".join(lines)


# ------------------------------------------------------------------ history
def _next_headings() -> list[str]:
    out = []
    for loc in LOCALES:
        try:
            h = lookup(loc, "next.heading")
        except Exception:  # noqa: BLE001 - a locale without the heading has none to strip
            h = None
        if isinstance(h, str) and h:
            out.append(h)
    return out


def clean_history(history: list[ChatMessage]) -> list[ChatMessage]:
    """Prior turns for the prompt: our answers without the appended next-steps block and without
    citation numbers (they pointed at evidence of another turn)."""
    headings = _next_headings()
    out = []
    for m in history:
        content = m.content
        if m.role == "assistant":
            cut = min((content.find(h) for h in headings if h in content), default=-1)
            if cut >= 0:
                content = content[:cut]
            content = _STALE_MARKER.sub("", content).strip()
        if content.strip():
            out.append(ChatMessage(role=m.role, content=content))
    return out


def tail_facts(facts: list[Fact]) -> list[Fact]:
    """The trailing general-guidance part of a plan (from the next-steps heading, plus the question)."""
    out: list[Fact] = []
    in_next = False
    for f in facts:
        if f.key == "next.heading":
            in_next = True
        if (in_next and f.source is None) or f.key.startswith("ask."):
            out.append(f)
    return out


class LLMComposer:
    """Streams an answer from an OpenAI-compatible endpoint (see module docstring)."""

    name = "llm"

    def __init__(self, settings, *, rt=None, details: Callable[..., dict] | None = None,
                 http_client=None, chat_model=None) -> None:
        self.settings = settings
        self.rt = rt
        self.details = details
        self.http_client = http_client
        self._model = chat_model

    def model(self):
        """The ChatOpenAI client (built once)."""
        if self._model is None:
            from langchain_openai import ChatOpenAI

            key = self.settings.llm_api_key.get_secret_value() if self.settings.llm_api_key else "not-needed"
            kwargs: dict[str, Any] = {}
            if self.http_client is not None:
                kwargs["http_client"] = self.http_client
            self._model = ChatOpenAI(base_url=self.settings.llm_base_url, api_key=key, model=self.settings.llm_model,
                                     streaming=True, timeout=self.settings.llm_timeout_s, max_retries=0,
                                     max_tokens=self.settings.llm_max_tokens, temperature=0.2, **kwargs)
        return self._model

    # -------------------------------------------------------------- messages
    def system_prompt(self, *, tools: bool) -> str:
        system = load_prompt("system").render()
        if tools:
            system += "\n\n" + load_prompt("tool_use").render(max_tool_calls=str(self.settings.llm_max_tool_calls))
        return system

    def messages(self, state: TurnState, *, tools: bool, today: date | None = None) -> list[Any]:
        """System, prior turns (redacted, cleaned, delimited), and the task with the evidence block."""
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        msgs: list[Any] = [SystemMessage(content=self.system_prompt(tools=tools))]
        for m in clean_history(state.history)[-HISTORY_TURNS:]:
            if m.role == "user":
                msgs.append(HumanMessage(content=str(render_user_message(redact(m.content).text, max_chars=2000))))
            else:
                msgs.append(AIMessage(content=redact(m.content).text[:2000]))
        rel = getattr(self.rt, "relations", None)
        task = load_prompt("answer_task").render(
            today=(today or date.today()).isoformat(),
            language=LANGUAGE_NAMES.get(state.language, state.language), style=STYLE_NAMES[state.style],
            profile_summary=profile_summary(state, rel),
            evidence=render_evidence_block(d["quoted"] for d in evidence_docs(state.evidence)), question=redact(state.text).text)
        msgs.append(HumanMessage(content=task))
        return msgs

    # -------------------------------------------------------------- compose
    def compose(self, state: TurnState) -> Composition:
        grounded = GroundedComposer()
        exempt: set[str] = set()
        report = GuardReport()
        notices: list[tuple[str, str]] = []
        comp = Composition(self._run(state, grounded, exempt, report, notices), exempt=exempt)
        comp.notices = notices
        comp.report = report
        return comp

    def _deadline(self) -> float:
        turn = llm_budget.current().deadline
        return turn if turn is not None else time.monotonic() + self.settings.llm_timeout_s

    def _stream(self, model, msgs: list[Any], deadline: float):
        try:
            yield from llm_budget.iterate_within(lambda: model.stream(msgs), deadline)
        except llm_budget.DeadlineExceeded as exc:
            raise TooSlow("the model did not finish before the turn's deadline") from exc

    def _run(self, state: TurnState, grounded: GroundedComposer, exempt: set[str], report: GuardReport,
             notices: list[tuple[str, str]]) -> Generator[str, None, list[Citation]]:
        from langchain_core.messages import ToolMessage

        if not llm_budget.allowed():
            raise ComposerFailed("the model may not be called in this turn")
        budget = self.settings.llm_max_tool_calls if self.rt is not None else 0
        runner = ToolRunner(state, self.rt, self.details) if budget else None
        msgs = self.messages(state, tools=bool(budget))
        self.model()  # built (and its library imported) before the clock starts
        deadline = self._deadline()
        docs = evidence_docs(state.evidence)
        shown = {i + 1: d["text"] for i, d in enumerate(docs)}
        guard = OutputGuard(prompts=[self.system_prompt(tools=True), load_prompt("answer_task").body],
                            evidence_texts=[d["text"] for d in docs] + [d["title"] for d in docs],
                            evidence_urls=[d["url"] for d in docs if d["url"]], n_docs=len(docs))
        guard.report = report
        used = 0
        produced = ""
        buf = ""

        def release(piece: str) -> str:
            nonlocal produced
            out = guard.clean(piece)
            produced += out
            return out

        while True:
            allow_tools = runner is not None and used < budget
            model = self.model().bind_tools(TOOL_SPECS) if allow_tools else self.model()
            full = None
            for chunk in self._stream(model, msgs, deadline):
                full = chunk if full is None else full + chunk
                content = chunk.content if isinstance(chunk.content, str) else ""
                if not content:
                    continue
                buf += content
                # Whole sentences only: the guard needs a sentence to judge it.
                while (m := _BOUNDARY.search(buf)) is not None:
                    piece, buf = buf[:m.end()], buf[m.end():]
                    out = release(piece)
                    if out.strip():
                        yield out
            if full is None:
                raise ComposerFailed("the model sent no answer")
            calls = list(getattr(full, "tool_calls", None) or [])
            if not calls or not allow_tools:
                break
            msgs.append(full)
            for call in calls:
                if used < budget and runner is not None:  # allow_tools: there is a runner
                    used += 1
                    added = runner.run(call.get("name", ""), call.get("args") or {})
                    body = self._new_evidence(state, shown, guard) if added else \
                        "(no new evidence was found for this tool call)"
                else:
                    body = "(tool budget exhausted: answer from the evidence you have)"
                msgs.append(ToolMessage(content=body, tool_call_id=call.get("id") or "call"))
        if buf:
            out = release(buf)
            if out.strip():
                yield out
        if not produced.strip():
            raise ComposerFailed("the model sent an empty answer")
        docs = evidence_docs(state.evidence)
        numbers = sorted({int(m.group(1)) for m in MARKER.finditer(produced)})
        citations = [citation_for(n, docs[n - 1]["_ev"]) for n in numbers if 1 <= n <= len(docs)]
        if not citations:
            raise Unsupported("no valid citation left in the model's answer")
        if report.citations:
            notices.append(("citations_removed", text(state.locale, "notice.citations_removed")))
        if report.sentences or report.urls:
            notices.append(("output_filtered", text(state.locale, "notice.output_filtered")))
        tail = tail_facts(state.facts)
        if tail:
            pieces, _ = grounded.render(state, tail, exempt=exempt)
            yield "\n\n" + "".join(pieces).lstrip()
        return citations

    def _new_evidence(self, state: TurnState, shown: dict[int, str], guard: OutputGuard) -> str:
        """The evidence block of what a tool added: new documents and documents with new lines."""
        docs = evidence_docs(state.evidence)
        fresh = [(n, d) for n, d in enumerate(docs, start=1) if shown.get(n) != d["text"]]
        for n, d in fresh:
            shown[n] = d["text"]
        guard.set_docs(len(docs), [d["text"] for _, d in fresh] + [d["title"] for _, d in fresh],
                       [d["url"] for _, d in fresh if d["url"]])
        if not fresh:
            return "(no new evidence was found for this tool call)"
        return str(render_evidence_block([d["quoted"] for _, d in fresh], numbers=[n for n, _ in fresh]))
