"""Server mode: the same ingest and search against a real `chroma run` on 127.0.0.1."""
from __future__ import annotations

import pytest

from ingest.pipeline import run_ingest
from retrieval.embeddings import FakeEmbedder
from retrieval.errors import StoreError
from retrieval.runtime import clear_runtimes, open_runtime
from tests.chroma_server import chroma_server, free_port
from tests.integration.test_store_pipeline import OccupationSubset
from vagledning.settings import Settings

pytestmark = pytest.mark.chroma_server


def test_ingest_and_search_through_chroma_server(tmp_path, data_dir):
    with chroma_server(tmp_path / "chroma-data") as (host, port, _):
        settings = Settings(data_dir=data_dir, store_dir=tmp_path / "local", chroma_host=host, chroma_port=port,
                            embedder="fake")
        src = OccupationSubset(data_dir, n=120)
        first = run_ingest(settings, sources=[src], embedder=FakeEmbedder(), relations=False)
        assert first.kinds[0].added == 120
        again = run_ingest(settings, sources=[OccupationSubset(data_dir, n=120)], embedder=FakeEmbedder(),
                           relations=False)
        assert again.kinds[0].unchanged == 120 and again.kinds[0].added == 0
        clear_runtimes()
        rt = open_runtime(settings, embedder=FakeEmbedder())
        label = src.concepts[7]["preferred_label"]
        assert rt.search.search(label, "occupation", 3)[0].title == label
        # nothing was written to the embedded store location
        assert not (tmp_path / "local" / "chroma").exists()


def test_unreachable_chroma_server_is_a_clear_error(tmp_path, data_dir):
    settings = Settings(data_dir=data_dir, store_dir=tmp_path / "s", chroma_host="127.0.0.1", chroma_port=free_port(),
                        embedder="fake")
    clear_runtimes()
    with pytest.raises(StoreError, match="vector store"):
        run_ingest(settings, sources=[OccupationSubset(data_dir, n=5)], embedder=FakeEmbedder(), relations=False)
