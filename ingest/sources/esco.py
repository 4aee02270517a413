"""ESCO v1.1.1 (English) occupations and skills, from the tabiya CSV export (PROVENANCE.md, B).

The CSVs are quoted and multi-valued cells (altLabels) are newline-separated.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingest.sources._common import LICENCE_ESCO, clean_text, read_csv, require_dir
from vagledning.domain.documents import Document, Kind, MalformedRecord, jsonable_meta

ESCO_DIR = Path("esco/v1.1.1")
REGULATED = "http://data.europa.eu/esco/regulated-professions/regulated"


def _labels(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("\n") if x.strip()]


def _uuid(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[-1]


class EscoSource:
    """ESCO occupations and skills (English)."""

    name = "esco"
    kinds = (Kind.esco_occupation, Kind.esco_skill)

    def _concepts(self, path: Path) -> Iterator[MalformedRecord | tuple[str, str, dict[str, str]]]:
        """(URI, preferred label, row) of each concept row of an ESCO CSV; a row without an http URI
        or a label is reported as malformed."""
        for line, row, err in read_csv(path):
            if row is None or not row.get("conceptUri", "").startswith("http") or not row.get("preferredLabel"):
                yield MalformedRecord(source=self.name, locator=f"{path.name}:{line}",
                                      reason=err or "missing conceptUri or preferredLabel")
                continue
            yield row["conceptUri"], row["preferredLabel"].strip(), row

    def documents(self, data_dir: Path) -> Iterator[Document | MalformedRecord]:
        """One document per ESCO occupation and skill."""
        folder = require_dir(Path(data_dir)) / ESCO_DIR
        for item in self._concepts(folder / "occupations_en.csv"):
            if isinstance(item, MalformedRecord):
                yield item
                continue
            uri, label, row = item
            regulated = row.get("regulatedProfessionNote", "").strip()
            meta: dict[str, Any] = {"isco_code": row.get("iscoGroup") or None, "esco_code": row.get("code") or None}
            if regulated:
                meta["regulated"] = regulated == REGULATED
                meta["regulated_note"] = regulated.rsplit("/", 1)[-1]
            yield Document(
                id=f"esco:occupation:{_uuid(uri)}", kind=Kind.esco_occupation, concept_id=uri, title=label,
                text=clean_text(row.get("description")), aliases=[a for a in _labels(row.get("altLabels")) if a != label],
                language="en", url=uri, source=self.name, licence=LICENCE_ESCO, metadata=jsonable_meta(meta),
            )
        for item in self._concepts(folder / "skills_en.csv"):
            if isinstance(item, MalformedRecord):
                yield item
                continue
            uri, label, row = item
            yield Document(
                id=f"esco:skill:{_uuid(uri)}", kind=Kind.esco_skill, concept_id=uri, title=label,
                text=clean_text(row.get("description")), aliases=[a for a in _labels(row.get("altLabels")) if a != label],
                language="en", url=uri, source=self.name, licence=LICENCE_ESCO,
                metadata=jsonable_meta({"skill_type": row.get("skillType") or None,
                                        "reuse_level": row.get("reuseLevel") or None}),
            )

    def write_relations(self, data_dir: Path, db: Any) -> None:
        """ESCO occupations (ISCO code), skills and occupation -> skill (essential/optional)."""
        folder = require_dir(Path(data_dir)) / ESCO_DIR
        db.replace_esco_occupations(
            {"uri": r["conceptUri"], "label": r["preferredLabel"], "isco_code": r.get("iscoGroup") or None,
             "description": clean_text(r.get("description")) or None,
             "regulated": int(r.get("regulatedProfessionNote", "").strip() == REGULATED)}
            for _, r, _e in read_csv(folder / "occupations_en.csv") if r and r.get("conceptUri") and r.get("preferredLabel"))
        db.replace_esco_skills(
            {"uri": r["conceptUri"], "label": r["preferredLabel"], "skill_type": r.get("skillType") or None,
             "reuse_level": r.get("reuseLevel") or None, "description": clean_text(r.get("description")) or None}
            for _, r, _e in read_csv(folder / "skills_en.csv") if r and r.get("conceptUri") and r.get("preferredLabel"))
        db.replace_esco_occupation_skills(
            (r["occupationUri"], r["skillUri"], r["relationType"])
            for _, r, _e in read_csv(folder / "occupationSkillRelations.csv")
            if r and r.get("occupationUri") and r.get("skillUri") and r.get("relationType"))
