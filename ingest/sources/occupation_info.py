"""Arbetsförmedlingen "Hitta yrken" occupation descriptions and education requirements.

Files: occupation_info/hitta_yrken_descriptions.json (occupation-name id -> long Swedish text,
335) and educational_requirements.json (id -> one sentence, 331), via androjon/taxonomy.
Hitta yrken page URLs are not in the data and have no id-based format we could confirm, so the
document URL is the occupation's JobTech Atlas page.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingest.sources._common import (
    LICENCE_AF_TEXT,
    atlas_url,
    clean_text,
    concepts,
    first_id,
    load_json,
    require_dir,
    ssyk_codes,
)
from vagledning.domain.documents import Document, Kind, MalformedRecord, jsonable_meta


class OccupationInfoSource:
    """Kind ``description``: one long Swedish text per occupation-name."""

    name = "af_occupation_info"
    kinds = (Kind.description,)

    @staticmethod
    def _load(data_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
        folder = require_dir(Path(data_dir)) / "occupation_info"
        descriptions = load_json(folder / "hitta_yrken_descriptions.json")
        requirements = load_json(folder / "educational_requirements.json")
        return (descriptions if isinstance(descriptions, dict) else {},
                requirements if isinstance(requirements, dict) else {})

    def documents(self, data_dir: Path) -> Iterator[Document | MalformedRecord]:
        """One description document per occupation with a Hitta yrken text."""
        data_dir = Path(data_dir)
        descriptions, requirements = self._load(data_dir)
        occupations = {c["id"]: c for c in concepts(load_json(data_dir / "taxonomy" / "occupation_names.json"))
                       if isinstance(c.get("id"), str)}
        ssyk_labels = {c["id"]: c.get("preferred_label") for c in
                       concepts(load_json(data_dir / "taxonomy" / "ssyk_level_4.json")) if isinstance(c.get("id"), str)}
        codes = {sid: code for sid, (code, _how) in ssyk_codes(data_dir).items()}
        for oid, text in descriptions.items():
            if not isinstance(text, str) or not text.strip():
                yield MalformedRecord(source=self.name, locator=f"hitta_yrken_descriptions.json#{oid}",
                                      reason="description is not a non-empty string")
                continue
            occ = occupations.get(oid, {})
            label = occ.get("preferred_label") or oid
            ssyk_id = first_id(occ.get("ssyk"))
            body = clean_text(text)
            req = requirements.get(oid)
            if isinstance(req, str) and req.strip():
                body += " Utbildningskrav: " + clean_text(req)
            yield Document(
                id=f"af:description:{oid}", kind=Kind.description, concept_id=oid,
                title=f"{label} – yrkesbeskrivning", text=body, url=atlas_url(oid),
                source=self.name, licence=LICENCE_AF_TEXT,
                metadata=jsonable_meta({"occupation_ids": [oid], "occupation_label": occ.get("preferred_label"),
                                        "ssyk_id": ssyk_id, "ssyk_code": codes.get(ssyk_id or ""),
                                        "ssyk_label": ssyk_labels.get(ssyk_id or "")}),
            )

    def write_relations(self, data_dir: Path, db: Any) -> None:
        """Which occupations have a description document, and their education requirement."""
        data_dir = Path(data_dir)
        descriptions, requirements = self._load(data_dir)
        labels = {c["id"]: c.get("preferred_label") for c in
                  concepts(load_json(data_dir / "taxonomy" / "occupation_names.json")) if isinstance(c.get("id"), str)}
        db.replace_descriptions((oid, f"af:description:{oid}", f"{labels.get(oid) or oid} – yrkesbeskrivning")
                                for oid, t in descriptions.items() if isinstance(t, str) and t.strip())
        db.replace_education_requirements((oid, clean_text(t)) for oid, t in requirements.items()
                                          if isinstance(t, str) and t.strip())
