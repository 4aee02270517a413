"""Prompt-size budget of LLM mode: characters the model is sent per request, measured.

    python benchmarks/bench_prompt_size.py            # the ingested store (settings.store_dir)
    python benchmarks/bench_prompt_size.py --fake     # store-free fakes of the tests (real ids and facts)

Drives the real engine (the ingested store in settings.store_dir, LLM interpretation on) against the
scripted OpenAI-compatible server of the tests, which records every request. Each turn asks for
three tool calls before answering, so the figures show how much each tool result adds (only new
evidence should be sent) next to the extraction prompt and the first answer request. Prints one
row per turn and the budget check; exits 1 when a budget is exceeded.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: Budgets (characters): the first answer request, one tool result, the extraction prompt.
BUDGET = {"answer_request": 16_000, "tool_result": 6_000, "extraction": 4_000}

TURNS = [
    ("sv", "Jag har jobbat som undersköterska i tio år och bor i Malmö. Vilka utbildningar finns?"),
    ("en", "I worked as a cook in Syria for six years. What does a cook earn in Sweden?"),
    ("ar", "عملت طباخاً لمدة ست سنوات في حلب. ماذا يمكنني أن أعمل في السويد؟"),
]


def _chars(body: dict) -> int:
    return sum(len(m.get("content") or "") if isinstance(m.get("content"), str) else len(json.dumps(m))
               for m in body.get("messages", []))


def main() -> int:
    from assistant.contract import ChatMessage, ChatRequest
    from assistant.engine import Engine
    from tests.llm_server import Reply, ToolCall, ToolCalls, start_llm_server
    from vagledning.settings import get_settings

    failures = 0
    with start_llm_server() as llm:
        settings = get_settings().model_copy(update={
            "llm_base_url": llm.base_url, "llm_model": "m", "llm_timeout_s": 60.0, "llm_max_tool_calls": 3,
            "llm_interpretation": True})
        if "--fake" in sys.argv:
            from assistant.interpretation.llm_assist import llm_interpret, merge
            from assistant.turn import Deps
            from tests.assistant_fakes import FakeRuntime, fake_details, fake_match, keyword_interpret

            rt = FakeRuntime()
            rt.settings = settings

            def interpret(text, rt, *, language=None, base=None):
                known = keyword_interpret(text, rt, language=language)
                return merge(known, llm_interpret(text, rt, language=language, known=known)[0])

            engine = Engine(settings, runtime_factory=lambda: rt,
                            deps=Deps(interpret=interpret, match=fake_match, details=fake_details))
        else:
            engine = Engine(settings)
            engine.ready()
        print(f"{'lang':5} {'extract':>8} {'answer#1':>9} {'tool#1':>7} {'tool#2':>7} {'tool#3':>7} "
              f"{'answer#4':>9}  (characters sent)")
        for lang, text in TURNS:
            llm.reset()
            llm.script(
                Reply("{}"),  # extraction
                ToolCalls([ToolCall("search", {"query": "kock", "kind": "occupation"})]),
                ToolCalls([ToolCall("occupation_details", {"occupation": "Kock, à la carte"})]),
                ToolCalls([ToolCall("courses", {"query": "kock", "place": "Malmö"})]),
                Reply("Svar [1]."),
            )
            engine.turn(ChatRequest(messages=[ChatMessage(role="user", content=text)], language=lang))
            bodies = [b for b in llm.bodies("/chat/completions") if isinstance(b, dict)]
            extraction = next((b for b in bodies if not b.get("stream")), None)
            answers = [b for b in bodies if b.get("stream")]
            ext = _chars(extraction) if extraction else 0
            sizes = [_chars(b) for b in answers]
            tools = [len(m.get("content") or "") for m in (answers[-1]["messages"] if answers else [])
                     if m.get("role") == "tool"]
            print(f"{lang:5} {ext:8d} {sizes[0] if sizes else 0:9d} "
                  + " ".join(f"{t:7d}" for t in (tools + [0, 0, 0])[:3])
                  + f" {sizes[-1] if sizes else 0:9d}")
            failures += (ext > BUDGET["extraction"]) + (bool(sizes) and sizes[0] > BUDGET["answer_request"]) + \
                sum(t > BUDGET["tool_result"] for t in tools)
    print(f"budget: extraction ≤ {BUDGET['extraction']}, first answer request ≤ {BUDGET['answer_request']}, "
          f"each tool result ≤ {BUDGET['tool_result']} characters; exceeded: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
