"""O*NET 29.3 occupational interests (RIASEC) and their transfer to JobTech occupations.

Files (PROVENANCE.md, "O*NET 29.3 occupational interests"): ``onet/Interests.xlsx`` (six "OI"
scores 1–7 per O*NET-SOC occupation, plus high-point rows), ``Occupation_Data.xlsx`` (titles),
``Interests_Illustrative_Activities.xlsx`` (example activities per RIASEC type and per basic
interest), ``Basic_Interests_to_RIASEC.xlsx``; and ``esco_mappings/esco_onet_crosswalk_v1.csv``
(O*NET-SOC 2019 ↔ ESCO occupation or ISCO group).

A JobTech occupation gets a profile by the first route that reaches O*NET:

1. ``esco`` — its ESCO occupations (official ESCO ↔ JobTech mapping) → O*NET codes (crosswalk);
2. ``isco`` — the ISCO-08 groups it maps to (ISCO rows, or the ISCO code of its ESCO
   occupations) → O*NET codes linked to that group, directly (``exactISCO``) or through any
   ESCO occupation in the group;
3. ``ssyk`` — the profiles of the other occupations in its SSYK-4 group.

The profile is the weighted mean of the O*NET scores reached, each code weighted by the
product of the two match strengths. O*NET scored US occupations: every document says so.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.sources._common import concepts, first_id, load_json, load_json_optional, require, require_dir
from ingest.sources.esco_mappings import OCCUPATION_TABLE, esco_isco_codes, occupation_mappings, rows_only
from vagledning.domain.documents import Document, Kind, MalformedRecord, jsonable_meta

ONET_DIR = Path("onet")
CROSSWALK = Path("esco_mappings/esco_onet_crosswalk_v1.csv")
RIASEC = ("R", "I", "A", "S", "E", "C")
ELEMENTS = {"1.B.1.a": "R", "1.B.1.b": "I", "1.B.1.c": "A", "1.B.1.d": "S", "1.B.1.e": "E", "1.B.1.f": "C"}
HIGH_POINTS = ("1.B.1.g", "1.B.1.h", "1.B.1.i")   # values 1-6 index RIASEC, 0 = none
NAMES_EN = {"R": "Realistic", "I": "Investigative", "A": "Artistic", "S": "Social", "E": "Enterprising",
            "C": "Conventional"}
NAMES_SV = {"R": "praktisk", "I": "undersökande", "A": "konstnärlig", "S": "social", "E": "företagsam",
            "C": "ordnande (konventionell)"}
LICENCE_ONET = ("O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration "
                "(USDOL/ETA), CC BY 4.0; ESCO–O*NET crosswalk and ESCO ↔ JobTech mapping © European Union, CC BY 4.0")
ONET_URL = "https://www.onetonline.org/link/summary/{code}"
US_NOTE = ("Profilerna togs fram för amerikanska yrken (O*NET) och är en uppskattning för svenska yrken. "
           "The profiles were made for US occupations (O*NET) and approximate Swedish ones.")

# Match strengths. JobTech side: broad-match = the ESCO occupation is a specialisation of the
# JobTech one (close); narrow-match = ESCO/ISCO is broader (weaker). O*NET side per crosswalk.
W_JOBTECH = {"exact-match": 1.0, "close-match": 0.8, "broad-match": 0.7, "narrow-match": 0.5}
W_ONET = {"exactMatch": 1.0, "closeMatch": 0.8, "broadMatch": 0.6, "narrowMatch": 0.6, "exactISCO": 0.6}
W_ISCO_VIA_ESCO = 0.3   # an O*NET code reached only because some ESCO occupation of the group links it


@dataclass(frozen=True)
class OnetOccupation:
    code: str
    title: str
    scores: dict[str, float]
    high_points: tuple[str, ...]


@dataclass(frozen=True)
class Activity:
    element_id: str
    element_name: str
    interest_type: str   # "general" (one of the six) | "basic" (a basic interest of one RIASEC type)
    riasec: str
    activity: str


@dataclass
class Profile:
    """An interest profile of a JobTech occupation (see the module doc for routes)."""

    occupation_id: str
    scores: dict[str, float]
    weights: dict[str, float]          # O*NET code -> weight used
    route: str                         # esco | isco | ssyk
    via: list[str] = field(default_factory=list)   # ESCO URIs, ISCO codes or the SSYK id

    @property
    def onet_codes(self) -> list[str]:
        return sorted(self.weights, key=lambda c: (-self.weights[c], c))

    @property
    def holland(self) -> str:
        """The three strongest types, strongest first (e.g. "SEC")."""
        return "".join(sorted(RIASEC, key=lambda t: (-self.scores[t], RIASEC.index(t)))[:3])


def _sheet(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, row keyed by header) of the first sheet of an xlsx file."""
    import openpyxl  # imported here: only the O*NET source needs it

    wb = openpyxl.load_workbook(require(path), read_only=True, data_only=True)
    try:
        rows = wb.worksheets[0].iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
        for i, row in enumerate(rows, start=2):
            if row and any(v is not None for v in row):
                yield i, dict(zip(header, row))
    finally:
        wb.close()


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def read_interests(data_dir: Path) -> tuple[dict[str, OnetOccupation], list[MalformedRecord]]:
    """RIASEC "OI" scores per O*NET code; codes missing any of the six scores are malformed."""
    path = Path(data_dir) / ONET_DIR / "Interests.xlsx"
    scores: dict[str, dict[str, float]] = defaultdict(dict)
    highs: dict[str, dict[str, int]] = defaultdict(dict)
    titles: dict[str, str] = {}
    bad: list[MalformedRecord] = []
    for i, row in _sheet(path):
        code, element = _text(row.get("O*NET-SOC Code")), _text(row.get("Element ID"))
        value = row.get("Data Value")
        if not code or not isinstance(value, (int, float)) or isinstance(value, bool):
            bad.append(MalformedRecord(source="onet", locator=f"Interests.xlsx:{i}", reason="no code or numeric Data Value"))
            continue
        titles.setdefault(code, _text(row.get("Title")))
        scale = _text(row.get("Scale ID"))
        if scale == "OI" and element in ELEMENTS:
            if not 1.0 <= float(value) <= 7.0:
                bad.append(MalformedRecord(source="onet", locator=f"Interests.xlsx:{i}", reason="OI score outside 1-7"))
                continue
            scores[code][ELEMENTS[element]] = float(value)
        elif scale == "IH" and element in HIGH_POINTS:
            highs[code][element] = int(value)
    out: dict[str, OnetOccupation] = {}
    for code in sorted(set(scores) | set(highs)):
        if set(scores.get(code, {})) != set(RIASEC):
            bad.append(MalformedRecord(source="onet", locator=f"Interests.xlsx#{code}", reason="not all six OI scores"))
            continue
        hp = tuple(RIASEC[highs[code][e] - 1] for e in HIGH_POINTS if 1 <= highs[code].get(e, 0) <= 6)
        out[code] = OnetOccupation(code, titles.get(code, ""), dict(scores[code]), hp)
    return out, bad


