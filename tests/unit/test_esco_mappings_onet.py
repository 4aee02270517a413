"""Official ESCO ↔ JobTech mapping and O*NET interest profiles: parsers on hand-written fixtures
(CSV and xlsx written here), the relations they fill, and coverage on the real shared data."""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from ingest.sources.esco import EscoSource
from ingest.sources.esco_mappings import (
    EscoMappingsSource,
    MappingRow,
    occupation_alias_labels,
    occupation_mappings,
    skill_mappings,
)
from ingest.sources.jobtech_taxonomy import JobTechTaxonomySource
from ingest.sources.onet import US_NOTE, OnetSource
from retrieval.relations import Relations, RelationsWriter
from vagledning.domain.documents import Document, Kind, MalformedRecord

ESCO = "http://data.europa.eu/esco/occupation/"
SKILL = "http://data.europa.eu/esco/skill/"
JT = "http://data.jobtechdev.se/taxonomy/concept/"
OCC_HEADER = ("Column1,Column2,Column3,Column4,Column5,Column6,Column7,Column8\n"
              "Mapping project name,ESCO - SE NOC,,,,,,\n,,,,,,,\n"
              "Classification 1 URI,Classification 1 PrefLabel,Classification 1 URL,Classification 2 URI,"
              "Classification 2 PrefLabel,Classification 2 URL,Mapping relation,Editorial note\n")


def _occ_row(esco: str, label: str, jt: str, jt_label: str, rel: str) -> str:
    return f'{esco},"{label}",{esco},{JT}{jt},"{jt_label}",{JT}{jt},{rel},\n'


def write_occupation_table(root: Path) -> None:
    rows = [
        _occ_row(f"{ESCO}e-nurse", "sjuksköterska, allmän", "occA", "Sjuksköterska", "skos:exactMatch"),
        _occ_row(f"{ESCO}e-ward", "avdelningssköterska", "occA", "Sjuksköterska", "skos:broadMatch"),
        _occ_row(f"{ESCO}e-health", "hälsoarbetare", "occA", "Sjuksköterska", "skos:narrowMatch"),
        _occ_row("http://data.europa.eu/esco/isco/C8332", "Lastbilsförare", "occB", "Timmerbilsförare", "skos:narrowMatch"),
        f"{ESCO}e-none,vindkrafttekniker,{ESCO}e-none,,,,no relation,\n",
        _occ_row(f"{ESCO}e-bad", "fel", "occX", "Fel", "skos:sortOfMatch"),       # unknown relation
        _occ_row("http://example.org/x", "fel", "occY", "Fel", "skos:exactMatch"),  # not an ESCO URI, no salvage
    ]
    folder = root / "esco_mappings"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "se_occupations_esco_v1.1.1.csv").write_text(OCC_HEADER + "".join(rows), encoding="utf-8")


def write_skill_table(root: Path) -> None:
    lines = [
        "\ufeffMapping project name,ESCO - SE NSC;",
        ",;",
        "Classification 1 URI,Classification 1 PrefLabel,Classification 1 URL,Classification 2 URI,"
        "Classification 2 PrefLabel,Classification 2 URL,Mapping relation,Editorial note;",
        f"{SKILL}s-care,vårda patienter,,{JT}skA,Omvårdnad,,skos:exactMatch,;",
        # a whole record quoted as one cell, inner quotes doubled
        f'"{SKILL}s-drive,köra lastbil,,{JT}skB,""Lastbil, körning"",,skos:broadMatch,";',
        # split by a stray ';' inside the record: salvaged from its URIs
        f'{SKILL}s-dance,läsa dansnoter,;"{JT}skC,""Instudering, dans"",,skos:broadMatch,,"',
        # misquoted label pushes the relation into the wrong cell: salvaged
        f'"{SKILL}s-fish,samla in levande fisk,,{JT}skD,Fiskodling,"",skos:closeMatch"",,";',
        f"{SKILL}s-none,acceptera ansvar,,,,,no relation,;",
        f",,,{JT}skE,Kasinopersonal,,no relation,;",
        # two ESCO URIs and no relation: cannot be salvaged
        f"{SKILL}s-x,{SKILL}s-y,,{JT}skF,Trasig,,,;",
        # last line without the final editorial-note cell and without ';'
        f"{SKILL}s-last,sista,,{JT}skA,Omvårdnad,,skos:narrowMatch",
    ]
    folder = root / "esco_mappings"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "se_skills_esco_2023-11-30.csv").write_text("\n".join(lines), encoding="utf-8")


