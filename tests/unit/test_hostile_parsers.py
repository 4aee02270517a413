"""Property tests for the parsers that read untrusted lines and records.

* ``vagledning.cli_io.read_jsonl`` (stdin of ``search/interpret/match --jsonl``): any line —
  arbitrary text, arbitrary JSON, 100,000-level nesting, NUL bytes — becomes either an object
  or an error message for that line; it never raises and never stops the batch.
* The job-ad source on mutated real records (values replaced by arbitrary JSON, keys deleted):
  every record becomes a Document or a MalformedRecord; the parser never raises.

(Redaction has its own property tests in tests/unit/test_privacy.py.)
"""
from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vagledning.cli_io import read_jsonl
from vagledning.domain.documents import Document, MalformedRecord

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
LINES = st.one_of(
    st.text(max_size=200),
    JSON_VALUES.map(lambda v: json.dumps(v)),
    st.fixed_dictionaries({"id": JSON_VALUES, "query": JSON_VALUES}).map(json.dumps),
    st.integers(1, 200_000).map(lambda n: "[" * n),
    st.integers(1, 200_000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50).map(lambda t: json.dumps({"id": 1, "query": t})),
    st.just('{"id": "1", "query": "a\\u0000b"}'),
)


@SETTINGS
@given(lines=st.lists(LINES, min_size=1, max_size=8))
def test_read_jsonl_never_raises_and_reports_every_line(lines):
    good = '{"id": "last", "query": "truckförare"}'
    stream = io.StringIO("\n".join([*[line.replace("\n", " ").replace("\r", " ") for line in lines], good]) + "\n")
    out = list(read_jsonl(stream, "query"))
    assert out[-1][1] == {"id": "last", "query": "truckförare"}  # the batch went on to the end
    for _no, obj, err in out:
        assert (obj is None) != (err is None)
        if obj is not None:
            assert isinstance(obj, dict) and isinstance(obj["query"], str)
        else:
            assert isinstance(err, str) and len(err) < 300


def test_read_jsonl_deep_nesting_is_a_line_error():
    stream = io.StringIO("[" * 100_000 + "\n" + '{"id": 1, "query": "kock"}\n')
    out = list(read_jsonl(stream, "query"))
    assert out[0][1] is None and out[0][2]
    assert out[1][1] == {"id": 1, "query": "kock"}


# ---------------------------------------------------------------- ingest: ads on mutated records

@pytest.fixture(scope="module")
def ads_material(data_dir):
    from ingest.sources.ads import JOBSEARCH, SCRAPED, AdsSource, Resolver

    jobsearch = json.loads((data_dir / JOBSEARCH).read_text(encoding="utf-8"))
    scraped = json.loads((data_dir / SCRAPED).read_text(encoding="utf-8"))[:5]
    return AdsSource(), Resolver(Path(data_dir)), jobsearch, scraped


def _paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj[:3]):
            yield from _paths(v, (*prefix, i))


def _mutate(record, data):
    rec = copy.deepcopy(record)
    paths = [p for p in _paths(rec) if p]
    for _ in range(data.draw(st.integers(1, 6))):
        if not paths:
            break
        path = data.draw(st.sampled_from(paths))
        parent = rec
        try:
            for key in path[:-1]:
                parent = parent[key]
            if data.draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = data.draw(JSON_VALUES)
        except (KeyError, IndexError, TypeError):
            continue
    return rec


@SETTINGS
@given(data=st.data())
def test_ad_parsers_survive_mutated_records(ads_material, data):
    source, resolver, jobsearch, scraped = ads_material
    ad = _mutate(jobsearch, data)
    out = list(source._jobsearch(ad, resolver, "mutated.json"))
    out += list(source._scraped([_mutate(r, data) for r in scraped], resolver))
    assert out and all(isinstance(x, Document | MalformedRecord) for x in out)
