"""Labour-market training courses (arbetsmarknadsutbildning, AUB) by SSYK code.

File: education/aub_courses_by_ssyk.json (SSYK-2012 code -> list of courses, spring 2025), built
by androjon/yrkesinfo from Skolverket Susa-navet. Courses have no id; the document id is a hash
of url + name + ort, and a course listed under several SSYK codes becomes one document with all
the codes. Two keys of the file read "5321 - <group name>"; their first four digits are used.
``ort`` is a town, sometimes a district (Bromma, Vårby); only names that are
municipalities resolve to concept ids.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ingest.sources._common import clean_text, load_json, require_dir, stable_hash
from ingest.sources.base import PlacedRecordsSource
from ingest.sources.geography import Geography
from vagledning.domain.documents import Document, Kind, MalformedRecord, jsonable_meta
from vagledning.domain.links import link_problem

FILE = Path("education/aub_courses_by_ssyk.json")
LICENCE = "Skolverket Susa-navet data (Arbetsförmedlingen AUB); via androjon/yrkesinfo, repository licence: none stated"


def _courses(data_dir: Path, source: str) -> tuple[dict[str, dict[str, Any]], list[MalformedRecord]]:
    """doc id -> merged course record (with ``ssyk_codes``), plus malformed records."""
    payload = load_json(require_dir(Path(data_dir)) / FILE)
    merged: dict[str, dict[str, Any]] = {}
    bad: list[MalformedRecord] = []
    for key, items in (payload.items() if isinstance(payload, dict) else []):
        # Two keys carry the group name too ("5321 - Undersköterskor, hemtjänst, ..."): keep the code.
        code = str(key).strip()[:4]
        if not isinstance(items, list) or not code.isdigit():
            bad.append(MalformedRecord(source=source, locator=f"{FILE.name}#{key}",
                                       reason="value is not a list" if code.isdigit() else "key is not an SSYK code"))
            continue
        for i, item in enumerate(items):
            name = item.get("utbildningsnamn") if isinstance(item, dict) else None
            if not isinstance(name, str) or not name.strip():
                bad.append(MalformedRecord(source=source, locator=f"{FILE.name}#{key}[{i}]",
                                           reason="course without utbildningsnamn"))
                continue
            url = item.get("url") if isinstance(item.get("url"), str) else ""
            ort = item.get("ort") if isinstance(item.get("ort"), str) else ""
            doc_id = f"course:{stable_hash(url, name.strip(), ort)}"
            rec = merged.setdefault(doc_id, {**item, "ssyk_codes": []})
            if code not in rec["ssyk_codes"]:
                rec["ssyk_codes"].append(code)
    return merged, bad


class AubCoursesSource(PlacedRecordsSource[tuple[str, dict[str, Any]]]):
    """Kind ``course``: AUB courses with the SSYK codes they train for; one document per distinct
    course (url + name + place)."""

    name = "aub_courses"
    kinds = (Kind.course,)

    def records(self, data_dir: Path) -> tuple[list[tuple[str, dict[str, Any]]], list[MalformedRecord]]:
        """(doc id, merged course) pairs and the malformed records."""
        courses, bad = _courses(data_dir, self.name)
        return list(courses.items()), bad

    def document(self, record: tuple[str, dict[str, Any]], geo: Geography) -> Document:
        doc_id, c = record
        place = c.get("ort") or None
        match = geo.resolve(place)
        return Document(
            id=doc_id, kind=Kind.course, concept_id=doc_id.split(":", 1)[1], title=c["utbildningsnamn"].strip(),
            text=clean_text(c.get("beskrivning")), url=c.get("url") or None, source=self.name, licence=LICENCE,
            metadata=jsonable_meta({"ssyk_codes": c["ssyk_codes"], "place": place,
                                    "municipality_ids": match.municipality_ids, "region_ids": match.region_ids,
                                    "education_type": c.get("utbildningstyp"),
                                    # An editing/admin link is marked here and never cited (domain/links.py).
                                    "link_problem": link_problem(c.get("url"))}),
        )

    def write_rows(self, records: list[tuple[str, dict[str, Any]]], geo: Geography, db: Any) -> None:
        """courses (title/place/url/where) and course_ssyk (course -> SSYK code)."""
        rows = []
        for doc_id, c in records:
            match = geo.resolve(c.get("ort"))
            rows.append((doc_id, c["utbildningsnamn"].strip(), c.get("ort") or None, c.get("url") or None,
                         match.municipality_ids[0] if match.municipality_ids else None,
                         match.region_ids[0] if match.region_ids else None))
        db.replace_courses(rows)
        db.replace_course_ssyk((doc_id, code) for doc_id, c in records for code in c["ssyk_codes"])
