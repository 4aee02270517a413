"""The privacy promise, end to end: nothing a person writes leaves the request.

24 multi-turn conversations in 8 languages, each seeded with its own canaries (Luhn-valid
personnummer and samordningsnummer, phone number, e-mail, an introduced name, a street
address), go through the real API (``vagledning serve`` as a subprocess, real engine over a
small store) in LLM mode against the scripted OpenAI-compatible server, plus /v1/interpret and
/v1/match. Then no canary may appear in: what the LLM server received, anything the server
process printed (all its logs), the store directory, the process's TMPDIR, or any file written
under the repo's var/ or the temp dirs since the test started.
"""
from __future__ import annotations

import json

import httpx
import pytest

from tests.harness import Canaries, canaries, sse_events, start_canary_server
from tests.llm_server import Reply

pytestmark = pytest.mark.slow  # 72 turns through `vagledning serve` in LLM mode: 40 s measured on a busy 2-core box

FIRST_TURN = {
    "sv": "Hej! Jag heter {first} {last} och mitt personnummer är {pnr}. Jag har jobbat som kock i sex år. "
          "Ring mig på {phone}.",
    "sv-easy": "Jag heter {first} {last}. Mitt nummer är {pnr}. Jag vill jobba med barn. Telefon {phone}.",
    "en": "My name is {first} {last}, personal number {pnr}. I worked as a truck driver for five years. "
          "Call me on {phone}.",
    "ar": "اسمي {first} {last}. رقمي الشخصي {pnr}. عملت طباخاً لمدة ست سنوات. هاتفي {phone}.",
    "so": "Magacaygu waa {first} {last}. Lambarkayga waa {pnr}. Waxaan ahay darawal. Telefoonkayga {phone}.",
    "ti": "ስመይ {first} {last} እዩ። ቁጽረይ {pnr}። ኣብ ሆቴል ሰሪሐ። ስልከይ {phone}።",
    "fa": "اسم من {first} {last} است. شماره شخصی من {pnr}. من آشپز بودم. تلفن {phone}.",
    "uk": "Мене звати {first} {last}. Мій персональний номер {pnr}. Я працювала кухарем. Телефон {phone}.",
}
SECOND_TURN = {
    "sv": "Jag bor på {street} i Malmö. Mejla {email}. Mitt samordningsnummer var {samordning}. "
          "Vilka utbildningar finns?",
    "sv-easy": "Jag bor på {street}. Min mejl är {email}. Samordningsnummer {samordning}. Vad ska jag plugga?",
    "en": "I live at {street}, Malmö. Email me at {email}; my coordination number was {samordning}. "
          "What courses can I take?",
    "ar": "أسكن في {street}، مالمو. بريدي {email}. رقم التنسيق {samordning}. ما هي الدورات؟",
    "so": "Waxaan degan ahay {street}. Iimaylkaygu waa {email}. Lambarka {samordning}. Koorsooyin?",
    "ti": "ኣብ {street} እነብር። ኢመይለይ {email}። ቁጽሪ {samordning}። ትምህርቲ ኣሎ ድዩ?",
    "fa": "من در {street} زندگی می‌کنم. ایمیل {email}. شماره {samordning}. چه دوره‌هایی هست؟",
    "uk": "Я живу на {street}. Моя пошта {email}. Номер {samordning}. Які є курси?",
}
THIRD_TURN = {
    "sv": "Tack {first}! Skicka svaret till {email} eller {phone}.",
    "en": "Thanks. Write to {email} or call {phone} please.",
}
LANGS = list(FIRST_TURN)
CONVERSATIONS = 24


def _fill(template: str, c: Canaries) -> str:
    return template.format(**c.__dict__)


def _chat_sse(client: httpx.Client, body: dict) -> tuple[str, dict | None]:
    """One streamed turn → (answer text, profile)."""
    with client.stream("POST", "/v1/chat", json=body, headers={"Accept": "text/event-stream"}) as r:
        assert r.status_code == 200, r.read()
        text = r.read().decode()
    events = sse_events(text)
    names = [e for e, _ in events]
    assert names[-1] == "done", names
    answer = "".join(json.loads(d).get("text", "") for e, d in events if e == "token")
    profile = next((json.loads(d)["profile"] for e, d in events if e == "profile"), None)
    return answer, profile


def test_no_canary_leaves_the_request(fake_store, data_dir, tmp_path, llm_server):
    llm_server.default = Reply("Ett yrke som kan passa dig är det första i källorna [1]. Läs mer där [2].", chunks=4)
    run = start_canary_server(fake_store, data_dir, tmp_path, llm_server.base_url)
    server = run.server
    people = [canaries(1000 + i) for i in range(CONVERSATIONS)]
    turns = 0
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            for i, person in enumerate(people):
                lang = LANGS[i % len(LANGS)]
                messages: list[dict] = []
                profile = None
                for table in (FIRST_TURN, SECOND_TURN, THIRD_TURN):
                    template = table.get(lang) or table.get("en" if lang not in ("sv", "sv-easy") else "sv")
                    messages.append({"role": "user", "content": _fill(template, person)})
                    body = {"messages": messages, "language": lang, "profile": profile}
                    if i % 4 == 3:  # some turns in JSON mode
                        r = client.post("/v1/chat?stream=false", json=body)
                        assert r.status_code == 200, r.text
                        answer, profile = r.json()["answer"], r.json()["profile"]
                    else:
                        answer, profile = _chat_sse(client, body)
                    assert answer.strip()
                    messages.append({"role": "assistant", "content": answer})
                    turns += 1
                text = " ".join(m["content"] for m in messages if m["role"] == "user")
                assert client.post("/v1/interpret", json={"text": text[:3900], "language": lang}).status_code == 200
                assert client.post("/v1/match", json={"text": text[:3900], "top": 3}).status_code == 200
    finally:
        server.stop()

    needles = [s for p in people for s in p.all()]
    assert turns == CONVERSATIONS * 3
    # Not vacuous: the LLM was really called, the server really logged.
    chat_calls = llm_server.chat_calls()
    assert len(chat_calls) >= CONVERSATIONS  # some turns are answered by a policy question without the LLM
    logs = server.output()
    assert '"event"' in logs and "chat" in logs

    run.assert_no_canary(needles, llm_server.received_text())