def _xlsx(path: Path, header: list[str], rows: list[tuple]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


NURSE = {"R": 3.0, "I": 4.0, "A": 1.0, "S": 7.0, "E": 2.0, "C": 4.0}
DRIVER = {"R": 7.0, "I": 2.0, "A": 1.0, "S": 1.0, "E": 1.0, "C": 5.0}
ELEMENT = {"R": "1.B.1.a", "I": "1.B.1.b", "A": "1.B.1.c", "S": "1.B.1.d", "E": "1.B.1.e", "C": "1.B.1.f"}


def write_onet(root: Path) -> None:
    rows = []
    for code, title, scores in (("29-1141.00", "Registered Nurses", NURSE), ("53-3032.00", "Truck Drivers", DRIVER)):
        rows += [(code, title, ELEMENT[t], t, "OI", "Occupational Interests", v) for t, v in scores.items()]
        rows.append((code, title, "1.B.1.g", "First Interest High-Point", "IH", "High-Point", 4 if code[0] == "2" else 1))
    rows.append(("11-1011.00", "Chief Executives", "1.B.1.a", "Realistic", "OI", "Occupational Interests", 1.3))  # incomplete
    rows.append(("11-1011.00", "Chief Executives", "1.B.1.b", "Investigative", "OI", "Occupational Interests", "n/a"))
    header = ["O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name", "Data Value"]
    _xlsx(root / "onet" / "Interests.xlsx", header, rows)
    _xlsx(root / "onet" / "Occupation_Data.xlsx", ["O*NET-SOC Code", "Title", "Description"],
          [("29-1141.00", "Registered Nurses", "Assess patient health."), ("53-3032.00", "Heavy Truck Drivers", "Drive.")])
    _xlsx(root / "onet" / "Basic_Interests_to_RIASEC.xlsx",
          ["Basic Interests Element ID", "Basic Interests Element Name", "RIASEC Element ID", "RIASEC Element Name"],
          [("1.B.3.w", "Health Care Service", "1.B.1.d", "Social")])
    _xlsx(root / "onet" / "Interests_Illustrative_Activities.xlsx", ["Element ID", "Element Name", "Interest Type", "Activity"],
          [("1.B.1.a", "Realistic", "General", "Build kitchen cabinets."),
           ("1.B.3.w", "Health Care Service", "Basic", "Care for sick people."),
           ("9.9.9", "Unknown", "Basic", "Orphan activity.")])
    cross = ("O*NET-SOC to ESCO,,,,,,\n,,,,,,\n"
             "O*NET Id,O*NET Title,O*NET Description,ESCO or ISCO URI,ESCO or ISCO Title,ESCO or ISCO Description,Type of Match\n"
             f'29-1141.00,Registered Nurses,"Assess\npatients.",{ESCO}e-nurse,nurse,"Cares.",exactMatch\n'
             f"29-1141.00,Registered Nurses,x,{ESCO}e-ward,ward nurse,y,broadMatch\n"
             "53-3032.00,Truck Drivers,x,http://data.europa.eu/esco/isco/C8332,Heavy truck drivers,y,exactISCO\n"
             "53-3032.00,Truck Drivers,x,not-a-uri,?,y,closeMatch\n")
    (root / "esco_mappings" / "esco_onet_crosswalk_v1.csv").write_text(cross, encoding="utf-8")


def write_esco_and_taxonomy(root: Path) -> None:
    esco = root / "esco" / "v1.1.1"
    esco.mkdir(parents=True, exist_ok=True)
    occ_cols = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate," \
               "regulatedProfessionNote,scopeNote,definition,inScheme,description,code\n"
    (esco / "occupations_en.csv").write_text(
        occ_cols + "".join(f"Occupation,{ESCO}{u},{isco},{label},,,released,,,,,,,\n" for u, isco, label in
                           (("e-nurse", "2221", "general nurse"), ("e-ward", "2221", "ward nurse"),
                            ("e-health", "3259", "health worker"))), encoding="utf-8")
    (esco / "skills_en.csv").write_text(
        "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,"
        "scopeNote,definition,inScheme,description\n"
        f"KnowledgeSkillCompetence,{SKILL}s-care,skill/competence,x,care for patients,,,released,,,,,\n"
        f"KnowledgeSkillCompetence,{SKILL}s-med,skill/competence,x,give medication,,,released,,,,,\n", encoding="utf-8")
    (esco / "occupationSkillRelations.csv").write_text(
        "occupationUri,relationType,skillType,skillUri\n"
        f"{ESCO}e-nurse,essential,skill/competence,{SKILL}s-care\n"
        f"{ESCO}e-nurse,optional,skill/competence,{SKILL}s-med\n"
        f"{ESCO}e-ward,essential,skill/competence,{SKILL}s-med\n", encoding="utf-8")
    tax = root / "taxonomy"
    tax.mkdir(parents=True, exist_ok=True)
    concepts = [{"id": oid, "preferred_label": label, "ssyk": [{"id": ssyk}]} for oid, label, ssyk in
                (("occA", "Sjuksköterska", "ssykN"), ("occB", "Timmerbilsförare", "ssykT"),
                 ("occC", "Sjuksköterska, annan", "ssykN"), ("occD", "Ensamt yrke", "ssykZ"))]
    (tax / "occupation_names.json").write_text(json.dumps({"data": {"concepts": concepts}}), encoding="utf-8")


@pytest.fixture()
def fixture_dir(tmp_path: Path) -> Path:
    write_occupation_table(tmp_path)
    write_skill_table(tmp_path)
    write_onet(tmp_path)
    write_esco_and_taxonomy(tmp_path)
    return tmp_path


def test_occupation_table_parsing(fixture_dir):
    items = list(occupation_mappings(fixture_dir))
    rows = [i for i in items if isinstance(i, MappingRow)]
    bad = [i for i in items if isinstance(i, MalformedRecord)]
    assert [(r.jobtech_id, r.relation, r.concept_type) for r in rows] == [
        ("occA", "exact-match", "occupation"), ("occA", "broad-match", "occupation"),
        ("occA", "narrow-match", "occupation"), ("occB", "narrow-match", "isco")]
    assert rows[3].isco_code == "8332" and rows[0].isco_code is None
    assert rows[0].esco_label_sv == "sjuksköterska, allmän"
    assert len(bad) == 2 and all(b.source == "esco_mappings" and b.locator.startswith("se_occupations") for b in bad)
    assert "unknown mapping relation" in bad[0].reason
    # narrow-match labels are broader than the occupation and never become aliases; ISCO labels neither
    assert occupation_alias_labels(fixture_dir) == {"occA": ["sjuksköterska, allmän", "avdelningssköterska"]}


def test_skill_table_parsing_salvages_misquoted_records(fixture_dir):
    items = list(skill_mappings(fixture_dir))
    rows = {r.esco_uri.rsplit("/", 1)[-1]: r for r in items if isinstance(r, MappingRow)}
    bad = [i for i in items if isinstance(i, MalformedRecord)]
    assert set(rows) == {"s-care", "s-drive", "s-dance", "s-fish", "s-last"}
    assert rows["s-drive"].jobtech_label == "Lastbil, körning" and not rows["s-drive"].salvaged
    assert rows["s-dance"].salvaged and rows["s-dance"].jobtech_id == "skC"
    assert rows["s-dance"].jobtech_label == "Instudering, dans" and rows["s-dance"].esco_label_sv == "läsa dansnoter"
    assert rows["s-fish"].salvaged and rows["s-fish"].relation == "close-match"
    assert rows["s-last"].relation == "narrow-match"
    assert len(bad) == 1 and bad[0].locator.startswith("se_skills_esco_2023-11-30.csv:")


def _relations(data_dir: Path, path: Path) -> Relations:
    with RelationsWriter(path) as db:
        for source in (EscoSource(), EscoMappingsSource(), OnetSource()):
            source.write_relations(data_dir, db)
        db.replace_occupations([{"id": o, "label": o, "ssyk_id": s} for o, s in
                                (("occA", "ssykN"), ("occB", "ssykT"), ("occC", "ssykN"), ("occD", "ssykZ"))])
    return Relations(path)


def test_relations_links_skills_and_isco(fixture_dir, tmp_path):
    rel = _relations(fixture_dir, tmp_path / "rel.sqlite")
    links = rel.esco_links("occA")
    assert [(link.relation, link.isco_code, link.label_en) for link in links] == [
        ("exact-match", "2221", "general nurse"), ("broad-match", "2221", "ward nurse"),
        ("narrow-match", "3259", "health worker")]
    assert rel.isco_codes("occA") == ["2221", "3259"] and rel.isco_codes("occB") == ["8332"]
    assert rel.esco_matches("occA")[0].esco_uri == f"{ESCO}e-nurse"
    skills = rel.esco_skills_for_occupation("occA")
    # care: essential in an exact match (1.0); medication: essential via broad (0.7) beats optional via exact (0.5)
    assert [(s.label, s.relation, s.weight) for s in skills] == [("care for patients", "essential", 1.0),
                                                                  ("give medication", "essential", 0.7)]
    assert set(skills[1].via) == {f"{ESCO}e-nurse", f"{ESCO}e-ward"}
    assert rel.esco_skills_for_occupation("occB") == []       # ISCO-only mappings carry no skills
    assert [link.esco_uri for link in rel.esco_links("skA")] == [f"{SKILL}s-care", f"{SKILL}s-last"]
    assert {link.jobtech_id for link in rel.jobtech_for_esco(f"{SKILL}s-care")} == {"skA"}
    assert rel.mapped_occupation_ids() == {"occA", "occB"}


def test_interest_profiles_routes_and_documents(fixture_dir, tmp_path):
    rel = _relations(fixture_dir, tmp_path / "rel.sqlite")
    a, b, c = rel.interest_profile("occA"), rel.interest_profile("occB"), rel.interest_profile("occC")
    assert rel.interest_profile("occD") is None            # no mapping and no profiled group member
    # occA reaches 29-1141.00 twice (exact·exact 1.0 + broad·broad 0.7·0.6): one code, its own scores
    assert a.route == "esco" and a.onet_codes == ["29-1141.00"] and a.scores.as_dict() == NURSE
    assert a.holland == "SIC" and a.via == [f"{ESCO}e-nurse", f"{ESCO}e-ward"]
    assert b.route == "isco" and b.via == ["8332"] and b.scores.as_dict() == DRIVER and b.main_onet_code == "53-3032.00"
    assert c.route == "ssyk" and c.via == ["ssykN"] and c.scores.as_dict() == NURSE
    assert rel.ssyk_interest_profile("ssykN").s == 7.0 and rel.ssyk_interest_profile("ssykZ") is None
    onet = rel.onet_profile("29-1141.00")
    assert onet.title == "Registered Nurses" and onet.high_points == "S" and rel.onet_profile("11-1011.00") is None
    assert rel.onet_codes_for_esco(f"{ESCO}e-ward") == [("29-1141.00", "broadMatch")]
    acts = rel.interest_activities()
    assert [(x.riasec, x.interest_type) for x in acts] == [("R", "general"), ("S", "basic")]
    assert rel.interest_activities("s")[0].activity == "Care for sick people."

    items = list(OnetSource().documents(fixture_dir))
    docs = {d.concept_id: d for d in items if isinstance(d, Document)}
    bad = [i for i in items if isinstance(i, MalformedRecord)]
    assert set(docs) == {"occA", "occB", "occC"}
    doc = docs["occA"]
    assert doc.kind is Kind.interest_profile and doc.id == a.doc_id
    assert doc.url == "https://www.onetonline.org/link/summary/29-1141.00"
    assert "O*NET 29.3" in doc.licence and "CC BY 4.0" in doc.licence
    assert US_NOTE in doc.text and "sjuksköterska, allmän" in doc.text and "Registered Nurses" in doc.text
    assert doc.metadata["holland"] == "SIC" and doc.metadata["route"] == "esco" and doc.metadata["s"] == 7.0
    reasons = sorted(b.locator.split(":")[0].split("#")[0] for b in bad)
    # non-numeric score, incomplete code, orphan activity, crosswalk row without an ESCO URI
    assert reasons == ["Interests.xlsx", "Interests.xlsx", "Interests_Illustrative_Activities.xlsx",
                       "esco_onet_crosswalk_v1.csv"]


def test_old_relations_db_answers_empty(tmp_path):
    """A DB built before these tables existed gives empty answers, not errors."""
    import sqlite3

    path = tmp_path / "old.sqlite"
    with RelationsWriter(path):
        pass
    with sqlite3.connect(path) as conn:
        for table in ("occupation_interests", "interest_activities", "esco_crosswalk"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("CREATE TABLE esco_crosswalk (jobtech_id TEXT, esco_uri TEXT, relation TEXT, concept_type TEXT, "
                     "jobtech_label TEXT, esco_label_sv TEXT)")
    rel = Relations(path)
    assert rel.esco_links("x") == [] and rel.interest_profile("x") is None and rel.interest_activities() == []


# --------------------------------------------------------------------------- real shared data
@pytest.fixture(scope="module")
def real_relations(relations_db):
    """The session's relations DB of the real data (tests/harness.py); the writers of the taxonomy,
    ESCO, the ESCO mappings and O*NET fill the tables read here."""
    rel = Relations(relations_db)
    yield rel
    rel.close()


def test_real_mapping_coverage(data_dir, real_relations):
    rel = real_relations
    occupation_ids = {r["id"] for r in rel._all("SELECT id FROM occupations")}
    mapped = rel.mapped_occupation_ids() & occupation_ids
    assert len(occupation_ids) == 2819 and len(mapped) / len(occupation_ids) >= 0.90       # measured 2,670 (94.7 %)
    # store skills carry 2019 concept ids; the mapping's concept ids are the same id space
    skill_ids = {r["id"] for r in rel._all("SELECT id FROM skills")}
    skill_mapped = {r[0] for r in rel._all("SELECT DISTINCT jobtech_id FROM esco_crosswalk WHERE concept_type = 'skill'")}
    assert len(skill_ids & skill_mapped) / len(skill_ids) >= 0.85                           # measured 4,975 / 5,793
    with_skills = sum(1 for o in list(mapped)[:300] if rel.esco_skills_for_occupation(o))
    assert with_skills >= 150
    malformed = [i for f in (occupation_mappings, skill_mappings) for i in f(data_dir) if isinstance(i, MalformedRecord)]
    assert malformed == []          # the 8 misquoted skill records are salvaged
    salvaged = [i for i in skill_mappings(data_dir) if isinstance(i, MappingRow) and i.salvaged]
    assert len(salvaged) == 8


def test_real_interest_coverage(real_relations):
    rel = real_relations
    profiles = rel.interest_profiles()
    assert len(profiles) / 2819 >= 0.95                                                   # measured 2,793
    groups = {r[0] for r in rel._all("SELECT DISTINCT o.ssyk_id FROM occupation_interests p JOIN occupations o "
                                     "ON o.id = p.occupation_id")}
    assert len(groups) >= 390                                                              # measured 394 of 400
    assert sum(p.route == "esco" for p in profiles.values()) >= 1500
    nurse = rel.occupation_by_label("Ambulanssjuksköterska")[0]
    assert rel.interest_profile(nurse.id).holland[0] == "S"
    truck = rel.occupation_by_label("Fjärrbilsförare")[0]
    assert rel.interest_profile(truck.id).holland[0] == "R"
    assert len(rel.interest_activities()) == 188


def test_real_esco_labels_become_occupation_aliases(data_dir):
    docs = [d for d in JobTechTaxonomySource().documents(data_dir) if isinstance(d, Document) and d.kind is Kind.occupation]
    with_esco = occupation_alias_labels(data_dir)
    assert len(with_esco) >= 1800
    by_id = {d.concept_id: d for d in docs}
    some = next(oid for oid in with_esco if oid in by_id)
    aliases = {a.casefold() for a in by_id[some].aliases} | {by_id[some].title.casefold()}
    assert all(label.casefold() in aliases for label in with_esco[some])
