"""JobTech taxonomy and AF occupation-info sources on the real shared data."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from ingest.errors import DataDirMissing
from ingest.sources import FILE_SOURCES, sources_for_kinds
from ingest.sources.jobtech_taxonomy import JobTechTaxonomySource, clean_definition
from ingest.sources.occupation_info import OccupationInfoSource
from tests._data_copy import data_copy
from vagledning.domain.documents import Document, Kind, MalformedRecord


def test_counts_per_kind(source_documents):
    taxonomy_docs = source_documents(JobTechTaxonomySource)
    kinds = Counter(d.kind for d in taxonomy_docs if isinstance(d, Document))
    assert kinds[Kind.occupation] == 2819
    assert kinds[Kind.ssyk] == 400
    assert kinds[Kind.occupation_field] == 21
    assert 5000 < kinds[Kind.skill] < 6000
    assert kinds[Kind.skill_headline] == 53
    assert not [d for d in taxonomy_docs if isinstance(d, MalformedRecord)]


def test_truckforare(source_documents):
    taxonomy_docs = source_documents(JobTechTaxonomySource)
    doc = next(d for d in taxonomy_docs if isinstance(d, Document) and d.kind == Kind.occupation and d.title == "Truckförare")
    assert doc.id == f"jobtech:occupation-name:{doc.concept_id}"
    assert doc.metadata["ssyk_code"] == "8344"
    assert doc.metadata["ssyk_label"] == "Truckförare"
    assert doc.metadata["field_label"] == "Transport, distribution, lager"
    assert "Gaffeltruckförare" in doc.aliases and "Truckförare" not in doc.aliases
    assert len(doc.aliases) == len({a.casefold() for a in doc.aliases})
    assert not doc.text.startswith("Yrkesbeskrivning som följer")
    assert doc.url == f"https://atlas.jobtechdev.se/taxonomy/{doc.concept_id}"
    assert doc.language == "sv" and "none stated" in doc.licence


def test_every_ssyk_group_has_a_code(source_documents):
    taxonomy_docs = source_documents(JobTechTaxonomySource)
    ssyk = [d for d in taxonomy_docs if isinstance(d, Document) and d.kind == Kind.ssyk]
    assert all(len(d.metadata.get("ssyk_code", "")) == 4 for d in ssyk)


def test_skill_description_marked_unverified(source_documents):
    taxonomy_docs = source_documents(JobTechTaxonomySource)
    skills = [d for d in taxonomy_docs if isinstance(d, Document) and d.kind == Kind.skill]
    with_text = [d for d in skills if d.text]
    assert len(with_text) > 4000
    assert all(d.metadata["description_source"].startswith("llm-generated") for d in with_text)
    assert any(d.metadata["green"] for d in skills) and any(d.metadata["digital"] for d in skills)


def test_clean_definition():
    assert clean_definition("Ingen information tillgänglig") == ("", None)
    text, src = clean_definition("Yrkesbeskrivning som följer är hämtad från relaterat ESCO-yrke: Truckförare kör.")
    assert (text, src) == ("Truckförare kör.", "esco-sv")


def test_descriptions(data_dir):
    docs = list(OccupationInfoSource().documents(data_dir))
    assert len(docs) == 335 and all(isinstance(d, Document) for d in docs)
    advokat = next(d for d in docs if d.concept_id == "tQFo_jhD_UXT")
    assert advokat.id == "af:description:tQFo_jhD_UXT"
    assert advokat.title == "Advokat – yrkesbeskrivning"
    assert "Utbildningskrav:" in advokat.text
    assert advokat.metadata["occupation_ids"] == ["tQFo_jhD_UXT"]


def test_malformed_occupation_is_reported_not_raised(data_dir, tmp_path):
    payload = json.loads((data_dir / "taxonomy/occupation_names.json").read_text(encoding="utf-8"))
    payload["data"]["concepts"] = payload["data"]["concepts"][:3] + [{"id": "bad1_xxx_xxx"}]
    root = data_copy(data_dir, tmp_path / "data", {"taxonomy/occupation_names.json": json.dumps(payload)})
    out = list(JobTechTaxonomySource().documents(root))
    bad = [d for d in out if isinstance(d, MalformedRecord)]
    assert len(bad) == 1 and "occupation_names.json#3" in bad[0].locator
    assert sum(1 for d in out if isinstance(d, Document) and d.kind == Kind.occupation) == 3


def test_missing_data_dir_and_file(tmp_path):
    with pytest.raises(DataDirMissing, match="nope"):
        list(JobTechTaxonomySource().documents(tmp_path / "nope"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataDirMissing, match="occupation_names.json"):
        list(JobTechTaxonomySource().documents(tmp_path / "empty"))


def test_registry():
    names = [s.name for s in FILE_SOURCES]
    assert len(names) == len(set(names))
    assert [s.name for s in sources_for_kinds([Kind.ad])] == ["job_ads"]
    assert {s.name for s in sources_for_kinds(["occupation", "esco_skill"])} == {"jobtech_taxonomy", "esco"}
