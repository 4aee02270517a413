"""Citable labour-market documents per SSYK group: job ads in 2024 per region, and salary.

One claim, one source: the ad counts (JobTech's historical ads) are one document
(``stats:ssyk:<ssyk-level-4 id>``, url = the ads dataset) and the salary (SCB's wage statistics)
another (``stats:salary:<ssyk-level-4 id>``, url = SCB's salary statistics), so a salary sentence
cites SCB's document and a demand sentence the ad statistics, each with a text that holds the
numbers cited. The figures also live in the relations DB for exact lookups.
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
ADS_LICENCE = "JobTech historical ads 2024 (open data), counted per SSYK group and region, via androjon/yrkesinfo"
SALARY_LICENCE = ("Presumably SCB wage statistics (p10/median/p90; percentiles and year undocumented), via "
                  "androjon/yrkesinfo; repository licence: none stated")
SALARY_PREFIX = "stats:salary:"


def _sek(value: str) -> int | None:
    try:
        return int(str(value).replace(" ", "").replace("\u00a0", ""))
    except ValueError:
        return None


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", " ")


class SsykStatisticsSource:
    """Kind ``statistics``: per ssyk-level-4 group, one document with the ad counts and one with the salary."""

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
            head = f"{label} (SSYK {code})." if code else f"{label}."
            meta: dict = {"ssyk_id": sid, "ssyk_code": code, "ssyk_label": label}
            if isinstance(national, int):
                lines = [head, f"Platsannonser 2024 i hela Sverige: {_fmt(national)}.",
                         "Per län: " + "; ".join(f"{n}: {_fmt(c)}" for n, c in regional) + "."]
                ads_meta = {**meta, "ads_2024_national": national,
                            "ad_counts_json": json.dumps({r: n for r, n in per.items()}, sort_keys=True)}
                yield Document(id=f"stats:ssyk:{sid}", kind=Kind.statistics, concept_id=sid,
                               title=f"Platsannonser 2024: {label}", text=" ".join(lines), language="sv",
                               url=ADS_URL, source=self.name, licence=ADS_LICENCE,
                               metadata={k: v for k, v in ads_meta.items() if v is not None})
            if median is not None:
                pay = (f"Månadslön: {_fmt(low)} kr (låg), {_fmt(median)} kr (median), {_fmt(high)} kr (hög)."
                       if low and high else f"Medianlön: {_fmt(median)} kr per månad.")
                salary_meta = {**meta, "salary_low": low, "salary_median": median, "salary_high": high}
                yield Document(id=f"{SALARY_PREFIX}{sid}", kind=Kind.statistics, concept_id=sid,
                               title=f"Lönestatistik (SCB): {label}", text=f"{head} {pay}", language="sv",
                               url=SALARY_URL, source=self.name, licence=SALARY_LICENCE,
                               metadata={k: v for k, v in salary_meta.items() if v is not None})

    def write_relations(self, data_dir: Path, db) -> None:
        """Nothing: the labour_market source writes the tables these documents summarise."""
