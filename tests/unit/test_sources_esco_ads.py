"""ESCO and job-ad sources on the real shared data."""
from __future__ import annotations

import json
from collections import Counter

from ingest.sources._common import redact_contacts
from ingest.sources.ads import AdsSource
from ingest.sources.esco import EscoSource
from tests._data_copy import data_copy
from vagledning.domain.documents import Document, Kind, MalformedRecord


def test_esco_counts(source_documents):
    esco_docs = source_documents(EscoSource)
    kinds = Counter(d.kind for d in esco_docs if isinstance(d, Document))
    assert kinds[Kind.esco_occupation] == 3007
    assert kinds[Kind.esco_skill] == 13896


def test_esco_nurse(source_documents):
    esco_docs = source_documents(EscoSource)
    nurse = next(d for d in esco_docs if isinstance(d, Document) and d.title == "nurse responsible for general care")
    assert nurse.kind == Kind.esco_occupation and nurse.language == "en"
    assert nurse.id.startswith("esco:occupation:") and nurse.concept_id.startswith("http://data.europa.eu/esco/occupation/")
    assert nurse.url == nurse.concept_id
    assert nurse.metadata["isco_code"] == "2221"
    assert nurse.metadata["regulated"] is True
    assert nurse.aliases and all("\n" not in a for a in nurse.aliases)
    assert "CC BY 4.0" in nurse.licence


def test_esco_skill_metadata(source_documents):
    esco_docs = source_documents(EscoSource)
    skill = next(d for d in esco_docs if isinstance(d, Document) and d.kind == Kind.esco_skill)
    assert skill.metadata["skill_type"] in {"skill/competence", "knowledge"}
    assert "reuse_level" in skill.metadata


def test_esco_bad_csv_row(data_dir, tmp_path):
    real = (data_dir / "esco/v1.1.1/occupations_en.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    header = real[0]
    broken = header + '"Occupation","http://data.europa.eu/esco/occupation/x","2221"\n'
    root = data_copy(data_dir, tmp_path / "d", {"esco/v1.1.1/occupations_en.csv": broken})
    out = list(EscoSource().documents(root))
    bad = [d for d in out if isinstance(d, MalformedRecord)]
    assert len(bad) == 1 and bad[0].locator.startswith("occupations_en.csv:")
    assert sum(1 for d in out if isinstance(d, Document) and d.kind == Kind.esco_skill) == 13896


def test_ad_counts_and_shapes(source_documents):
    ads = source_documents(AdsSource)
    assert all(isinstance(d, Document) and d.kind == Kind.ad for d in ads)
    shapes = Counter(d.metadata["ad_source"] for d in ads)
    assert shapes == {"scraped-2020": 100, "auranest-2019": 10, "platsbanken-2019": 10, "jobsearch": 1}
    assert all(len(d.text) <= 4010 and "<" not in d.text[:50] for d in ads)


def test_jobsearch_ad_metadata(source_documents):
    ads = source_documents(AdsSource)
    ad = next(d for d in ads if d.id == "ad:28746073")
    assert ad.url == "https://arbetsformedlingen.se/platsbanken/annonser/28746073"
    assert ad.metadata["occupation_ids"] == ["32bC_YdL_JtU"]
    assert ad.metadata["ssyk_id"] == "mp2Y_vyC_RFV" and ad.metadata["ssyk_code"] == "2149"
    assert ad.metadata["region_ids"] == ["CifL_Rzy_Mku"] and ad.metadata["municipality_ids"] == ["AvNB_uwa_6n6"]
    assert ad.metadata["date"] == "2024-04-24" and ad.metadata["employer"] == "Volvo Personvagnar AB"


def test_legacy_ads_resolve_places(source_documents):
    ads = source_documents(AdsSource)
    linkoping = next(d for d in ads if d.metadata.get("place") == "Linköping" and d.metadata["ad_source"] == "auranest-2019")
    assert linkoping.metadata["region_ids"] == ["oLT3_Q9p_3nn"]  # Östergötlands län
    pb = [d for d in ads if d.metadata["ad_source"] == "platsbanken-2019"]
    assert all(d.metadata.get("ssyk_code") == "2512" for d in pb if d.metadata.get("ssyk_id") == "DJh5_yyF_hEM")


def test_no_contact_details_stored(source_documents):
    ads = source_documents(AdsSource)
    import re

    for d in ads:
        assert not re.search(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", d.text), d.id
        assert not re.search(r"\b07\d[-\s]?\d{3}\s?\d{2}\s?\d{2}\b", d.text), d.id
    assert sum("[telefon borttagen]" in d.text or "[e-post borttagen]" in d.text for d in ads) >= 5


def test_redact_keeps_dates_and_money():
    text = "Ring 070-123 45 67 eller mejla anna.b@firma.se. Publicerad 14-04-2020. Lön 30 000 kr. Org.nr 556726-4758."
    out = redact_contacts(text)
    assert "070" not in out and "@" not in out
    assert "14-04-2020" in out and "30 000" in out and "556726-4758" in out


def test_malformed_scraped_ad(data_dir, tmp_path):
    records = json.loads((data_dir / "ads/scraped_jobpostings_2020_sample100.json").read_text(encoding="utf-8"))
    records = records[:2] + [{"id": 1, "originalJobPosting": {"description": "no title"}}, "junk"]
    root = data_copy(data_dir, tmp_path / "d", {"ads/scraped_jobpostings_2020_sample100.json": json.dumps(records)})
    out = list(AdsSource().documents(root))
    bad = [d for d in out if isinstance(d, MalformedRecord)]
    assert [b.locator for b in bad] == ["scraped_jobpostings_2020_sample100.json#2", "scraped_jobpostings_2020_sample100.json#3"]
    assert len([d for d in out if isinstance(d, Document)]) == 2 + 10 + 10 + 1
