"""LLMComposer: an OpenAI-compatible chat model (langchain-openai), grounded in quoted evidence.

- System prompt: ``prompts/system`` (+ ``prompts/tool_use`` when tools are allowed); static,
  never concatenated with user text or sources.
- Task prompt: ``prompts/answer_task`` with the evidence as the delimited block from
  :func:`assistant.prompts.render_evidence_block` (ids ``[n]`` = citation numbers) and the
  (redacted) user message inside ``<user_message>``. Prior turns go as redacted messages,
  user turns wrapped in ``<user_message>`` too.
- Optional bounded tool calling (search, occupation details, courses): at most
  ``settings.llm_max_tool_calls`` calls per answer; tool results are new evidence, quoted the
  same way.
- Any failure raises; :mod:`assistant.turn` then answers with the GroundedComposer.
- The general-guidance tail of the plan (next steps, the one follow-up question) is rendered
  by the grounded templates and appended, so the policy's question is always asked.
"""
from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

from assistant.citations import MARKER, citation_for
from assistant.composers.base import ComposerFailed, Composition
from assistant.composers.grounded import GroundedComposer
from assistant.composers.tools import TOOL_SPECS, ToolRunner
from assistant.contract import Citation
from assistant.prompts import load_prompt, render_evidence_block, render_user_message
from assistant.state import Fact, TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

HISTORY_TURNS = 6
STYLE_NAMES = {"easy": "easy_swedish", "standard": "standard"}
LANGUAGE_NAMES = {"sv": "Swedish (svenska)", "en": "English", "ar": "Arabic (العربية)", "so": "Somali (Soomaali)",
                  "ti": "Tigrinya (ትግርኛ)", "fa": "Persian/Dari (فارسی)", "uk": "Ukrainian (українська)"}


def evidence_docs(evidence: list[Evidence]) -> list[dict[str, Any]]:
    """One item per document (first-seen order = citation number), facts of all its types merged."""
    docs: dict[str, dict[str, Any]] = {}
    for ev in evidence:
        d = docs.get(ev.doc_id)
        if d is None:
            docs[ev.doc_id] = {"source_id": ev.doc_id, "kind": ev.kind, "title": ev.title, "url": ev.url,
                               "text": ev.prompt_text(), "_ev": ev}
        else:
            extra = ev.prompt_text()
            if extra and extra not in d["text"]:
                d["text"] = f"{d['text']}\n{extra}".strip()
    return list(docs.values())


def profile_summary(state: TurnState) -> str:
    """Labels only (no quotes of the user's text): what the person did, wants, where, languages."""
    p = state.profile
    lines = []
    if p.experiences:
        lines.append("experience: " + "; ".join(e.occupation.label for e in p.experiences))
    if p.skills:
        lines.append("skills: " + "; ".join(s.label for s in p.skills[:15]))
    if p.education:
        lines.append("education: " + "; ".join(e.label for e in p.education))
    if p.wishes:
        lines.append("wishes: " + "; ".join(w.label for w in p.wishes))
    if p.interests:
        lines.append("interests: " + "; ".join(i.label for i in p.interests))
    if p.languages:
        lines.append("languages: " + ", ".join(lang.code for lang in p.languages))
    places = [c.label for c in p.constraints if c.kind in ("region", "municipality")]
    if places:
        lines.append("place: " + ", ".join(places))
    return "\n".join(lines)


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

    def __init__(self, settings, *, rt: Runtime | None = None, details: Callable[..., dict] | None = None,
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
    def messages(self, state: TurnState, *, tools: bool) -> list[Any]:
        """System, prior turns (redacted, delimited), and the task with the evidence block."""
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        system = load_prompt("system").render()
        if tools:
            system += "\n\n" + load_prompt("tool_use").render(max_tool_calls=str(self.settings.llm_max_tool_calls))
        msgs: list[Any] = [SystemMessage(content=system)]
        for m in state.history[-HISTORY_TURNS:]:
            if m.role == "user":
                msgs.append(HumanMessage(content=str(render_user_message(m.content, max_chars=2000))))
            else:
                msgs.append(AIMessage(content=m.content[:2000]))
        task = load_prompt("answer_task").render(
            language=LANGUAGE_NAMES.get(state.language, state.language), style=STYLE_NAMES[state.style],
            profile_summary=profile_summary(state),
            evidence=render_evidence_block(evidence_docs(state.evidence)), question=state.text)
        msgs.append(HumanMessage(content=task))
        return msgs

    # -------------------------------------------------------------- compose
    def compose(self, state: TurnState) -> Composition:
        grounded = GroundedComposer()
        exempt: set[str] = set()
        return Composition(self._run(state, grounded, exempt), exempt=exempt)

    def _run(self, state: TurnState, grounded: GroundedComposer,
             exempt: set[str]) -> Generator[str, None, list[Citation]]:
        from langchain_core.messages import ToolMessage

        budget = self.settings.llm_max_tool_calls if self.rt is not None else 0
        runner = ToolRunner(state, self.rt, self.details) if budget else None
        msgs = self.messages(state, tools=bool(budget))
        used = 0
        produced = ""
        while True:
            allow_tools = runner is not None and used < budget
            model = self.model().bind_tools(TOOL_SPECS) if allow_tools else self.model()
            full = None
            for chunk in model.stream(msgs):
                full = chunk if full is None else full + chunk
                content = chunk.content if isinstance(chunk.content, str) else ""
                if content:
                    produced += content
                    yield content
            if full is None:
                raise ComposerFailed("the model sent no answer")
            calls = list(getattr(full, "tool_calls", None) or [])
            if not calls or not allow_tools:
                break
            msgs.append(full)
            for call in calls:
                if used < budget:
                    used += 1
                    result = runner.run(call.get("name", ""), call.get("args") or {})
                    body = str(render_evidence_block(evidence_docs(state.evidence))) if result else \
                        "(no evidence was found for this tool call)"
                else:
                    body = "(tool budget exhausted: answer from the evidence you have)"
                msgs.append(ToolMessage(content=body, tool_call_id=call.get("id") or "call"))
        if not produced.strip():
            raise ComposerFailed("the model sent an empty answer")
        docs = evidence_docs(state.evidence)
        citations = []
        for n in sorted({int(m.group(1)) for m in MARKER.finditer(produced)}):
            if 1 <= n <= len(docs):
                citations.append(citation_for(n, docs[n - 1]["_ev"]))
            else:
                # An id the model invented: proposed so the check removes and counts it.
                citations.append(Citation(n=n, id=f"unknown:{n}", kind="unknown", title=""))
        tail = tail_facts(state.facts)
        if tail:
            pieces, _ = grounded.render(state, tail, exempt=exempt)
            yield "\n\n" + "".join(pieces).lstrip()
        return citations

