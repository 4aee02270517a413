"""The official ESCO ↔ JobTech mapping tables (PROVENANCE.md, "Official ESCO ↔ Swedish national
classification mapping tables").

- ``se_occupations_esco_v1.1.1.csv``: ESCO occupations (or ISCO-08 groups) ↔ JobTech occupation
  names, with the Swedish ESCO label and a SKOS relation.
- ``se_skills_esco_2023-11-30.csv``: ESCO skills ↔ JobTech skills. Every line ends in ``;`` and
  about a third of the lines are one quoted cell holding the whole CSV record (inner quotes
  doubled); a few lines are misquoted or split by a stray ``;``. Records are parsed strictly
  first and, failing that, salvaged from the two URIs and the relation token they contain;
  what cannot be salvaged is reported as a :class:`MalformedRecord`, never fatal.

Relation direction (SKOS, read as "ESCO concept <relation> JobTech concept"): ``broadMatch``
means the JobTech concept is broader (the ESCO occupation is a specialisation of it);
``narrowMatch`` means the JobTech concept is narrower (ESCO/ISCO is the broader one — all ISCO
rows are narrowMatch). Relations are stored as ``exact-match``/``close-match``/``broad-match``/
``narrow-match``, the vocabulary of the earlier crosswalk sample.

This source yields no documents of its own: it owns the ``esco_crosswalk`` table, and its
Swedish labels become aliases of the occupation documents built by ``jobtech_taxonomy``
(which also reports this module's malformed records, as it reads the table anyway).
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.sources._common import read_csv, require
from vagledning.domain.documents import MalformedRecord

SOURCE_NAME = "esco_mappings"
MAPPING_DIR = Path("esco_mappings")
OCCUPATION_TABLE = MAPPING_DIR / "se_occupations_esco_v1.1.1.csv"
SKILL_TABLE = MAPPING_DIR / "se_skills_esco_2023-11-30.csv"
ESCO_OCCUPATIONS = Path("esco/v1.1.1/occupations_en.csv")
HEADER_FIRST_CELL = "Classification 1 URI"

RELATIONS = {"skos:exactMatch": "exact-match", "skos:closeMatch": "close-match",
             "skos:broadMatch": "broad-match", "skos:narrowMatch": "narrow-match"}
NO_RELATION = "no relation"
# Relations whose Swedish ESCO label names the JobTech occupation itself or a specialisation of it
# (so it is a fair alias); narrow-match labels are broader groups ("gymnasielärare" for
# "Lärare i kulturskolan") and would pull queries to the wrong occupation.
ALIAS_RELATIONS = ("exact-match", "close-match", "broad-match")

_ESCO_URI = re.compile(r"https?://data\.europa\.eu/esco/(occupation|skill|isco)/[\w.-]+")
_JOBTECH_URI = re.compile(r"https?://data\.jobtechdev\.se/taxonomy/concept/([\w-]+)")
_RELATION = re.compile(r"skos:(?:exact|close|broad|narrow)Match|no relation")
_ISCO = re.compile(r"/isco/C(\d{1,4})$")


@dataclass(frozen=True)
class MappingRow:
    """One ESCO ↔ JobTech mapping."""

    esco_uri: str
    esco_label_sv: str
    concept_type: str       # "occupation" | "isco" | "skill" (the ESCO side)
    jobtech_id: str
    jobtech_label: str
    relation: str           # exact-match | close-match | broad-match | narrow-match
    note: str
    line: int
    salvaged: bool = False  # parsed from a misquoted record by its URIs

    @property
    def isco_code(self) -> str | None:
        """The ISCO-08 code of an ISCO-group row (None for ESCO occupations and skills)."""
        m = _ISCO.search(self.esco_uri)
        return m.group(1) if m else None


def _esco_type(uri: str) -> str:
    m = _ESCO_URI.fullmatch(uri)
    return m.group(1) if m else ""


def _logical_records(path: Path) -> Iterator[tuple[int, str, list[str]]]:
    """(line, raw record text, cells) for every record after the header row.

    Detects the ``;``-terminated variant by its first line: there each outer record is split on
    ``;`` by the CSV reader (so a whole-record quoted cell is unescaped), re-joined, and parsed
    again as a comma-separated record.
    """
    text = require(path).read_text(encoding="utf-8-sig")
    first = text.split("\n", 1)[0].rstrip("\r")
    semicolon = first.endswith(";")
    outer = csv.reader(io.StringIO(text, newline=""), delimiter=";" if semicolon else ",")
    in_body = False
    while True:
        try:
            cells = next(outer)
        except StopIteration:
            return
        except csv.Error as exc:  # e.g. a NUL byte: report the line, keep reading
            yield outer.line_num, f"<csv error: {exc}>", []
            continue
        if semicolon:
            cells = cells[:-1] if cells and cells[-1] == "" else cells
            raw = ";".join(cells)
            try:
                parsed = list(csv.reader(io.StringIO(raw, newline="")))
            except csv.Error:
                parsed = []
            cells = parsed[0] if len(parsed) == 1 else []
        else:
            raw = ",".join(cells)
        if not in_body:
            in_body = bool(cells) and cells[0].strip() == HEADER_FIRST_CELL
            continue
        if raw.strip(" ,;\r\n"):
            yield outer.line_num, raw, cells


def _strict(line: int, cells: list[str]) -> MappingRow | str:
    """A row from well-formed cells, or the reason it is not well formed."""
    if len(cells) < 7:
        return f"expected 8 cells, got {len(cells)}"
    esco_uri, esco_label, _u1, jt_uri, jt_label, _u2, relation = (c.strip() for c in cells[:7])
    note = cells[7].strip() if len(cells) > 7 else ""
    if relation == NO_RELATION:
        return NO_RELATION
    if relation not in RELATIONS:
        return f"unknown mapping relation {relation[:40]!r}"
    if not _ESCO_URI.fullmatch(esco_uri):
        return "Classification 1 URI is not an ESCO URI"
    m = _JOBTECH_URI.fullmatch(jt_uri)
    if not m:
        return "Classification 2 URI is not a JobTech concept URI"
    return MappingRow(esco_uri, esco_label, _esco_type(esco_uri), m.group(1), jt_label, RELATIONS[relation], note, line)


def _clean_label(fragment: str) -> str:
    return re.sub(r"\s+", " ", fragment.replace('"', "")).strip(" ,;")


def _salvage(line: int, raw: str) -> MappingRow | None:
    """Recover a misquoted record from its URIs and relation: exactly one of each, in order."""
    esco = list(_ESCO_URI.finditer(raw))
    jobtech = list(_JOBTECH_URI.finditer(raw))
    rel = list(_RELATION.finditer(raw))
    if len(rel) != 1 or rel[0].group(0) == NO_RELATION or len(esco) != 1 or not jobtech:
        return None
    # The JobTech URI may repeat in the URL column; the first one starts the JobTech side.
    jt = jobtech[0]
    if {m.group(1) for m in jobtech} != {jt.group(1)} or not esco[0].end() <= jt.start() < rel[0].start():
        return None
    esco_label = _clean_label(raw[esco[0].end():jt.start()].replace(esco[0].group(0), ""))
    jt_label = _clean_label(raw[jt.end():rel[0].start()].replace(jt.group(0), ""))
    return MappingRow(esco[0].group(0), esco_label, esco[0].group(1), jt.group(1), jt_label,
                      RELATIONS[rel[0].group(0)], "", line, salvaged=True)


def read_mapping_table(path: Path, locator: str | None = None) -> Iterator[MappingRow | MalformedRecord]:
    """Every mapping of one table; ``no relation`` rows are skipped silently (they map nothing)."""
    name = locator or path.name
    for line, raw, cells in _logical_records(path):
        row = _strict(line, cells)
        if isinstance(row, MappingRow):
            yield row
            continue
        if row == NO_RELATION:
            continue
        salvaged = _salvage(line, raw)
        if salvaged is not None:
            yield salvaged
        else:
            yield MalformedRecord(source=SOURCE_NAME, locator=f"{name}:{line}", reason=row)


def occupation_mappings(data_dir: Path) -> Iterator[MappingRow | MalformedRecord]:
    """ESCO occupation / ISCO group ↔ JobTech occupation-name mappings."""
    for item in read_mapping_table(Path(data_dir) / OCCUPATION_TABLE):
        if isinstance(item, MappingRow) and item.concept_type not in ("occupation", "isco"):
            yield MalformedRecord(source=SOURCE_NAME, locator=f"{OCCUPATION_TABLE.name}:{item.line}",
                                  reason="not an ESCO occupation or ISCO URI")
        else:
            yield item


def skill_mappings(data_dir: Path) -> Iterator[MappingRow | MalformedRecord]:
    """ESCO skill ↔ JobTech skill mappings."""
    for item in read_mapping_table(Path(data_dir) / SKILL_TABLE):
        if isinstance(item, MappingRow) and item.concept_type != "skill":
            yield MalformedRecord(source=SOURCE_NAME, locator=f"{SKILL_TABLE.name}:{item.line}",
                                  reason="not an ESCO skill URI")
        else:
            yield item


def rows_only(items: Iterator[MappingRow | MalformedRecord]) -> list[MappingRow]:
    return [i for i in items if isinstance(i, MappingRow)]


def malformed_records(data_dir: Path) -> Iterator[MalformedRecord]:
    """The malformed records of both tables (absent tables are not an error: the mapping is optional)."""
    for path, reader in ((OCCUPATION_TABLE, occupation_mappings), (SKILL_TABLE, skill_mappings)):
        if (Path(data_dir) / path).is_file():
            yield from (i for i in reader(data_dir) if isinstance(i, MalformedRecord))


def esco_isco_codes(data_dir: Path) -> dict[str, str]:
    """ESCO occupation URI → 4-digit ISCO-08 code, from the ESCO v1.1.1 export (empty if absent)."""
    path = Path(data_dir) / ESCO_OCCUPATIONS
    if not path.is_file():
        return {}
    return {r["conceptUri"]: r["iscoGroup"].strip() for _, r, _e in read_csv(path)
            if r and r.get("conceptUri") and (r.get("iscoGroup") or "").strip()}


def occupation_alias_labels(data_dir: Path) -> dict[str, list[str]]:
    """JobTech occupation id → Swedish ESCO labels fit to be aliases (see ALIAS_RELATIONS)."""
    path = Path(data_dir) / OCCUPATION_TABLE
    out: dict[str, list[str]] = {}
    if not path.is_file():
        return out
    for row in rows_only(occupation_mappings(data_dir)):
        if row.concept_type == "occupation" and row.relation in ALIAS_RELATIONS and row.esco_label_sv:
            labels = out.setdefault(row.jobtech_id, [])
            if row.esco_label_sv not in labels:
                labels.append(row.esco_label_sv)
    return out


def crosswalk_rows(data_dir: Path) -> Iterator[dict[str, Any]]:
    """Rows of the ``esco_crosswalk`` relations table: occupations (with ISCO code) and skills."""
    data_dir = Path(data_dir)
    isco = esco_isco_codes(data_dir)
    for path, reader in ((OCCUPATION_TABLE, occupation_mappings), (SKILL_TABLE, skill_mappings)):
        if not (data_dir / path).is_file():
            continue
        for row in rows_only(reader(data_dir)):
            yield {"jobtech_id": row.jobtech_id, "esco_uri": row.esco_uri, "relation": row.relation,
                   "concept_type": row.concept_type, "jobtech_label": row.jobtech_label or None,
                   "esco_label_sv": row.esco_label_sv or None,
                   "isco_code": row.isco_code or isco.get(row.esco_uri)}


class EscoMappingsSource:
    """Relations-only source: the full ESCO ↔ JobTech crosswalk (occupations and skills)."""

    name = SOURCE_NAME
    kinds: tuple = ()

    def documents(self, data_dir: Path) -> Iterator[Any]:
        """No documents: the labels enrich the occupation documents of ``jobtech_taxonomy``."""
        return iter(())

    def write_relations(self, data_dir: Path, db: Any) -> None:
        """The ``esco_crosswalk`` table (replaces the 47-row sample of earlier versions)."""
        db.replace_esco_crosswalk(crosswalk_rows(Path(data_dir)))
