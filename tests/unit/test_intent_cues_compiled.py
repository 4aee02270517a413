"""The cue patterns are compiled once per process, not per question: ``has`` is called hundreds of times a turn,
and a lost cache (255b8dd) made every turn recompile all of intents.yaml – turns of seconds, a CI run past its limit."""
from __future__ import annotations

import re

from assistant import intent_cues


def test_cue_patterns_are_compiled_once_and_reused(monkeypatch):
    groups = intent_cues.group_names()[:50]
    for group in groups:  # the first calls compile (and read the YAML and the lexicon the title guard uses)
        intent_cues.has(group, "Vad tjänar en kock?")
    assert intent_cues.cues() is intent_cues.cues()
    compiled: list[str] = []

    class CountingRe:  # this module's `re`, counting what it compiles (other modules' patterns are theirs)
        def __getattr__(self, name):
            return getattr(re, name)

        def compile(self, pattern, flags=0):
            compiled.append(str(pattern)[:40])
            return re.compile(pattern, flags)

    monkeypatch.setattr(intent_cues, "re", CountingRe())
    texts = ["Vad tjänar en snickare?", "How much does a welder earn?", "كم راتب الممرضة؟", "Скільки заробляє зварник?"]
    for group in groups:
        for text in texts:
            intent_cues.has(group, text)
    assert compiled == [], f"{len(compiled)} patterns compiled again, e.g. {compiled[:3]}"
    assert intent_cues.has("salary", "Vad tjänar en kock?")
