"""Relations queries over the official ESCO ↔ JobTech mapping and the O*NET interest profiles.

Mixed into :class:`retrieval.relations.Relations` (``EscoRelationsMixin``), so callers use
``rel.esco_links(occupation_id)``, ``rel.interest_profile(occupation_id)`` …  Tables are written by
``ingest/sources/esco_mappings.py`` (``esco_crosswalk``) and ``ingest/sources/onet.py``
(``onet_interests``, ``onet_esco``, ``interest_activities``, ``occupation_interests``).

A relations DB built before these tables existed answers with empty results (run the ingest to
fill them) instead of failing every answer.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

RIASEC = ("R", "I", "A", "S", "E", "C")
RIASEC_NAMES = {"R": "Realistic", "I": "Investigative", "A": "Artistic", "S": "Social", "E": "Enterprising",
                "C": "Conventional"}
# Strength of a JobTech -> ESCO relation when weighing ESCO skills (see esco_mappings for direction).
RELATION_WEIGHT = {"exact-match": 1.0, "close-match": 0.8, "broad-match": 0.7, "narrow-match": 0.5}
# ORDER BY for esco_crosswalk rows: strongest relation first, ESCO concepts before ISCO groups.
STRONGEST_FIRST = ("CASE relation WHEN 'exact-match' THEN 0 WHEN 'close-match' THEN 1 WHEN 'broad-match' THEN 2 "
                   "ELSE 3 END, concept_type = 'isco', rowid")


@dataclass(frozen=True)
class EscoLink:
    """A JobTech concept's mapping to an ESCO occupation, ISCO group or ESCO skill."""

    jobtech_id: str
    esco_uri: str
    relation: str                 # exact-match | close-match | broad-match | narrow-match
    concept_type: str             # occupation | isco | skill
    label_sv: str | None          # the Swedish ESCO label from the mapping table
    label_en: str | None          # the English ESCO label (ESCO v1.1.1), when known
    isco_code: str | None         # ISCO-08 unit group (occupations and ISCO rows)
    jobtech_label: str | None = None


@dataclass(frozen=True)
class OccupationEscoSkill:
    """An ESCO skill of a JobTech occupation, through its mapped ESCO occupations."""

    skill_uri: str
    label: str | None
    relation: str                 # essential | optional (the strongest over the ESCO occupations)
    weight: float                 # max over routes of relation strength × (1 essential | 0.5 optional)
    via: list[str] = field(default_factory=list)   # ESCO occupation URIs that list it


@dataclass(frozen=True)
class InterestScores:
    """Six RIASEC scores on O*NET's 1–7 "OI" scale."""

    r: float
    i: float
    a: float
    s: float
    e: float
    c: float

    def as_dict(self) -> dict[str, float]:
        return {"R": self.r, "I": self.i, "A": self.a, "S": self.s, "E": self.e, "C": self.c}

    def top(self, n: int = 3) -> list[str]:
        """The ``n`` strongest types, strongest first (ties in RIASEC order)."""
        d = self.as_dict()
        return sorted(RIASEC, key=lambda t: (-d[t], RIASEC.index(t)))[:n]


@dataclass(frozen=True)
class OccupationInterestProfile:
    """A JobTech occupation's interest profile, transferred from O*NET (US occupations)."""

    occupation_id: str
    scores: InterestScores
    holland: str                  # three strongest types, e.g. "SEC"
    onet_codes: list[str]         # by weight, strongest first
    main_onet_code: str
    route: str                    # esco | isco | ssyk (see ingest/sources/onet.py)
    via: list[str]                # ESCO URIs, ISCO codes or the SSYK id the route went through
    doc_id: str                   # the citable interest_profile document


@dataclass(frozen=True)
class OnetInterestProfile:
    onet_code: str
    title: str | None
    scores: InterestScores
    high_points: str              # O*NET's first-third interest high points, e.g. "EC"


