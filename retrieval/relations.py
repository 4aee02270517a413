"""The exact-relations database: a small SQLite file built at ingest, read at answer time.

- :class:`RelationsWriter` (from :mod:`retrieval.relations_schema`) creates the schema and
  replaces one table at a time; each source's ``write_relations`` fills its own tables.
- :func:`build_relations` builds the whole DB into a temp file and renames it into place, so a
  killed build never leaves a half-written DB.
- :class:`Relations` is the read-only, thread-safe query API (one connection per thread).
"""
from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from retrieval.relations_esco import STRONGEST_FIRST, EscoRelationsMixin
from retrieval.relations_models import (
    AdCounts,
    BarometerEntry,
    Course,
    DemandedSkill,
    DescriptionDoc,
    EscoMatch,
    EscoOccupation,
    EscoSkill,
    EscoSkillRef,
    Field,
    ForecastRow,
    Occupation,
    OccupationRef,
    Place,
    PlaceMatch,
    Programme,
    Salary,
    Similar,
    Skill,
    Ssyk,
)
from retrieval.relations_schema import SCHEMA_VERSION, TABLES, RelationsWriter
from vagledning.domain.geography import Geography
from vagledning.errors import VagledningError

SWEDEN_ID = "i46j_HmG_v64"


class RelationsUnavailable(VagledningError):
    """The relations DB is missing, unreadable or of another schema version (run ingest)."""

    status = 503
    code = "relations_unavailable"


