"""Ingest pipeline + store + hybrid search on real taxonomy records, with a real embedded Chroma."""
from __future__ import annotations

import json

import pytest

from ingest.pipeline import run_ingest
from retrieval.embeddings import FakeEmbedder
from retrieval.errors import EmbedderMismatch, UnknownKind
from retrieval.runtime import clear_runtimes, open_runtime
from vagledning.domain.documents import Document, Kind, MalformedRecord
from vagledning.settings import Settings


class OccupationSubset:
    """A tiny source over the first N real occupation-name concepts (with job titles)."""

    name = "test_occupations"
    kinds = (Kind.occupation,)

    def __init__(self, data_dir, n=150, drop=(), rename=None, broken=0, fail_after=None):
        concepts = json.loads((data_dir / "taxonomy" / "occupation_names.json").read_text())["data"]["concepts"]
        self.concepts = concepts[:n]
        self.drop, self.rename, self.broken, self.fail_after = set(drop), rename or {}, broken, fail_after

    def documents(self, data_dir):
        for i, c in enumerate(self.concepts):
            if self.fail_after is not None and i == self.fail_after:
                raise KeyboardInterrupt  # simulates a kill half-way
            if c["id"] in self.drop:
                continue
            yield Document(id=f"jobtech:occupation-name:{c['id']}", kind=Kind.occupation, concept_id=c["id"],
                           title=self.rename.get(c["id"], c["preferred_label"]),
                           aliases=[t["preferred_label"] for t in c.get("title") or []],
                           url=f"https://example.test/{c['id']}", source="test", licence="test")
        for j in range(self.broken):
            yield MalformedRecord(source="test", locator=f"line {j}", reason="missing id")

    def write_relations(self, data_dir, db):
        pass


@pytest.fixture
def settings(tmp_path, data_dir):
    clear_runtimes()
    return Settings(data_dir=data_dir, store_dir=tmp_path / "store", embedder="fake")


def _run(settings, source):
    return run_ingest(settings, sources=[source], embedder=FakeEmbedder(), relations=False)


def _entries(settings):
    from retrieval.store import VectorStore, make_client

    store = VectorStore(make_client(settings), settings.collection_prefix)
    ids, texts, metas = store.all_entries("occupation")
    return sorted(zip(ids, texts, [m["doc_hash"] for m in metas]))


def test_ingest_then_reingest_is_noop(settings, data_dir):
    src = OccupationSubset(data_dir, broken=2)
    first = _run(settings, src)
    occ = first.kinds[0]
    assert occ.added == 150 and occ.updated == 0 and occ.removed == 0
    assert len(first.malformed) == 2
    again = _run(settings, OccupationSubset(data_dir))
    assert again.kinds[0].added == 0 and again.kinds[0].unchanged == 150 and again.kinds[0].entries_embedded == 0


def test_changed_and_vanished_documents(settings, data_dir):
    src = OccupationSubset(data_dir)
    _run(settings, src)
    victim, renamed = src.concepts[3]["id"], src.concepts[5]["id"]
    report = _run(settings, OccupationSubset(data_dir, drop=[victim], rename={renamed: "Helt nytt namn"}))
    k = report.kinds[0]
    assert (k.removed, k.updated, k.unchanged) == (1, 1, 148)
    ids = {e[0].split("#")[0] for e in _entries(settings)}
    assert f"jobtech:occupation-name:{victim}" not in ids
    clear_runtimes()
    rt = open_runtime(settings, embedder=FakeEmbedder())
    assert rt.search.search("Helt nytt namn", "occupation", 3)[0].concept_id == renamed


def test_interrupted_ingest_resumes_to_exactly_a_clean_run(settings, data_dir, tmp_path):
    from ingest import pipeline

    old = pipeline.DOC_BATCH
    pipeline.DOC_BATCH = 16
    try:
        # Kill after the 2nd written batch of documents.
        calls = {"n": 0}
        from retrieval.store import VectorStore

        real_upsert = VectorStore.upsert

        def dying_upsert(self, *a, **kw):
            calls["n"] += 1
            if calls["n"] == 3:
                raise KeyboardInterrupt
            return real_upsert(self, *a, **kw)

        VectorStore.upsert = dying_upsert
        with pytest.raises(KeyboardInterrupt):
            _run(settings, OccupationSubset(data_dir))
        VectorStore.upsert = real_upsert
        resumed = _run(settings, OccupationSubset(data_dir))
        assert resumed.kinds[0].unchanged > 0 and resumed.kinds[0].added > 0
        clean = Settings(data_dir=data_dir, store_dir=tmp_path / "clean", embedder="fake")
        _run(clean, OccupationSubset(data_dir))
        assert _entries(settings) == _entries(clean)
    finally:
        pipeline.DOC_BATCH = old


def test_mismatched_embedder_is_refused(settings, data_dir):
    _run(settings, OccupationSubset(data_dir, n=10))
    with pytest.raises(EmbedderMismatch, match="rebuild the store|Set VAGLEDNING_EMBEDDER"):
        run_ingest(settings, sources=[OccupationSubset(data_dir, n=10)], embedder=FakeEmbedder(dim=32),
                   relations=False)


def test_missing_data_dir_is_a_clear_error(tmp_path):
    from ingest.errors import DataDirMissing

    s = Settings(data_dir=tmp_path / "nope", store_dir=tmp_path / "store", embedder="fake")
    with pytest.raises(DataDirMissing, match="VAGLEDNING_DATA_DIR"):
        run_ingest(s, sources=[], embedder=FakeEmbedder(), relations=False)


def test_hybrid_search_finds_titles_and_aliases(settings, data_dir):
    src = OccupationSubset(data_dir, n=400)
    _run(settings, src)
    rt = open_runtime(settings, embedder=FakeEmbedder())
    some = next(c for c in src.concepts if c.get("title"))
    alias = some["title"][0]["preferred_label"]
    hits = rt.search.search(alias, "occupation", 5)
    assert some["id"] in [h.concept_id for h in hits[:3]]
    assert hits[0].to_contract().keys() >= {"id", "kind", "title", "score", "url"}
    with pytest.raises(UnknownKind):
        rt.search.search("x", "nope", 5)
    assert rt.search.search("   ", "occupation", 5) == []
