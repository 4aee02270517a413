"""Schema of the exact-relations SQLite database and its writer.

Each table is owned by one source, which fills it through ``RelationsWriter.replace_<table>``;
a replace deletes and re-inserts the whole table in one transaction, so rebuilding is
idempotent. Import :mod:`retrieval.relations` rather than this module.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

SCHEMA_VERSION = "1"

# table -> (columns with types, extra DDL after the columns, index statements)
TABLES: dict[str, tuple[str, list[str]]] = {
    # --- JobTech taxonomy (owner: jobtech_taxonomy)
    "occupations": ("id TEXT PRIMARY KEY, label TEXT NOT NULL, ssyk_id TEXT, field_id TEXT, "
                    "definition TEXT, definition_source TEXT", ["ssyk_id"]),
    "occupation_titles": ("occupation_id TEXT NOT NULL, title TEXT NOT NULL", ["occupation_id", "title COLLATE NOCASE"]),
    "ssyk": ("id TEXT PRIMARY KEY, label TEXT NOT NULL, field_id TEXT", []),
    "fields": ("id TEXT PRIMARY KEY, label TEXT NOT NULL", []),
    "demanded_skills": ("occupation_id TEXT NOT NULL, rank INTEGER NOT NULL, label TEXT NOT NULL", ["occupation_id"]),
    "skills": ("id TEXT PRIMARY KEY, label TEXT NOT NULL, legacy_id TEXT, green INTEGER NOT NULL DEFAULT 0, "
               "digital INTEGER NOT NULL DEFAULT 0, description TEXT, description_source TEXT",
               ["label COLLATE NOCASE"]),
    "skill_headlines": ("id TEXT PRIMARY KEY, label TEXT NOT NULL, legacy_id TEXT", []),
    "similar_occupations": ("occupation_id TEXT NOT NULL, similar_id TEXT NOT NULL, kind TEXT NOT NULL, "
                            "rank INTEGER NOT NULL", ["occupation_id"]),
    "similar_ssyk": ("ssyk_id TEXT NOT NULL, similar_id TEXT NOT NULL, kind TEXT NOT NULL, rank INTEGER NOT NULL",
                     ["ssyk_id"]),
    "regions": ("id TEXT PRIMARY KEY, label TEXT NOT NULL", []),
    "municipalities": ("id TEXT PRIMARY KEY, label TEXT NOT NULL, region_id TEXT", []),
    # --- SSYK codes: from ads (few); a live Taxonomy connector can fill the rest
    "ssyk_codes": ("ssyk_id TEXT PRIMARY KEY, code TEXT NOT NULL, source TEXT NOT NULL", ["code"]),
    # --- ESCO (owner: esco)
    "esco_occupations": ("uri TEXT PRIMARY KEY, label TEXT NOT NULL, isco_code TEXT, description TEXT, "
                         "regulated INTEGER NOT NULL DEFAULT 0", ["isco_code"]),
    "esco_skills": ("uri TEXT PRIMARY KEY, label TEXT NOT NULL, skill_type TEXT, reuse_level TEXT, description TEXT", []),
    "esco_occupation_skills": ("occupation_uri TEXT NOT NULL, skill_uri TEXT NOT NULL, relation TEXT NOT NULL",
                               ["occupation_uri"]),
    # --- official ESCO <-> JobTech mapping tables (owner: esco_mappings). concept_type is the ESCO
    # side: occupation | isco | skill; isco_code from the ISCO row or the ESCO occupation's group.
    "esco_crosswalk": ("jobtech_id TEXT NOT NULL, esco_uri TEXT NOT NULL, relation TEXT NOT NULL, "
                       "concept_type TEXT NOT NULL, jobtech_label TEXT, esco_label_sv TEXT, isco_code TEXT",
                       ["jobtech_id", "esco_uri"]),
    # --- O*NET interests (owner: onet); RIASEC scores 1-7 ("OI" scale)
    "onet_interests": ("onet_code TEXT PRIMARY KEY, title TEXT, r REAL, i REAL, a REAL, s REAL, e REAL, c REAL, "
                       "high_points TEXT", []),
    "onet_esco": ("onet_code TEXT NOT NULL, esco_uri TEXT NOT NULL, match TEXT NOT NULL", ["onet_code", "esco_uri"]),
    "interest_activities": ("riasec TEXT NOT NULL, interest_type TEXT NOT NULL, element_id TEXT, element_name TEXT, "
                            "activity TEXT NOT NULL", ["riasec"]),
    "occupation_interests": ("occupation_id TEXT PRIMARY KEY, r REAL, i REAL, a REAL, s REAL, e REAL, c REAL, "
                             "holland TEXT, onet_codes TEXT, main_onet_code TEXT, route TEXT NOT NULL, via TEXT, "
                             "doc_id TEXT", []),
    # --- regulated professions (owner: regulated_professions; read via retrieval.relations_regulated)
    "regulated_professions": ("doc_id TEXT PRIMARY KEY, key TEXT NOT NULL, name TEXT NOT NULL, authority TEXT NOT NULL, "
                              "licence TEXT NOT NULL, requirement TEXT NOT NULL, url TEXT NOT NULL", []),
    "regulated_occupations": ("occupation_id TEXT NOT NULL, doc_id TEXT NOT NULL", ["occupation_id"]),
    "regulated_ssyk": ("ssyk_code TEXT NOT NULL, doc_id TEXT NOT NULL, whole_group INTEGER NOT NULL", ["ssyk_code"]),
    # --- Arbetsförmedlingen occupation info (owner: af_occupation_info)
    "descriptions": ("occupation_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, title TEXT NOT NULL", []),
    "education_requirements": ("occupation_id TEXT PRIMARY KEY, text TEXT NOT NULL", []),
    # --- education (owners: aub_courses, yh_programmes)
    "courses": ("doc_id TEXT PRIMARY KEY, title TEXT NOT NULL, place TEXT, url TEXT, municipality_id TEXT, "
                "region_id TEXT", []),
    "course_ssyk": ("doc_id TEXT NOT NULL, ssyk_code TEXT NOT NULL", ["ssyk_code"]),
    "programmes": ("doc_id TEXT PRIMARY KEY, title TEXT NOT NULL, diarienummer TEXT, sun5_code TEXT, sun5_name TEXT, "
                   "area TEXT, provider TEXT, yh_points INTEGER, pace_percent INTEGER, study_form TEXT, seqf INTEGER, "
                   "exam TEXT", ["sun5_code"]),
    "programme_places": ("doc_id TEXT NOT NULL, municipality TEXT, municipality_id TEXT, region_id TEXT",
                         ["doc_id", "region_id"]),
    # --- labour market (owner: labour_market)
    "ad_counts": ("ssyk_id TEXT NOT NULL, region_id TEXT NOT NULL, count INTEGER NOT NULL", ["ssyk_id"]),
    "salaries": ("ssyk_code TEXT PRIMARY KEY, low INTEGER, median INTEGER, high INTEGER", []),
    "labour_flow": ("ssyk_code TEXT NOT NULL, rank INTEGER NOT NULL, to_code TEXT NOT NULL", ["ssyk_code"]),
    "barometer": ("forecast_id TEXT NOT NULL, region_id TEXT NOT NULL, competition TEXT, outlook TEXT",
                  ["forecast_id"]),
    "forecasts": ("forecast_id TEXT NOT NULL, fa_region INTEGER NOT NULL, assessment_2024 REAL, assessment_2026 REAL, "
                  "employed INTEGER, share_women REAL, share_men REAL, extra TEXT", ["forecast_id"]),
    "forecast_history": ("forecast_id TEXT NOT NULL, year INTEGER NOT NULL, demand REAL, retirements REAL, "
                         "entrants REAL, demand_forecast REAL, entrants_forecast REAL, retirements_forecast REAL",
                         ["forecast_id"]),
    # Forecast/barometer occupations -> ssyk-level-4. Empty offline (the link is only in the live
    # Taxonomy API); a live connector fills it.
    "forecast_ssyk": ("forecast_id TEXT NOT NULL, ssyk_id TEXT NOT NULL", ["forecast_id", "ssyk_id"]),
}


def _columns(table: str) -> list[str]:
    cols = []
    for part in TABLES[table][0].split(","):
        name = part.strip().split()[0]
        if name.upper() not in {"PRIMARY", "UNIQUE", "FOREIGN"}:
            cols.append(name)
    return cols


def create_schema(conn: sqlite3.Connection) -> None:
    """Create all tables and indexes (idempotent)."""
    conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for table, (cols, indexes) in TABLES.items():
        conn.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")
        for i, idx in enumerate(indexes):
            conn.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_{i} ON {table} ({idx})")
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
    conn.commit()


class RelationsWriter:
    """Writes the relations DB. ``replace_<table>(rows)`` replaces one table's rows atomically.

    Rows are mappings keyed by column name (missing columns are NULL) or tuples in column order.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path)
        self._conn.execute("PRAGMA journal_mode=DELETE")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        create_schema(self._conn)

    def replace(self, table: str, rows: Iterable[Mapping[str, Any] | tuple[Any, ...]]) -> int:
        """Replace all rows of ``table`` in one transaction; returns the number of rows written."""
        if table not in TABLES:
            raise KeyError(f"unknown relations table: {table}")
        cols = _columns(table)
        sql = f"INSERT OR REPLACE INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"

        def as_tuple(row: Mapping[str, Any] | tuple[Any, ...]) -> tuple[Any, ...]:
            if isinstance(row, Mapping):
                return tuple(row.get(c) for c in cols)
            if len(row) != len(cols):
                raise ValueError(f"{table}: expected {len(cols)} values, got {len(row)}")
            return tuple(row)

        with self._conn:  # one transaction: a failed rebuild leaves the old rows
            self._conn.execute(f"DELETE FROM {table}")
            cur = self._conn.executemany(sql, (as_tuple(r) for r in rows))
        return cur.rowcount if cur.rowcount is not None else 0

    def set_meta(self, key: str, value: str) -> None:
        """Store a ``meta`` key (built_at, sources, ...)."""
        with self._conn:
            self._conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def __getattr__(self, name: str) -> Any:
        # replace_<table>(rows) for every table in TABLES
        if name.startswith("replace_") and name[len("replace_"):] in TABLES:
            table = name[len("replace_"):]
            return lambda rows: self.replace(table, rows)
        raise AttributeError(name)

    def close(self) -> None:
        """Commit and close the connection."""
        self._conn.commit()
        self._conn.close()

    def __enter__(self) -> RelationsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
