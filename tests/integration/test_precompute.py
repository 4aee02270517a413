"""Per-occupation results precomputed at ingest (ingest/precompute.py, read by retrieval/precomputed.py).

A turn on a new text used to embed each suggested occupation's labels and search courses,
programmes and ads on first use. Ingest now stores those results; these tests hold that what a
turn reads is exactly what it would have computed live (same hits, same similarities, same order),
that the step is idempotent and resumable, and that a stale file is never used.
"""
from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from ingest.precompute import precompute
from retrieval.education import fitting_education, search_one
from retrieval.precomputed import Precomputed, ads_live, example_ads, precomputed_for

pytestmark = pytest.mark.slow


def _sample(rt, n: int = 24) -> list:
    """Occupations of different SSYK groups, spread over the taxonomy (deterministic)."""
    rel = rt.relations
    ids = [r["id"] for r in rel._all("SELECT id FROM occupations ORDER BY id")]
    out, groups = [], set()
    for oid in ids[:: max(1, len(ids) // (n * 3))]:
        occ = rel.occupation(oid)
        if occ is not None and occ.ssyk_code not in groups:
            groups.add(occ.ssyk_code)
            out.append(occ)
        if len(out) >= n:
            break
    return out


def _live(rt, occ):
    return fitting_education(rt, occ.label, occ.ssyk_label, occ.ssyk_code,
                             run=lambda q, kind, top, flt: search_one(rt, q, kind, top, **flt))


def _same(a, b) -> None:
    # The snippet is the text of whichever of a document's entries the dense search met first; for
    # ties Chroma's order differs between processes (seen: the same programme, the same similarity,
    # another of its passages), so the snippet is held to be a passage of that document, not the same one.
    assert [(k, h.doc_id, h.similarity, h.title, h.url, h.metadata) for k, h in a] == \
        [(k, h.doc_id, h.similarity, h.title, h.url, h.metadata) for k, h in b]
    assert all(h.snippet for _, h in a) and all(h.snippet for _, h in b)


def test_ingest_stores_what_a_turn_would_compute_live(real_runtime):
    rt = real_runtime
    pre = precomputed_for(rt)
    assert pre is not None and pre.current("education") and pre.current("ads")
    courses = 0
    for occ in _sample(rt):
        stored = fitting_education(rt, occ.label, occ.ssyk_label, occ.ssyk_code)
        _same(stored, _live(rt, occ))
        courses += sum(1 for k, _ in stored if k == "course")
        if occ.ssyk_code:
            got = example_ads(rt, occ.label, occ.ssyk_code)
            want = ads_live(rt, occ.label, occ.ssyk_code)
            assert [(h.doc_id, h.similarity) for h in got] == [(h.doc_id, h.similarity) for h in want]
    assert courses > 0   # the sample reaches courses, so the comparison is not vacuous
    acts = rt.relations.interest_activities()
    if acts:
        texts = [a.activity for a in acts]
        stored_vecs = pre.activity_vectors(texts)
        assert len(stored_vecs) == len(set(texts))
        live = rt.embedder.embed_passages(texts)
        assert np.array_equal(np.stack([stored_vecs[t] for t in texts]), live)


def test_precompute_is_resumable_idempotent_and_refuses_stale_results(real_runtime, real_settings, tmp_path):
    rt = real_runtime
    only = {o.id for o in _sample(rt, 12)}
    clean = tmp_path / "clean.sqlite"
    first = precompute(real_settings, rt.store, rt.embedder, real_settings.store_dir, path=clean, only=only, batch=4)
    assert first["education"]["computed"] == len(only)

    # Killed after the first committed batch, then run again: it finishes what is missing only.
    class Stop(Exception):
        pass

    def stop(section, done, total):
        if section == "precompute education" and done < total:
            raise Stop

    killed = tmp_path / "killed.sqlite"
    with pytest.raises(Stop):
        precompute(real_settings, rt.store, rt.embedder, real_settings.store_dir, path=killed, only=only, batch=4,
                   progress=stop)
    again = precompute(real_settings, rt.store, rt.embedder, real_settings.store_dir, path=killed, only=only, batch=4)
    assert again["education"]["computed"] == len(only) - 4

    def rows(path):
        with sqlite3.connect(path) as db:
            return sorted(db.execute("SELECT section, key, hits FROM results"))

    assert rows(killed) == rows(clean)
    # Nothing changed: nothing is recomputed.
    third = precompute(real_settings, rt.store, rt.embedder, real_settings.store_dir, path=killed, only=only)
    assert third["education"]["computed"] == 0 and third["ads"]["computed"] == 0
    assert third["activities"]["computed"] == 0

    # A file written for other store generations (or other code) is not read: computed live instead.
    with sqlite3.connect(killed) as db:
        db.execute("UPDATE meta SET value = 'other' WHERE key = 'fp_education'")
    reader = Precomputed(killed, rt.store.read_meta, rt.embedder.name)
    assert not reader.current("education") and reader.current("ads")
    assert reader.hits("education", '["x", null, null]') is None
    # ... and the next ingest recomputes it.
    fourth = precompute(real_settings, rt.store, rt.embedder, real_settings.store_dir, path=killed, only=only)
    assert fourth["education"]["computed"] == len(only) and fourth["ads"]["computed"] == 0
    assert rows(killed) == rows(clean)
