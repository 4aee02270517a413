"""The scripted OpenAI-compatible server, driven by the real openai and LangChain clients."""
from __future__ import annotations

import base64
import json
import struct
import threading
import time

import httpx
import openai
import pytest
from langchain_core.messages import HumanMessage
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI

from tests.llm_server import (
    BreakStream,
    Hang,
    HttpError,
    MalformedChunk,
    Reply,
    ScriptedLLMServer,
    ToolCall,
    ToolCalls,
    fake_embedding,
    split_text,
    start_llm_server,
)

MSG = [{"role": "user", "content": "Vad gör en sjuksköterska?"}]


def client(server: ScriptedLLMServer, timeout: float = 5.0) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key="x", max_retries=0, timeout=timeout)


def chat(server: ScriptedLLMServer, **kw: object) -> ChatOpenAI:
    params: dict[str, object] = {"base_url": server.base_url, "api_key": "x", "model": "m",
                                 "streaming": True, "max_retries": 0, "timeout": 5.0}
    params.update(kw)
    return ChatOpenAI(**params)


@tool
def search_occupations(query: str, limit: int = 5) -> str:
    """Search occupations by name."""
    return query


# --------------------------------------------------------------------------- openai client


def test_openai_stream_text_in_chunks(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Reply("Sjuksköterskor vårdar patienter [1].", chunks=4))
    stream = client(llm_server).chat.completions.create(model="m", messages=MSG, stream=True)
    chunks = list(stream)
    pieces = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(pieces) == 4
    assert "".join(pieces) == "Sjuksköterskor vårdar patienter [1]."
    assert chunks[0].object == "chat.completion.chunk"
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_openai_non_stream_and_usage(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Reply("Hej"))
    resp = client(llm_server).chat.completions.create(model="m", messages=MSG)
    assert resp.choices[0].message.content == "Hej"
    assert resp.choices[0].finish_reason == "stop"
    assert resp.usage is not None and resp.usage.total_tokens > 0


def test_openai_stream_usage_chunk_when_asked(llm_server: ScriptedLLMServer) -> None:
    stream = client(llm_server).chat.completions.create(
        model="m", messages=MSG, stream=True, stream_options={"include_usage": True})
    chunks = list(stream)
    assert chunks[-1].choices == [] and chunks[-1].usage is not None


