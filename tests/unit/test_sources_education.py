"""AUB course, YH programme and labour-market sources on the real shared data."""
from __future__ import annotations

import pytest

from ingest.errors import DataDirMissing
from ingest.sources.aub_courses import AubCoursesSource
from ingest.sources.labour_market import LabourMarketSource
from ingest.sources.yh_programmes import YhProgrammesSource
from tests._data_copy import data_copy
from vagledning.domain.documents import Document, Kind, MalformedRecord

MALMO, SKANE = "oYPt_yRA_Smm", "CaRE_1nn_cSU"


def test_courses(data_dir):
    docs = list(AubCoursesSource().documents(data_dir))
    courses = [d for d in docs if isinstance(d, Document)]
    assert not [d for d in docs if isinstance(d, MalformedRecord)]
    assert 700 < len(courses) < 1185  # 1,185 listings, merged across SSYK codes
    assert len({d.id for d in courses}) == len(courses)
    assert all(d.kind == Kind.course and d.id.startswith("course:") for d in courses)
    assert all(len(c) == 4 and c.isdigit() for d in courses for c in d.metadata["ssyk_codes"])
    malmo = [d for d in courses if d.metadata.get("place") == "Malmö"]
    assert malmo and all(d.metadata["region_ids"] == [SKANE] for d in malmo)


def test_programmes(data_dir):
    docs = list(YhProgrammesSource().documents(data_dir))
    progs = [d for d in docs if isinstance(d, Document)]
    assert len(progs) == 344  # Beslut == "Beviljad" only
    spel = next(d for d in progs if d.id == "yh:myh-2024-3852")
    assert spel.title == "Spelprogrammerare"
    assert spel.metadata["municipality_ids"] == [MALMO] and spel.metadata["region_ids"] == [SKANE]
    assert spel.metadata["yh_points"] == 550 and spel.metadata["seqf"] == 5 and spel.metadata["sun5_code"] == "481ab"
    assert "550 YH-poäng" in spel.text and "Malmö" in spel.text
    assert spel.url.startswith("https://www.yrkeshogskolan.se/")
    multi = [d for d in progs if len(d.metadata.get("municipality_ids", [])) > 1]
    assert multi, "programmes in several municipalities take them from the flera_kommuner sheet"
    assert all(d.metadata.get("region_ids") for d in progs)


def test_programme_bad_row(data_dir, tmp_path):
    src = (data_dir / "education/myh_yh_ansokningsomgang_2024_alla_beslut.csv").read_text(encoding="utf-8").splitlines()
    lines = [src[0]] + [ln for ln in src[1:] if ",Beviljad," in ln][:2] + ["just,three,cells"]
    root = data_copy(data_dir, tmp_path / "d", {"education/myh_yh_ansokningsomgang_2024_alla_beslut.csv": "\n".join(lines) + "\n"})
    out = list(YhProgrammesSource().documents(root))
    assert len([d for d in out if isinstance(d, Document)]) == 2
    bad = [d for d in out if isinstance(d, MalformedRecord)]
    assert len(bad) == 1 and "cells" in bad[0].reason


def test_labour_market_has_no_documents_and_needs_files(data_dir, tmp_path):
    assert list(LabourMarketSource().documents(data_dir)) == []
    root = data_copy(data_dir, tmp_path / "d", drop=("labour_market/ssyk_salary.json",))

    class Sink:
        def __getattr__(self, name):
            return lambda rows: list(rows)

    with pytest.raises(DataDirMissing, match="ssyk_salary.json"):
        LabourMarketSource().write_relations(root, Sink())
