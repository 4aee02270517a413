"""Citable labour-market documents, one per SSYK group: job ads in 2024 per region and salary.

The figures also live in the relations DB for exact lookups; as documents in the store they
can be retrieved and cited like any other source (id ``stats:ssyk:<ssyk-level-4 id>``).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ingest.sources._common import SWEDEN_ID, concepts, load_json, require_dir
from retrieval.ssyk_codes import code_for_label
from vagledning.domain.documents import Document, Kind, MalformedRecord

ADS_URL = "https://data.jobtechdev.se/annonser/historiska/index.html"
SALARY_URL = "https://www.scb.se/hitta-statistik/statistik-efter-amne/arbetsmarknad/loner-och-arbetskostnader/"
LICENCE = ("Ad counts: JobTech historical ads 2024 (open data), via androjon/yrkesinfo; salaries: presumably SCB "
           "wage statistics (p10/median/p90), via androjon/yrkesinfo; repository licence: none stated")


def _sek(value: str) -> int | None:
    try:
        return int(str(value).replace(" ", "").replace("\u00a0", ""))
    except ValueError:
        return None


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", " ")


class SsykStatisticsSource:
    """Kind ``statistics``: one document per ssyk-level-4 group with ad counts and salary."""

    name = "ssyk_statistics"
    kinds: tuple[Kind, ...] = (Kind.statistics,)

    def documents(self, data_dir: Path) -> Iterator[Document | MalformedRecord]:
        root = require_dir(Path(data_dir))
        groups = concepts(load_json(root / "taxonomy" / "ssyk_level_4.json"))
        regions = {rid: name for name, rid in load_json(root / "taxonomy" / "regions.json").items()}
        counts = load_json(root / "labour_market" / "ad_counts_2024_by_ssyk_region.json")
        salaries = load_json(root / "labour_market" / "ssyk_salary.json")
        for g in groups:
            sid, label = g.get("id"), g.get("preferred_label")
            if not sid or not label:
                yield MalformedRecord(source=self.name, locator=f"ssyk_level_4.json id={sid}", reason="missing id/label")
                continue
            code = code_for_label(label)
            per = counts.get(sid) or {}
            national = per.get(SWEDEN_ID)
            regional = sorted(((regions.get(r, r), n) for r, n in per.items() if r != SWEDEN_ID and isinstance(n, int)),
                              key=lambda x: -x[1])
            sal = salaries.get(code) if code else None
            low, median, high = (_sek(x) for x in sal) if isinstance(sal, list) and len(sal) == 3 else (None,) * 3
            if national is None and median is None:
                continue
            lines = [f"{label} (SSYK {code})." if code else f"{label}."]
            meta: dict = {"ssyk_id": sid, "ssyk_code": code, "ssyk_label": label}
            if isinstance(national, int):
                lines.append(f"Platsannonser 2024 i hela Sverige: {_fmt(national)}.")
                lines.append("Per län: " + "; ".join(f"{n}: {_fmt(c)}" for n, c in regional) + ".")
                meta["ads_2024_national"] = national
                meta["ad_counts_json"] = json.dumps({r: n for r, n in per.items()}, sort_keys=True)
            if median is not None:
                lines.append(f"Månadslön: {_fmt(low)} kr (låg), {_fmt(median)} kr (median), {_fmt(high)} kr (hög)."
                             if low and high else f"Medianlön: {_fmt(median)} kr per månad.")
                meta.update({"salary_low": low, "salary_median": median, "salary_high": high})
            yield Document(id=f"stats:ssyk:{sid}", kind=Kind.statistics, concept_id=sid,
                           title=f"Arbetsmarknad: {label}", text=" ".join(lines), language="sv",
                           url=ADS_URL if isinstance(national, int) else SALARY_URL,
                           source=self.name, licence=LICENCE, metadata={k: v for k, v in meta.items() if v is not None})

    def write_relations(self, data_dir: Path, db) -> None:
        """Nothing: the labour_market source writes the tables these documents summarise."""