def read_titles(data_dir: Path) -> dict[str, str]:
    """O*NET code -> title (Occupation_Data.xlsx; optional)."""
    path = Path(data_dir) / ONET_DIR / "Occupation_Data.xlsx"
    if not path.is_file():
        return {}
    return {_text(r.get("O*NET-SOC Code")): _text(r.get("Title")) for _, r in _sheet(path) if r.get("O*NET-SOC Code")}


def read_activities(data_dir: Path) -> tuple[list[Activity], list[MalformedRecord]]:
    """Illustrative activities per RIASEC type and per basic interest (mapped to its RIASEC type)."""
    folder = Path(data_dir) / ONET_DIR
    basic_to_riasec: dict[str, str] = {}
    if (folder / "Basic_Interests_to_RIASEC.xlsx").is_file():
        for _, r in _sheet(folder / "Basic_Interests_to_RIASEC.xlsx"):
            letter = ELEMENTS.get(_text(r.get("RIASEC Element ID")))
            if letter:
                basic_to_riasec[_text(r.get("Basic Interests Element ID"))] = letter
    out, bad = [], []
    for i, r in _sheet(folder / "Interests_Illustrative_Activities.xlsx"):
        element, kind, text = _text(r.get("Element ID")), _text(r.get("Interest Type")).lower(), _text(r.get("Activity"))
        letter = ELEMENTS.get(element) or basic_to_riasec.get(element)
        if not text or not letter:
            bad.append(MalformedRecord(source="onet", locator=f"Interests_Illustrative_Activities.xlsx:{i}",
                                       reason="no activity text or unknown interest element"))
            continue
        out.append(Activity(element, _text(r.get("Element Name")), kind or "general", letter, text))
    return out, bad


