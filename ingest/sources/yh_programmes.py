"""Yrkeshögskolan (YH) programmes granted in MYH's 2024 application round.

Files: education/myh_yh_ansokningsomgang_2024_alla_beslut.csv (one row per application) and
..._flera_kommuner.csv (the municipalities of programmes run in several). Only rows with
Beslut == "Beviljad" become documents. Official statistics of Myndigheten för yrkeshögskolan,
converted from xlsx (PROVENANCE.md, E). The programme has no public page id in the data, so the
URL is a yrkeshogskolan.se search for its name.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

from ingest.sources._common import read_csv, require_dir, slug
from ingest.sources.base import PlacedRecordsSource
from ingest.sources.geography import Geography
from vagledning.domain.documents import Document, Kind, MalformedRecord, jsonable_meta

ALL = Path("education/myh_yh_ansokningsomgang_2024_alla_beslut.csv")
MULTI = Path("education/myh_yh_ansokningsomgang_2024_flera_kommuner.csv")
LICENCE = ("Myndigheten för yrkeshögskolan, official statistics 'Resultat ansökningsomgång 2024'; "
           "via vdnghia03/Kafka_demo, repository licence: none stated")
SEARCH_URL = "https://www.yrkeshogskolan.se/hitta-utbildning/sok/?q={q}"
REQUIRED = ("Utbildningsnamn", "Beslut", "Diarienummer")


def _int(value: str | None) -> int | None:
    try:
        return int(str(value).strip().replace(" ", "").replace(",", "."))
    except (TypeError, ValueError):
        try:
            return int(float(str(value).replace(",", ".")))
        except (TypeError, ValueError):
            return None


def _load(data_dir: Path, source: str) -> tuple[list[dict[str, Any]], list[MalformedRecord]]:
    """Granted programmes (each with ``places``: [(municipality name, county name)]) and malformed rows."""
    data_dir = require_dir(Path(data_dir))
    bad: list[MalformedRecord] = []
    extra: dict[str, list[tuple[str, str]]] = {}
    for line, row, err in read_csv(data_dir / MULTI):
        if row is None or not row.get("Diarienummer") or not row.get("Kommun"):
            bad.append(MalformedRecord(source=source, locator=f"{MULTI.name}:{line}", reason=err or "missing Diarienummer or Kommun"))
            continue
        extra.setdefault(row["Diarienummer"].strip(), []).append((row["Kommun"].strip(), row.get("Län", "").strip()))
    granted: list[dict[str, Any]] = []
    for line, row, err in read_csv(data_dir / ALL):
        if row is None or any(not (row.get(k) or "").strip() for k in REQUIRED):
            bad.append(MalformedRecord(source=source, locator=f"{ALL.name}:{line}",
                                       reason=err or "missing Utbildningsnamn, Beslut or Diarienummer"))
            continue
        if row["Beslut"].strip() != "Beviljad":
            continue
        dnr = row["Diarienummer"].strip()
        places = extra.get(dnr, []) if row.get("Flera kommuner", "").strip() == "Ja" or row.get("Kommun") == "Flera kommuner" \
            else [(row.get("Kommun", "").strip(), row.get("Län", "").strip())]
        granted.append({**row, "places": places, "doc_id": f"yh:{slug(dnr)}"})
    return granted, bad


def _summary(row: dict[str, Any], municipalities: list[str]) -> str:
    """Swedish one-paragraph summary of a programme row."""
    parts = [f"{row['Utbildningsnamn'].strip()} är en yrkeshögskoleutbildning"]
    if row.get("Utbildningsområde"):
        parts[0] += f" inom utbildningsområdet {row['Utbildningsområde']}"
    if row.get("SUN5 inriktning namn"):
        parts[0] += f" ({row['SUN5 inriktning namn']})"
    parts[0] += "."
    if row.get("Utbildningsanordnare administrativ enhet"):
        parts.append(f"Utbildningsanordnare: {row['Utbildningsanordnare administrativ enhet']}.")
    facts = []
    if _int(row.get("YH-poäng")):
        facts.append(f"{_int(row['YH-poäng'])} YH-poäng")
    if _int(row.get("Studietakt %")):
        facts.append(f"studietakt {_int(row['Studietakt %'])} %")
    if row.get("Studieform"):
        facts.append("distansutbildning" if row["Studieform"] == "Distans" else "platsbunden undervisning")
    if _int(row.get("SeQF nivå")):
        facts.append(f"SeQF-nivå {_int(row['SeQF nivå'])}")
    if facts:
        sentence = ", ".join(facts)
        parts.append(sentence[0].upper() + sentence[1:] + ".")
    exam = row.get("Typ av examen", "")
    if exam and exam != "Ingen":
        parts.append("Leder till " + ("kvalificerad yrkeshögskoleexamen" if exam.startswith("Kvalificerad")
                                       else "yrkeshögskoleexamen") + ".")
    if municipalities:
        parts.append(f"Studieort: {', '.join(municipalities)}.")
    parts.append("Beviljad av MYH i ansökningsomgång 2024.")
    return " ".join(parts)


class YhProgrammesSource(PlacedRecordsSource[dict[str, Any]]):
    """Kind ``programme``: granted YH programmes with place, SUN5, points, pace and SeQF; one
    document per granted programme application."""

    name = "yh_programmes"
    kinds = (Kind.programme,)

    def records(self, data_dir: Path) -> tuple[list[dict[str, Any]], list[MalformedRecord]]:
        """The granted programmes and the malformed rows."""
        return _load(data_dir, self.name)

    def document(self, record: dict[str, Any], geo: Geography) -> Document:
        row = record
        muns, regions = _resolve_places(geo, row["places"])
        names = [m for m, _ in row["places"] if m]
        return Document(
            id=row["doc_id"], kind=Kind.programme, concept_id=row["Diarienummer"].strip(),
            title=row["Utbildningsnamn"].strip(), text=_summary(row, names),
            url=SEARCH_URL.format(q=quote_plus(row["Utbildningsnamn"].strip())), source=self.name, licence=LICENCE,
            metadata=jsonable_meta({
                "sun5_code": row.get("SUN5 inriktning") or None, "sun5_name": row.get("SUN5 inriktning namn") or None,
                "area": row.get("Utbildningsområde") or None, "yh_points": _int(row.get("YH-poäng")),
                "pace_percent": _int(row.get("Studietakt %")), "study_form": row.get("Studieform") or None,
                "seqf": _int(row.get("SeQF nivå")), "exam": row.get("Typ av examen") or None,
                "provider": row.get("Utbildningsanordnare administrativ enhet") or None,
                "municipalities": names, "municipality_ids": muns, "region_ids": regions,
                "diarienummer": row["Diarienummer"].strip(),
            }),
        )

    def write_rows(self, records: list[dict[str, Any]], geo: Geography, db: Any) -> None:
        """programmes and programme_places (one row per municipality)."""
        db.replace_programmes(
            {"doc_id": r["doc_id"], "title": r["Utbildningsnamn"].strip(), "diarienummer": r["Diarienummer"].strip(),
             "sun5_code": r.get("SUN5 inriktning") or None, "sun5_name": r.get("SUN5 inriktning namn") or None,
             "area": r.get("Utbildningsområde") or None,
             "provider": r.get("Utbildningsanordnare administrativ enhet") or None,
             "yh_points": _int(r.get("YH-poäng")), "pace_percent": _int(r.get("Studietakt %")),
             "study_form": r.get("Studieform") or None, "seqf": _int(r.get("SeQF nivå")),
             "exam": r.get("Typ av examen") or None} for r in records)
        rows = []
        for r in records:
            for mun, county in r["places"]:
                muns, regions = _resolve_places(geo, [(mun, county)])
                rows.append((r["doc_id"], mun or None, muns[0] if muns else None, regions[0] if regions else None))
        db.replace_programme_places(rows)


def _resolve_places(geo: Geography, places: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """Municipality and region ids of (municipality, county) name pairs."""
    muns: list[str] = []
    regions: list[str] = []
    for mun, county in places:
        m = geo.resolve(mun) if mun else None
        mun_ids = m.municipality_ids if m else []
        muns += [x for x in mun_ids if x not in muns]
        region_ids = [geo.region_of[x] for x in mun_ids if x in geo.region_of]
        if not region_ids and county:
            region_ids = geo.resolve(county + " län").direct_region_ids
        regions += [x for x in region_ids if x not in regions]
    return muns, regions