def test_openai_tool_calls_streamed(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(ToolCalls([ToolCall("search_occupations", {"query": "sjuksköterska"}, id="call_1")], chunks=5))
    stream = client(llm_server).chat.completions.create(model="m", messages=MSG, stream=True)
    args, names, finish = "", [], None
    for c in stream:
        if not c.choices:
            continue
        for tc in c.choices[0].delta.tool_calls or []:
            if tc.function and tc.function.name:
                names.append(tc.function.name)
            if tc.function and tc.function.arguments:
                args += tc.function.arguments
        finish = c.choices[0].finish_reason or finish
    assert names == ["search_occupations"]
    assert json.loads(args) == {"query": "sjuksköterska"}
    assert finish == "tool_calls"


def test_openai_errors(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(HttpError(500), HttpError(429, retry_after=0))
    c = client(llm_server)
    with pytest.raises(openai.InternalServerError):
        c.chat.completions.create(model="m", messages=MSG)
    with pytest.raises(openai.RateLimitError):
        c.chat.completions.create(model="m", messages=MSG, stream=True)


def test_openai_retries_through_scripted_500(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(HttpError(500), Reply("after retry"))
    c = openai.OpenAI(base_url=llm_server.base_url, api_key="x", max_retries=1, timeout=5)
    assert c.chat.completions.create(model="m", messages=MSG).choices[0].message.content == "after retry"
    assert len(llm_server.bodies("/chat/completions")) == 2


def test_openai_broken_and_malformed_streams_raise(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(BreakStream(after=2), MalformedChunk(after=1))
    c = client(llm_server)
    with pytest.raises(openai.APIConnectionError):
        list(c.chat.completions.create(model="m", messages=MSG, stream=True))
    with pytest.raises(ValueError):  # json.JSONDecodeError
        list(c.chat.completions.create(model="m", messages=MSG, stream=True))


def test_openai_hang_times_out(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Hang(10), Hang(10, after_chunks=1))
    c = client(llm_server, timeout=0.5)
    start = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        c.chat.completions.create(model="m", messages=MSG)
    with pytest.raises(openai.APITimeoutError):
        list(c.chat.completions.create(model="m", messages=MSG, stream=True))
    assert time.monotonic() - start < 5


def test_slow_chunks_arrive_over_time(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Reply("a b c", chunks=3, delay_s=0.1))
    start = time.monotonic()
    out = [c.choices[0].delta.content for c in client(llm_server).chat.completions.create(
        model="m", messages=MSG, stream=True) if c.choices and c.choices[0].delta.content]
    assert "".join(out) == "a b c"
    assert time.monotonic() - start >= 0.25


def test_embeddings_deterministic_float_and_base64(llm_server: ScriptedLLMServer) -> None:
    c = client(llm_server)
    a = c.embeddings.create(model="e", input=["sjuksköterska vård", "snickare"])  # SDK asks for base64
    b = c.embeddings.create(model="e", input=["sjuksköterska vård", "snickare"], encoding_format="float")
    for da, db in zip(a.data, b.data, strict=True):
        assert da.embedding == pytest.approx(db.embedding, abs=1e-6)
    assert b.data[0].embedding == pytest.approx(fake_embedding("sjuksköterska vård"))
    assert len(b.data[0].embedding) == 64
    raw = httpx.post(f"{llm_server.base_url}/embeddings",
                     json={"input": "x", "encoding_format": "base64", "dimensions": 8}).json()
    assert len(struct.unpack("<8f", base64.b64decode(raw["data"][0]["embedding"]))) == 8


def test_embeddings_scripted_error(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(HttpError(503), endpoint="embeddings")
    with pytest.raises(openai.APIStatusError):
        client(llm_server).embeddings.create(model="e", input="x")


def test_models_and_bad_body(llm_server: ScriptedLLMServer) -> None:
    assert [m.id for m in client(llm_server).models.list()] == ["m"]
    r = httpx.post(f"{llm_server.base_url}/chat/completions", content=b"not json")
    assert r.status_code == 400


def test_records_every_body_for_privacy_assertions(llm_server: ScriptedLLMServer) -> None:
    client(llm_server).chat.completions.create(
        model="m", messages=[{"role": "user", "content": "Jag bor på Storgatan 12 i Malmö"}],
        extra_body={"some_unknown_field": 1})
    assert "Storgatan 12" in llm_server.received_text()
    assert llm_server.bodies()[0]["some_unknown_field"] == 1


def test_default_reply_and_pending(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Reply("first"))
    assert llm_server.pending() == 1
    c = client(llm_server)
    assert c.chat.completions.create(model="m", messages=MSG).choices[0].message.content == "first"
    assert c.chat.completions.create(model="m", messages=MSG).choices[0].message.content == "OK"
    assert llm_server.pending() == 0


def test_concurrent_requests_each_get_a_behaviour(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(*[Reply(f"r{i}", delay_s=0.05) for i in range(8)])
    c = client(llm_server)
    results: list[str] = []

    def call() -> None:
        results.append(c.chat.completions.create(model="m", messages=MSG).choices[0].message.content or "")

    threads = [threading.Thread(target=call) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert sorted(results) == sorted(f"r{i}" for i in range(8))


def test_stop_releases_hanging_request() -> None:
    with start_llm_server() as server:
        server.script(Hang(60))
        c = client(server, timeout=30)
        errors: list[Exception] = []

        def call() -> None:
            try:
                c.chat.completions.create(model="m", messages=MSG)
            except Exception as exc:  # noqa: BLE001 - any client error is collected and asserted on
                errors.append(exc)

        t = threading.Thread(target=call)
        t.start()
        time.sleep(0.2)
        start = time.monotonic()
    t.join(10)
    assert time.monotonic() - start < 5  # stop() did not wait the 60 s


def test_split_text() -> None:
    assert split_text("abcdef", 3) == ["ab", "cd", "ef"]
    assert "".join(split_text("abcdefg", 3)) == "abcdefg"
    assert split_text("", 3) == [""]
    assert split_text("ab", 5) == ["a", "b"]


# --------------------------------------------------------------------------- LangChain


def test_langchain_streaming_text(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Reply("Hej från servern [1].", chunks=5), Reply("två", chunks=2))
    llm = chat(llm_server)
    msg = llm.invoke([HumanMessage("hej")])
    assert msg.content == "Hej från servern [1]."
    pieces = [c.content for c in llm.stream("hej") if c.content]
    assert "".join(pieces) == "två" and len(pieces) == 2
    body = llm_server.bodies()[0]
    assert body["stream"] is True and body["model"] == "m"


def test_langchain_max_tokens_sent_as_max_completion_tokens(llm_server: ScriptedLLMServer) -> None:
    chat(llm_server, max_tokens=77).invoke("hej")
    body = llm_server.bodies()[0]
    assert body.get("max_completion_tokens", body.get("max_tokens")) == 77


def test_langchain_tool_call_parsing(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(ToolCalls([ToolCall("search_occupations", {"query": "undersköterska", "limit": 3}),
                                 ToolCall("search_occupations", {"query": "vårdbiträde"})], chunks=4))
    msg = chat(llm_server).bind_tools([search_occupations]).invoke("Vilka jobb finns i vården?")
    assert [tc["name"] for tc in msg.tool_calls] == ["search_occupations", "search_occupations"]
    assert msg.tool_calls[0]["args"] == {"query": "undersköterska", "limit": 3}
    assert msg.tool_calls[1]["args"] == {"query": "vårdbiträde"}
    assert llm_server.bodies()[0]["tools"][0]["function"]["name"] == "search_occupations"


def test_langchain_500_raises(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(HttpError(500))
    with pytest.raises(openai.InternalServerError):
        chat(llm_server).invoke("hej")


def test_langchain_broken_stream_raises(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(BreakStream(after=2))
    with pytest.raises(openai.APIConnectionError):
        chat(llm_server).invoke("hej")


def test_langchain_hang_times_out(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Hang(10))
    start = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        chat(llm_server, timeout=0.5).invoke("hej")
    assert time.monotonic() - start < 5