def read_crosswalk(data_dir: Path) -> Iterator[tuple[str, str, str] | MalformedRecord]:
    """(O*NET code, ESCO occupation or ISCO URI, match type) from the ESCO–O*NET crosswalk."""
    path = Path(data_dir) / CROSSWALK
    with require(path).open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        in_body = False
        for cells in reader:
            if not in_body:
                in_body = bool(cells) and cells[0].strip() == "O*NET Id"
                continue
            if not any(c.strip() for c in cells):
                continue
            if len(cells) < 7 or not cells[3].startswith("http://data.europa.eu/esco/") or cells[6].strip() not in W_ONET:
                yield MalformedRecord(source="onet", locator=f"{path.name}:{reader.line_num}",
                                      reason="expected O*NET id, ESCO/ISCO URI and a known match type")
                continue
            yield cells[0].strip(), cells[3].strip(), cells[6].strip()


def _occupations(data_dir: Path) -> tuple[dict[str, str], dict[str, str]]:
    """JobTech occupation id -> label, and -> ssyk-level-4 id."""
    tax = require_dir(Path(data_dir)) / "taxonomy"
    occ_to_ssyk = load_json_optional(tax / "occupation_to_ssyk_level_4.json", {})
    labels, ssyk = {}, {}
    for c in concepts(load_json(tax / "occupation_names.json")):
        oid, label = c.get("id"), c.get("preferred_label")
        if isinstance(oid, str) and isinstance(label, str):
            labels[oid] = label
            sid = first_id(c.get("ssyk"), (occ_to_ssyk.get(oid) or {}).get("ssyk_id")
                           if isinstance(occ_to_ssyk, dict) else None)
            if sid:
                ssyk[oid] = sid
    return labels, ssyk


@dataclass
class InterestData:
    """Everything the O*NET source derives, computed once per call."""

    onet: dict[str, OnetOccupation]
    titles: dict[str, str]
    activities: list[Activity]
    crosswalk: list[tuple[str, str, str]]
    profiles: dict[str, Profile]
    occupation_labels: dict[str, str]
    occupation_ssyk: dict[str, str]
    esco_labels_sv: dict[str, str]
    malformed: list[MalformedRecord]

    @classmethod
    def load(cls, data_dir: Path) -> InterestData:
        data_dir = Path(data_dir)
        onet, bad = read_interests(data_dir)
        activities, bad_act = read_activities(data_dir)
        cross_items = list(read_crosswalk(data_dir))
        crosswalk = [c for c in cross_items if isinstance(c, tuple)]
        labels, ssyk = _occupations(data_dir)
        mappings = rows_only(occupation_mappings(data_dir)) if (data_dir / OCCUPATION_TABLE).is_file() else []
        profiles = build_profiles(onet, crosswalk, [(m.jobtech_id, m.esco_uri, m.relation, m.isco_code) for m in mappings],
                                  esco_isco_codes(data_dir), ssyk, set(labels))
        return cls(onet, {**{c: o.title for c, o in onet.items()}, **read_titles(data_dir)}, activities, crosswalk,
                   profiles, labels, ssyk, {m.esco_uri: m.esco_label_sv for m in mappings},
                   [*bad, *bad_act, *(c for c in cross_items if isinstance(c, MalformedRecord))])


