"""Performance-only changes of speed20 keep their results: a sentence asked twice in one message whether it names
an occupation is searched once, and a served worker's warm-up builds the curated tables a first turn would otherwise
build (api/warmup.warm_tables)."""
from __future__ import annotations

from assistant.interpretation import linking, wishes


def test_a_sentence_is_searched_once_per_message(monkeypatch):
    calls: list[str] = []

    def link(statement, focus, rt, **kw):
        calls.append(statement)
        return [linking.Link("x", "Bussförare", "occupation", 0.95, "lexicon")]

    monkeypatch.setattr(linking, "link_occupations", link)
    memo: dict = {}
    assert wishes._names_occupation("jag vill köra buss", None, curated=True, memo=memo)
    assert wishes._names_occupation("jag vill köra buss", None, curated=True, memo=memo)
    assert calls == ["jag vill köra buss"]
    # (without a memo, as before: each call searches)
    assert wishes._names_occupation("jag vill köra buss", None, curated=True)
    assert len(calls) == 2


def test_warm_tables_builds_the_cue_tables():
    from api.warmup import warm_tables
    from assistant.interpretation.cues import load_cues

    assert warm_tables(("assistant.interpretation",)) > 20
    assert load_cues.cache_info().currsize == 1