# --------------------------------------------------------------------------- reader
class Relations(EscoRelationsMixin):
    """Read-only queries over the relations DB. Safe to share between threads.

    ESCO-mapping and O*NET interest queries come from :mod:`retrieval.relations_esco`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise RelationsUnavailable(f"Relations database not found: {self.path} (run the ingest)")
        self._local = threading.local()
        version = self._one("SELECT value FROM meta WHERE key = 'schema_version'")
        if not version or version[0] != SCHEMA_VERSION:
            raise RelationsUnavailable(
                f"Relations database {self.path} has schema {version[0] if version else None}, expected {SCHEMA_VERSION}")
        self._geo_cache: Any = None

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=True)
            except sqlite3.Error as exc:
                raise RelationsUnavailable(f"Cannot open relations database {self.path}: {exc}") from exc
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

    def _all(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        try:
            return self._conn().execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise RelationsUnavailable(f"Relations query failed: {exc}") from exc

    def _one(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    def meta(self) -> dict[str, str]:
        """The ``meta`` table (schema_version, built_at, sources, ...)."""
        return {r["key"]: r["value"] for r in self._all("SELECT key, value FROM meta")}

    def close(self) -> None:
        """Close this thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # --- occupations, SSYK, fields
    def occupation(self, occupation_id: str) -> Occupation | None:
        """An occupation-name with its SSYK group, field, definition and job titles."""
        r = self._one(
            "SELECT o.*, s.label AS ssyk_label, c.code AS ssyk_code, f.label AS field_label FROM occupations o "
            "LEFT JOIN ssyk s ON s.id = o.ssyk_id LEFT JOIN ssyk_codes c ON c.ssyk_id = o.ssyk_id "
            "LEFT JOIN fields f ON f.id = o.field_id WHERE o.id = ?", (occupation_id,))
        if r is None:
            return None
        titles = [t["title"] for t in self._all("SELECT title FROM occupation_titles WHERE occupation_id = ? "
                                                "ORDER BY rowid", (occupation_id,))]
        return Occupation(r["id"], r["label"], r["ssyk_id"], r["ssyk_code"], r["ssyk_label"], r["field_id"],
                          r["field_label"], r["definition"], r["definition_source"], titles)

    def occupations_in_ssyk(self, ssyk_id: str) -> list[OccupationRef]:
        """Occupation-names in a ssyk-level-4 group, by label."""
        return [OccupationRef(r["id"], r["label"]) for r in
                self._all("SELECT id, label FROM occupations WHERE ssyk_id = ? ORDER BY label", (ssyk_id,))]

    def occupation_by_label(self, label: str) -> list[OccupationRef]:
        """Occupations whose label or a job title equals ``label`` (case-insensitive)."""
        rows = self._all("SELECT id, label FROM occupations WHERE label = ? COLLATE NOCASE UNION "
                         "SELECT o.id, o.label FROM occupation_titles t JOIN occupations o ON o.id = t.occupation_id "
                         "WHERE t.title = ? COLLATE NOCASE", (label, label))
        return [OccupationRef(r["id"], r["label"]) for r in rows]

    def _ssyk(self, where: str, value: str) -> Ssyk | None:
        r = self._one("SELECT s.id, s.label, c.code, s.field_id, f.label AS field_label FROM ssyk s "
                      "LEFT JOIN ssyk_codes c ON c.ssyk_id = s.id LEFT JOIN fields f ON f.id = s.field_id "
                      f"WHERE {where} = ?", (value,))
        return Ssyk(r["id"], r["label"], r["code"], r["field_id"], r["field_label"]) if r else None

    def ssyk(self, ssyk_id: str) -> Ssyk | None:
        """A ssyk-level-4 group by concept id."""
        return self._ssyk("s.id", ssyk_id)

    def ssyk_by_code(self, code: str) -> Ssyk | None:
        """A ssyk-level-4 group by its 4-digit SSYK-2012 code."""
        return self._ssyk("c.code", code)

    def field(self, field_id: str) -> Field | None:
        """An occupation field with its SSYK groups."""
        r = self._one("SELECT id, label FROM fields WHERE id = ?", (field_id,))
        if r is None:
            return None
        ids = [x["id"] for x in self._all("SELECT id FROM ssyk WHERE field_id = ? ORDER BY label", (field_id,))]
        return Field(r["id"], r["label"], ids)

    # --- skills
    def demanded_skills(self, occupation_id: str) -> list[DemandedSkill]:
        """Ordered 'efterfrågade kompetenser'; labels resolved to 2019 skill ids by exact label (or None)."""
        rows = self._all("SELECT d.label, (SELECT s.id FROM skills s WHERE s.label = d.label COLLATE NOCASE "
                         "ORDER BY s.id LIMIT 1) AS skill_id FROM demanded_skills d WHERE d.occupation_id = ? "
                         "ORDER BY d.rank", (occupation_id,))
        return [DemandedSkill(r["label"], r["skill_id"]) for r in rows]

    def occupations_demanding(self, labels: list[str]) -> dict[str, list[tuple[str, int]]]:
        """Occupation id -> [(skill label, rank in its demanded list)] for the given skill labels."""
        out: dict[str, list[tuple[str, int]]] = {}
        for i in range(0, len(labels), 200):
            chunk = labels[i:i + 200]
            rows = self._all(f"SELECT occupation_id, label, rank FROM demanded_skills WHERE label IN "
                             f"({','.join('?' * len(chunk))})", chunk)
            for r in rows:
                out.setdefault(r["occupation_id"], []).append((r["label"], int(r["rank"])))
        return out

    def _skill(self, r: sqlite3.Row | None) -> Skill | None:
        if r is None:
            return None
        return Skill(r["id"], r["label"], r["legacy_id"], bool(r["green"]), bool(r["digital"]), r["description"],
                     r["description_source"])

    def skill(self, skill_id: str) -> Skill | None:
        """A 2019 JobTech skill by concept id."""
        return self._skill(self._one("SELECT * FROM skills WHERE id = ?", (skill_id,)))

    def skill_by_label(self, label: str) -> Skill | None:
        """A 2019 JobTech skill by exact, case-insensitive label."""
        return self._skill(self._one("SELECT * FROM skills WHERE label = ? COLLATE NOCASE ORDER BY id LIMIT 1", (label,)))

    # --- similarity and ESCO
    def similar_occupations(self, occupation_id: str) -> list[Similar]:
        """Neighbour occupations (within_field first, then similar_field, each in rank order)."""
        rows = self._all("SELECT s.similar_id, s.kind, o.label FROM similar_occupations s LEFT JOIN occupations o "
                         "ON o.id = s.similar_id WHERE s.occupation_id = ? ORDER BY s.kind DESC, s.rank",
                         (occupation_id,))
        return [Similar(r["similar_id"], r["kind"], r["label"]) for r in rows]

    def similar_ssyk(self, ssyk_id: str) -> list[Similar]:
        """Neighbours of a ssyk-level-4 group; the file lists occupation-name ids (label resolved when known)."""
        rows = self._all("SELECT s.similar_id, s.kind, COALESCE(g.label, o.label) AS label FROM similar_ssyk s "
                         "LEFT JOIN ssyk g ON g.id = s.similar_id LEFT JOIN occupations o ON o.id = s.similar_id "
                         "WHERE s.ssyk_id = ? ORDER BY s.kind DESC, s.rank", (ssyk_id,))
        return [Similar(r["similar_id"], r["kind"], r["label"]) for r in rows]

    def esco_matches(self, jobtech_id: str) -> list[EscoMatch]:
        """ESCO mappings of a JobTech occupation or skill (official mapping; richer: ``esco_links``)."""
        return [EscoMatch(r["esco_uri"], r["relation"], r["esco_label_sv"]) for r in
                self._all("SELECT esco_uri, relation, esco_label_sv FROM esco_crosswalk WHERE jobtech_id = ? "
                          "ORDER BY " + STRONGEST_FIRST, (jobtech_id,))]

    def _esco_occ(self, r: sqlite3.Row) -> EscoOccupation:
        return EscoOccupation(r["uri"], r["label"], r["isco_code"], r["description"], bool(r["regulated"]))

    def esco_occupation(self, uri: str) -> EscoOccupation | None:
        """An ESCO occupation by URI."""
        r = self._one("SELECT * FROM esco_occupations WHERE uri = ?", (uri,))
        return self._esco_occ(r) if r else None

    def esco_occupations_for_isco(self, code: str) -> list[EscoOccupation]:
        """ESCO occupations in an ISCO-08 unit group (4-digit code)."""
        return [self._esco_occ(r) for r in
                self._all("SELECT * FROM esco_occupations WHERE isco_code = ? ORDER BY label", (code,))]

    def esco_occupation_skills(self, uri: str) -> list[EscoSkillRef]:
        """Skills of an ESCO occupation: essential first, then optional, by label."""
        rows = self._all("SELECT r.skill_uri, s.label, r.relation FROM esco_occupation_skills r LEFT JOIN esco_skills s "
                         "ON s.uri = r.skill_uri WHERE r.occupation_uri = ? ORDER BY r.relation, s.label", (uri,))
        return [EscoSkillRef(r["skill_uri"], r["label"], r["relation"]) for r in rows]

    def esco_skill(self, uri: str) -> EscoSkill | None:
        """An ESCO skill by URI."""
        r = self._one("SELECT * FROM esco_skills WHERE uri = ?", (uri,))
        return EscoSkill(r["uri"], r["label"], r["skill_type"], r["reuse_level"], r["description"]) if r else None

    # --- labour market
    def ad_counts(self, ssyk_id: str) -> AdCounts:
        """Ads in 2024 per region for a ssyk-level-4 id, plus the national total (Sweden id)."""
        rows = self._all("SELECT region_id, count FROM ad_counts WHERE ssyk_id = ?", (ssyk_id,))
        by_region = {r["region_id"]: r["count"] for r in rows if r["region_id"] != SWEDEN_ID}
        national = next((r["count"] for r in rows if r["region_id"] == SWEDEN_ID), None)
        return AdCounts(ssyk_id, national, by_region)

    def salary(self, ssyk_code: str) -> Salary | None:
        """(low, median, high) monthly salary in SEK; None parts were not published ('..')."""
        r = self._one("SELECT * FROM salaries WHERE ssyk_code = ?", (ssyk_code,))
        return Salary(r["ssyk_code"], r["low"], r["median"], r["high"]) if r else None

    def labour_flow(self, ssyk_code: str) -> list[str]:
        """SSYK codes people commonly move to from ``ssyk_code``, in file order."""
        return [r["to_code"] for r in
                self._all("SELECT to_code FROM labour_flow WHERE ssyk_code = ? ORDER BY rank", (ssyk_code,))]

    def barometer(self, forecast_id: str) -> list[BarometerEntry]:
        """Yrkesbarometer per region (and Sweden) for a forecast-occupation id."""
        return [BarometerEntry(r["region_id"], r["competition"], r["outlook"]) for r in
                self._all("SELECT * FROM barometer WHERE forecast_id = ? ORDER BY rowid", (forecast_id,))]

    def forecast(self, forecast_id: str) -> list[ForecastRow]:
        """Yrkesprognoser rows (fa_region 0 = Sweden, 1-60 = FA regions) for a forecast-occupation id."""
        return [ForecastRow(r["fa_region"], r["assessment_2024"], r["assessment_2026"], r["employed"],
                            r["share_women"], r["share_men"]) for r in
                self._all("SELECT * FROM forecasts WHERE forecast_id = ? ORDER BY fa_region", (forecast_id,))]

    def forecasts_for_ssyk(self, ssyk_id: str) -> list[str]:
        """Forecast-occupation ids linked to a ssyk-level-4 id (empty offline; a live connector fills it)."""
        return [r["forecast_id"] for r in self._all("SELECT forecast_id FROM forecast_ssyk WHERE ssyk_id = ?", (ssyk_id,))]

    # --- education
    def courses_for_ssyk(self, code: str, region_id: str | None = None) -> list[Course]:
        """AUB courses for an SSYK code, optionally only those in a region."""
        sql = ("SELECT c.* FROM course_ssyk s JOIN courses c ON c.doc_id = s.doc_id WHERE s.ssyk_code = ?"
               + (" AND c.region_id = ?" if region_id else "") + " ORDER BY c.title, c.place")
        rows = self._all(sql, (code, region_id) if region_id else (code,))
        return [Course(r["doc_id"], r["title"], r["place"], r["url"], r["municipality_id"], r["region_id"]) for r in rows]

    def programmes(self, region_id: str | None = None, sun5_prefix: str | None = None) -> list[Programme]:
        """Granted YH programmes, optionally in a region and/or with a SUN5 code prefix."""
        sql, params = "SELECT p.* FROM programmes p WHERE 1=1", []
        if region_id:
            sql += " AND EXISTS (SELECT 1 FROM programme_places x WHERE x.doc_id = p.doc_id AND x.region_id = ?)"
            params.append(region_id)
        if sun5_prefix:
            sql += " AND p.sun5_code LIKE ?"
            params.append(sun5_prefix.replace("%", "") + "%")
        out = []
        for r in self._all(sql + " ORDER BY p.title", params):
            places = self._all("SELECT municipality, municipality_id, region_id FROM programme_places WHERE doc_id = ? "
                               "ORDER BY rowid", (r["doc_id"],))
            out.append(Programme(
                r["doc_id"], r["title"], r["diarienummer"], r["sun5_code"], r["sun5_name"], r["area"], r["provider"],
                r["yh_points"], r["pace_percent"], r["study_form"], r["seqf"], r["exam"],
                [p["municipality"] for p in places if p["municipality"]],
                list(dict.fromkeys(p["municipality_id"] for p in places if p["municipality_id"])),
                list(dict.fromkeys(p["region_id"] for p in places if p["region_id"]))))
        return out

    # --- geography
    def regions(self) -> list[Place]:
        """All 21 counties (län)."""
        return [Place(r["id"], r["label"], "region", r["id"])
                for r in self._all("SELECT id, label FROM regions ORDER BY label")]

    def municipalities(self) -> list[Place]:
        """All 290 municipalities with their region id."""
        return [Place(r["id"], r["label"], "municipality", r["region_id"]) for r in
                self._all("SELECT id, label, region_id FROM municipalities ORDER BY label")]

    def region_of_municipality(self, municipality_id: str) -> str | None:
        """The region (län) id of a municipality id."""
        r = self._one("SELECT region_id FROM municipalities WHERE id = ?", (municipality_id,))
        return r["region_id"] if r else None

    def geography(self) -> Geography:
        """Every region and municipality of the store with all their known names (built once)."""
        if self._geo_cache is None:
            self._geo_cache = Geography([*self.regions(), *self.municipalities()])
        return self._geo_cache

    def resolve_place(self, name: str) -> PlaceMatch:
        """Region/municipality ids for a place name in any spelling the core knows ('Skåne', 'skåne län',
        'Malmö', 'Gothenburg', 'مالمو'); ``region_ids`` includes the regions of matched municipalities."""
        return self.geography().resolve(name)

    # --- Arbetsförmedlingen occupation info
    def description_doc(self, occupation_id: str) -> DescriptionDoc | None:
        """The 'Hitta yrken' description document of an occupation, if any."""
        r = self._one("SELECT * FROM descriptions WHERE occupation_id = ?", (occupation_id,))
        return DescriptionDoc(r["occupation_id"], r["doc_id"], r["title"]) if r else None

    def education_requirement(self, occupation_id: str) -> str | None:
        """Arbetsförmedlingen's sentence on the education an occupation requires."""
        r = self._one("SELECT text FROM education_requirements WHERE occupation_id = ?", (occupation_id,))
        return r["text"] if r else None

    def regulated_professions(self, occupation_id: str, ssyk_code: str | None = None) -> list[Any]:
        """Regulated professions (licence, authority) for an occupation; see :mod:`retrieval.relations_regulated`."""
        from retrieval.relations_regulated import regulated_for

        return regulated_for(self, occupation_id, ssyk_code)

    def counts(self) -> dict[str, int]:
        """Row count per table (for health checks and reports)."""
        return {t: self._all(f"SELECT COUNT(*) FROM {t}")[0][0] for t in TABLES}


