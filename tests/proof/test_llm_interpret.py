"""LLM-assisted interpretation through the real langchain-openai client and the scripted server (slow)."""
from __future__ import annotations

import json

import pytest

from assistant.interpretation.interpreter import interpret
from tests.llm_server import HttpError, Reply

pytestmark = pytest.mark.slow

TEXT = "Jag heter Sara Lind, ring mig på 070-123 45 67. Jag har jobbat med truckar på ett lager i fem år."
TRUCK = "GQSf_fnq_kjF"  # Truckförare


def _runtime_with_llm(real_runtime, llm_server):
    from retrieval.runtime import Runtime

    settings = real_runtime.settings.model_copy(update={"llm_base_url": llm_server.base_url, "llm_model": "m",
                                                        "llm_interpretation": True})
    return Runtime(settings, real_runtime.embedder, real_runtime.store, real_runtime.search, real_runtime.relations)


def _proposal(quote_ok: str) -> str:
    span = {"start": 0, "end": 1, "quote": quote_ok, "message": 0}
    return json.dumps({
        "language": "sv",
        "experiences": [
            {"occupation": {"id": TRUCK, "kind": "occupation", "label": "x"}, "span": span, "confidence": 0.9},
            {"occupation": {"id": "Invented_Id_1", "kind": "occupation", "label": "Rymdpilot"}, "span": span,
             "confidence": 0.9},
            {"occupation": {"id": "bXNH_MNX_dUR", "kind": "occupation", "label": "Sjuksköterska"},
             "span": {"start": 0, "end": 5, "quote": "not in the text", "message": 0}, "confidence": 0.9},
        ],
        "skills": [{"id": "Also_Not_Real", "label": "Flyga", "span": span, "confidence": 0.8}],
    })


def test_model_proposals_are_validated_against_the_store(real_runtime, llm_server):
    rt = _runtime_with_llm(real_runtime, llm_server)
    llm_server.script(Reply(_proposal("jobbat med truckar på ett lager")))
    profile = interpret(TEXT, rt)
    ids = {e.occupation.id for e in profile.experiences}
    assert TRUCK in ids                                   # valid id with a real quote: accepted
    assert "Invented_Id_1" not in ids                      # not in the store: rejected, never shown
    assert "bXNH_MNX_dUR" not in ids                       # quote not in the text: rejected
    assert "Also_Not_Real" not in {s.id for s in profile.skills}
    truck = next(e for e in profile.experiences if e.occupation.id == TRUCK)
    assert TEXT.replace("Sara Lind", "[namn]").find(truck.span.quote) >= 0 or truck.span.quote in TEXT
    assert truck.occupation.label == "Truckförare"         # labels come from the store, not the model
    sent = llm_server.received_text()
    for secret in ("Sara", "Lind", "070-123 45 67", "123 45 67"):
        assert secret not in sent
    assert "<user_message>" in sent


def test_model_failure_leaves_the_deterministic_profile(real_runtime, llm_server):
    rt = _runtime_with_llm(real_runtime, llm_server)
    deterministic = interpret(TEXT, real_runtime, llm=False)
    llm_server.script(HttpError(500))
    assert interpret(TEXT, rt).model_dump() == deterministic.model_dump()
    llm_server.script(Reply("this is not json"))
    assert interpret(TEXT, rt).model_dump() == deterministic.model_dump()