def _weighted_mean(weights: dict[str, float], onet: dict[str, OnetOccupation]) -> dict[str, float]:
    total = sum(weights.values())
    return {t: round(sum(w * onet[c].scores[t] for c, w in weights.items()) / total, 3) for t in RIASEC}


def _crosswalk_weights(onet: dict[str, OnetOccupation], crosswalk: Iterable[tuple[str, str, str]],
                       isco_of_esco: dict[str, str]) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    """O*NET code weights per ESCO occupation and per ISCO code (directly or through ESCO's ISCO code)."""
    onet_of_esco: dict[str, dict[str, float]] = defaultdict(dict)   # ESCO occupation -> code -> weight
    onet_of_isco: dict[str, dict[str, float]] = defaultdict(dict)   # ISCO code -> code -> weight
    for code, uri, match in crosswalk:
        if code not in onet:
            continue
        if "/isco/" in uri:
            isco = uri.rsplit("/C", 1)[-1]
            onet_of_isco[isco][code] = max(onet_of_isco[isco].get(code, 0.0), W_ONET[match])
        else:
            onet_of_esco[uri][code] = max(onet_of_esco[uri].get(code, 0.0), W_ONET[match])
            esco_isco = isco_of_esco.get(uri)
            if esco_isco:
                w = W_ONET[match] * W_ISCO_VIA_ESCO
                onet_of_isco[esco_isco][code] = max(onet_of_isco[esco_isco].get(code, 0.0), w)
    return onet_of_esco, onet_of_isco


def _ssyk_route(profiles: dict[str, Profile], onet: dict[str, OnetOccupation], occupation_ssyk: dict[str, str],
                occupation_ids: set[str]) -> None:
    """Each profiled member of an SSYK group contributes its normalised code weights to the unprofiled ones."""
    members: dict[str, list[str]] = defaultdict(list)
    for jid, sid in occupation_ssyk.items():
        if jid in profiles:
            members[sid].append(jid)
    for jid in sorted(occupation_ids - set(profiles)):
        group = occupation_ssyk.get(jid)
        if not group or not members.get(group):
            continue
        weights: dict[str, float] = {}
        for other in members[group]:
            total = sum(profiles[other].weights.values())
            for code, w in profiles[other].weights.items():
                weights[code] = weights.get(code, 0.0) + w / total
        profiles[jid] = Profile(jid, _weighted_mean(weights, onet), weights, "ssyk", [group])


def build_profiles(onet: dict[str, OnetOccupation], crosswalk: Iterable[tuple[str, str, str]],
                   mappings: Iterable[tuple[str, str, str, str | None]], isco_of_esco: dict[str, str],
                   occupation_ssyk: dict[str, str], occupation_ids: set[str]) -> dict[str, Profile]:
    """Profiles for ``occupation_ids`` by the routes in the module doc.

    ``mappings`` are (jobtech id, ESCO/ISCO URI, relation, ISCO code of an ISCO row).
    """
    onet_of_esco, onet_of_isco = _crosswalk_weights(onet, crosswalk, isco_of_esco)
    direct: dict[str, dict[str, float]] = defaultdict(dict)
    via: dict[str, list[str]] = defaultdict(list)
    iscos: dict[str, dict[str, float]] = defaultdict(dict)   # jobtech id -> ISCO code -> weight
    for jid, uri, relation, isco_code in mappings:
        if jid not in occupation_ids:
            continue
        w_jt = W_JOBTECH.get(relation, 0.5)
        jt_isco = isco_code or isco_of_esco.get(uri)
        if jt_isco:
            iscos[jid][jt_isco] = max(iscos[jid].get(jt_isco, 0.0), w_jt)
        for code, w in onet_of_esco.get(uri, {}).items():
            direct[jid][code] = direct[jid].get(code, 0.0) + w_jt * w
            if uri not in via[jid]:
                via[jid].append(uri)
    profiles: dict[str, Profile] = {}
    for jid in sorted(occupation_ids):
        if direct.get(jid):
            profiles[jid] = Profile(jid, _weighted_mean(direct[jid], onet), dict(direct[jid]), "esco", via[jid])
            continue
        weights: dict[str, float] = {}
        for isco, w_jt in iscos.get(jid, {}).items():
            for code, w in onet_of_isco.get(isco, {}).items():
                weights[code] = weights.get(code, 0.0) + w_jt * w
        if weights:
            profiles[jid] = Profile(jid, _weighted_mean(weights, onet), weights, "isco", sorted(iscos[jid]))
    _ssyk_route(profiles, onet, occupation_ssyk, occupation_ids)
    return profiles