# --------------------------------------------------------------------------- build
def build_relations(data_dir: str | Path, path: str | Path, sources: Iterable[Any]) -> Path:
    """Build the whole relations DB from ``sources`` atomically.

    Ingest passes its sources in (each has ``name`` and ``write_relations(data_dir, writer)``):
    retrieval owns the DB and its writer, never the sources. Writes into ``<path>.tmp-<pid>`` and
    renames it over ``path`` only when every source has written its tables; on failure the temp
    file is removed and the old DB is left untouched.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    names = []
    try:
        with RelationsWriter(tmp) as writer:
            for source in sources:
                source.write_relations(Path(data_dir), writer)
                names.append(source.name)
            writer.set_meta("built_at", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
            writer.set_meta("sources", ",".join(names))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


__all__ = [
    "Relations",
    "RelationsWriter",
    "RelationsUnavailable",
    "build_relations",
    "SCHEMA_VERSION",
    "Occupation",
    "OccupationRef",
    "Ssyk",
    "Field",
    "DemandedSkill",
    "Skill",
    "Similar",
    "EscoMatch",
    "EscoOccupation",
    "EscoSkillRef",
    "EscoSkill",
    "AdCounts",
    "Salary",
    "BarometerEntry",
    "ForecastRow",
    "Course",
    "Programme",
    "Place",
    "PlaceMatch",
    "DescriptionDoc",
]