@dataclass(frozen=True)
class InterestActivity:
    riasec: str                   # R I A S E C
    interest_type: str            # general | basic
    element_name: str | None      # e.g. "Realistic" or the basic interest "Construction/Woodwork"
    activity: str


def _scores(r: sqlite3.Row) -> InterestScores:
    return InterestScores(r["r"], r["i"], r["a"], r["s"], r["e"], r["c"])


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split(",") if v]


class EscoRelationsMixin:
    """ESCO-mapping and interest-profile queries; needs ``_all(sql, params)`` from Relations."""

    _all: Any   # provided by Relations

    def _has(self, table: str) -> bool:
        known = getattr(self, "_esco_tables", None)
        if known is None:
            known = {r[0] for r in self._all("SELECT name FROM sqlite_master WHERE type = 'table'")}
            cols = {r[1] for r in self._all("PRAGMA table_info(esco_crosswalk)")}
            if "isco_code" not in cols:
                known.discard("esco_crosswalk")  # a DB from before the full mapping
            self._esco_tables = known
        return table in known

    def _rows(self, table: str, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        return self._all(sql, params) if self._has(table) else []

    # --- ESCO mapping
    def _links(self, where: str, params: tuple[Any, ...]) -> list[EscoLink]:
        rows = self._rows("esco_crosswalk",
                          "SELECT x.*, COALESCE(o.label, s.label) AS label_en FROM esco_crosswalk x "
                          "LEFT JOIN esco_occupations o ON o.uri = x.esco_uri LEFT JOIN esco_skills s ON s.uri = x.esco_uri "
                          f"WHERE {where} ORDER BY " + STRONGEST_FIRST.replace("relation", "x.relation")
                          .replace("concept_type", "x.concept_type").replace("rowid", "x.rowid"), params)
        return [EscoLink(r["jobtech_id"], r["esco_uri"], r["relation"], r["concept_type"], r["esco_label_sv"],
                         r["label_en"], r["isco_code"], r["jobtech_label"]) for r in rows]

    def esco_links(self, jobtech_id: str) -> list[EscoLink]:
        """ESCO occupations / ISCO groups (for an occupation) or ESCO skills (for a skill), strongest relation first."""
        return self._links("x.jobtech_id = ?", (jobtech_id,))

    def jobtech_for_esco(self, esco_uri: str) -> list[EscoLink]:
        """The reverse: JobTech occupations or skills mapped to an ESCO concept (or ISCO group URI)."""
        return self._links("x.esco_uri = ?", (esco_uri,))

    def isco_codes(self, occupation_id: str) -> list[str]:
        """ISCO-08 unit groups of a JobTech occupation, from its ESCO mapping (strongest relation first)."""
        out: list[str] = []
        for link in self.esco_links(occupation_id):
            if link.isco_code and link.isco_code not in out:
                out.append(link.isco_code)
        return out

    def esco_skills_for_occupation(self, occupation_id: str, essential_only: bool = False) -> list[OccupationEscoSkill]:
        """ESCO essential/optional skills of a JobTech occupation through its mapped ESCO occupations,
        strongest first. ISCO-only mappings carry no skills."""
        rows = self._rows("esco_crosswalk",
                          "SELECT x.esco_uri, x.relation AS mapping, r.skill_uri, r.relation, s.label "
                          "FROM esco_crosswalk x JOIN esco_occupation_skills r ON r.occupation_uri = x.esco_uri "
                          "LEFT JOIN esco_skills s ON s.uri = r.skill_uri "
                          "WHERE x.jobtech_id = ? AND x.concept_type = 'occupation'", (occupation_id,))
        best: dict[str, tuple[float, str, str | None, list[str]]] = {}
        for r in rows:
            if essential_only and r["relation"] != "essential":
                continue
            w = RELATION_WEIGHT.get(r["mapping"], 0.5) * (1.0 if r["relation"] == "essential" else 0.5)
            prev = best.get(r["skill_uri"])
            via = (prev[3] if prev else []) + ([r["esco_uri"]] if not prev or r["esco_uri"] not in prev[3] else [])
            if prev is None or w > prev[0]:
                best[r["skill_uri"]] = (w, r["relation"], r["label"], via)
            else:
                best[r["skill_uri"]] = (prev[0], prev[1], prev[2], via)
        return [OccupationEscoSkill(uri, label, rel_, round(w, 3), via)
                for uri, (w, rel_, label, via) in sorted(best.items(), key=lambda kv: (-kv[1][0], kv[1][2] or ""))]

    def mapped_occupation_ids(self) -> set[str]:
        """JobTech occupation ids with at least one ESCO occupation or ISCO mapping."""
        return {r[0] for r in self._rows("esco_crosswalk", "SELECT DISTINCT jobtech_id FROM esco_crosswalk "
                                                           "WHERE concept_type IN ('occupation', 'isco')")}

    # --- O*NET interests
    def _profile(self, r: sqlite3.Row) -> OccupationInterestProfile:
        return OccupationInterestProfile(r["occupation_id"], _scores(r), r["holland"], _split(r["onet_codes"]),
                                         r["main_onet_code"], r["route"], _split(r["via"]), r["doc_id"])

    def interest_profile(self, occupation_id: str) -> OccupationInterestProfile | None:
        """The interest profile of a JobTech occupation, or None."""
        rows = self._rows("occupation_interests", "SELECT * FROM occupation_interests WHERE occupation_id = ?",
                          (occupation_id,))
        return self._profile(rows[0]) if rows else None

    def interest_profiles(self) -> dict[str, OccupationInterestProfile]:
        """Every occupation's profile (about 2,800 rows; for ranking by profile fit)."""
        cached = getattr(self, "_interest_cache", None)
        if cached is None:
            cached = {r["occupation_id"]: self._profile(r) for r in
                      self._rows("occupation_interests", "SELECT * FROM occupation_interests")}
            self._interest_cache = cached
        return cached

    def ssyk_interest_profile(self, ssyk_id: str) -> InterestScores | None:
        """Mean profile of the occupations of a ssyk-level-4 group (None if none has one)."""
        rows = self._rows("occupation_interests",
                          "SELECT AVG(p.r) AS r, AVG(p.i) AS i, AVG(p.a) AS a, AVG(p.s) AS s, AVG(p.e) AS e, "
                          "AVG(p.c) AS c, COUNT(*) AS n FROM occupation_interests p JOIN occupations o "
                          "ON o.id = p.occupation_id WHERE o.ssyk_id = ?", (ssyk_id,))
        return _scores(rows[0]) if rows and rows[0]["n"] else None

    def onet_profile(self, onet_code: str) -> OnetInterestProfile | None:
        """O*NET's own RIASEC scores for an O*NET-SOC code."""
        rows = self._rows("onet_interests", "SELECT * FROM onet_interests WHERE onet_code = ?", (onet_code,))
        return OnetInterestProfile(rows[0]["onet_code"], rows[0]["title"], _scores(rows[0]), rows[0]["high_points"] or "") \
            if rows else None

    def onet_codes_for_esco(self, esco_uri: str) -> list[tuple[str, str]]:
        """(O*NET code, match type) linked to an ESCO occupation or ISCO URI by the official crosswalk."""
        return [(r["onet_code"], r["match"]) for r in
                self._rows("onet_esco", "SELECT onet_code, match FROM onet_esco WHERE esco_uri = ? ORDER BY rowid",
                           (esco_uri,))]

    def interest_activities(self, riasec: str | None = None) -> list[InterestActivity]:
        """O*NET's illustrative activities (all, or of one RIASEC type), general ones first."""
        where, params = ("WHERE riasec = ?", (riasec.upper(),)) if riasec else ("", ())
        return [InterestActivity(r["riasec"], r["interest_type"], r["element_name"], r["activity"]) for r in
                self._rows("interest_activities", f"SELECT * FROM interest_activities {where} "
                                                  "ORDER BY interest_type DESC, rowid", params)]