def _profile_text(label: str, p: Profile, data: InterestData) -> str:
    ranked = sorted(RIASEC, key=lambda t: (-p.scores[t], RIASEC.index(t)))
    top = ", ".join(f"{NAMES_SV[t]} ({NAMES_EN[t]}) {p.scores[t]:.1f}" for t in ranked[:3])
    codes = p.onet_codes[:3]
    via = {"esco": "ESCO-yrken " + ", ".join(data.esco_labels_sv.get(u, u) for u in p.via[:3]),
           "isco": "ISCO-grupp " + ", ".join(p.via[:3]),
           "ssyk": "andra yrken i samma yrkesgrupp (SSYK 4)"}[p.route]
    return (f"Intresseprofil (RIASEC, O*NET 29.3) för {label}. Starkast: {top}. "
            f"Alla sex (skala 1–7): " + ", ".join(f"{NAMES_EN[t]} {p.scores[t]:.1f}" for t in RIASEC) + ". "
            f"Via {via} till O*NET: " + "; ".join(f"{c} {data.titles.get(c, '')}".strip() for c in codes) + ". "
            + US_NOTE)


class OnetSource:
    """O*NET RIASEC interest profiles, transferred to JobTech occupations."""

    name = "onet"
    kinds = (Kind.interest_profile,)

    def documents(self, data_dir: Path) -> Iterator[Document | MalformedRecord]:
        """One citable interest-profile document per JobTech occupation that has a profile."""
        data = InterestData.load(Path(data_dir))
        yield from data.malformed
        for jid, p in data.profiles.items():
            label = data.occupation_labels[jid]
            main = p.onet_codes[0]
            yield Document(
                id=f"onet:interest-profile:{jid}", kind=Kind.interest_profile, concept_id=jid,
                title=f"Intresseprofil: {label}", text=_profile_text(label, p, data), language="sv",
                url=ONET_URL.format(code=main), source=self.name, licence=LICENCE_ONET,
                metadata=jsonable_meta({"occupation_id": jid, "ssyk_id": data.occupation_ssyk.get(jid),
                                        "holland": p.holland, "route": p.route, "main_onet_code": main,
                                        "onet_codes": p.onet_codes[:10], **{t.lower(): p.scores[t] for t in RIASEC}}),
            )

    def write_relations(self, data_dir: Path, db: Any) -> None:
        """O*NET scores, activities, the O*NET ↔ ESCO crosswalk and the JobTech occupation profiles."""
        data = InterestData.load(Path(data_dir))
        db.replace_onet_interests(
            {"onet_code": o.code, "title": data.titles.get(o.code) or o.title, "high_points": "".join(o.high_points),
             **{t.lower(): o.scores[t] for t in RIASEC}} for o in data.onet.values())
        db.replace_onet_esco(data.crosswalk)
        db.replace_interest_activities(
            (a.riasec, a.interest_type, a.element_id, a.element_name, a.activity) for a in data.activities)
        db.replace_occupation_interests(
            {"occupation_id": jid, **{t.lower(): p.scores[t] for t in RIASEC}, "holland": p.holland,
             "onet_codes": ",".join(p.onet_codes), "main_onet_code": p.onet_codes[0], "route": p.route,
             "via": ",".join(p.via), "doc_id": f"onet:interest-profile:{jid}"}
            for jid, p in data.profiles.items())
