"""Labour-market relations (no documents): ad counts, salaries, labour flow, barometer, forecasts.

Files under labour_market/ (PROVENANCE.md, A and F):
- ad_counts_2024_by_ssyk_region.json: ssyk-level-4 id -> {region id / Sweden id -> ads in 2024}.
- ssyk_salary.json: SSYK code -> [low, median, high] monthly SEK as strings ("..": not published).
  Presumably SCB p10/median/p90; percentiles and year are not documented.
- ssyk_labour_flow.json: SSYK code -> codes people commonly move to (derivation undocumented).
- yrkesbarometer_regional.json and yrkesprognoser_*.csv: keyed by **forecast-occupation**
  concept ids (barometer/prognosis occupations). No file here links those ids to SSYK groups or
  occupation-names (the link exists only in the live Taxonomy API), so they are stored under
  their own ids and the ``forecast_ssyk`` table is left empty for a live connector to fill.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingest.sources._common import load_json, read_csv, require_dir
from vagledning.domain.documents import Document, Kind, MalformedRecord

FOLDER = Path("labour_market")


def _num(value: Any) -> float | None:
    """Swedish decimal comma -> float; '', '..' -> None."""
    if value is None:
        return None
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    num = _num(value)
    return int(num) if num is not None else None


class LabourMarketSource:
    """Relations only: ``ad_counts``, ``salaries``, ``labour_flow``, ``barometer``, ``forecasts``,
    ``forecast_history`` and the (offline empty) ``forecast_ssyk``."""

    name = "labour_market"
    kinds: tuple[Kind, ...] = ()

    def documents(self, data_dir: Path) -> Iterator[Document | MalformedRecord]:
        """No documents: this source only writes relations."""
        require_dir(Path(data_dir))
        return iter(())

    def write_relations(self, data_dir: Path, db: Any) -> None:
        """Write all labour-market tables (each replaced in one transaction)."""
        folder = require_dir(Path(data_dir)) / FOLDER
        counts = load_json(folder / "ad_counts_2024_by_ssyk_region.json")
        db.replace_ad_counts((sid, rid, n) for sid, per in counts.items() if isinstance(per, dict)
                             for rid, n in per.items() if isinstance(n, int))
        salary = load_json(folder / "ssyk_salary.json")
        db.replace_salaries((code, *[_int(v) for v in vals[:3]]) for code, vals in salary.items()
                            if isinstance(vals, list) and len(vals) >= 3)
        flow = load_json(folder / "ssyk_labour_flow.json")
        db.replace_labour_flow((code, rank, to) for code, tos in flow.items() if isinstance(tos, list)
                               for rank, to in enumerate(tos) if isinstance(to, str))
        barometer = load_json(folder / "yrkesbarometer_regional.json")
        db.replace_barometer((fid, rid, v[0] if len(v) > 0 else None, v[1] if len(v) > 1 else None)
                             for fid, per in barometer.items() if isinstance(per, dict)
                             for rid, v in per.items() if isinstance(v, list))
        db.replace_forecasts(self._forecast_rows(folder / "yrkesprognoser_bedomning.csv"))
        db.replace_forecast_history(
            (r["conceptidprognosyrke"], _int(r["ar"]), _num(r.get("antalEFT")), _num(r.get("antalPEN")),
             _num(r.get("antalTILL")), _num(r.get("antalEFTprognos")), _num(r.get("antalTILLprognos")),
             _num(r.get("antalPENprognos")))
            for _, r, _e in read_csv(folder / "yrkesprognoser_historik.csv", delimiter=";")
            if r and r.get("conceptidprognosyrke") and _int(r.get("ar")) is not None)
        db.replace_forecast_ssyk([])  # filled by a live Taxonomy connector; nothing offline links them

    @staticmethod
    def _forecast_rows(path: Path) -> Iterator[dict[str, Any]]:
        main = {"conceptidprognosyrke", "fa15nr", "bedömning24", "bedömning26", "yrkesverksamma_antal",
                "andel_kvinnor", "andel_män"}
        for _, r, _e in read_csv(path, delimiter=";"):
            if not r or not r.get("conceptidprognosyrke") or _int(r.get("fa15nr")) is None:
                continue
            extra = {k: _num(v) for k, v in r.items() if k not in main and _num(v) is not None}
            yield {"forecast_id": r["conceptidprognosyrke"], "fa_region": _int(r["fa15nr"]),
                   "assessment_2024": _num(r.get("bedömning24")), "assessment_2026": _num(r.get("bedömning26")),
                   "employed": _int(r.get("yrkesverksamma_antal")), "share_women": _num(r.get("andel_kvinnor")),
                   "share_men": _num(r.get("andel_män")), "extra": json.dumps(extra, ensure_ascii=False)}
