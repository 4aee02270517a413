"""The relations DB built from the real shared data, and its writer/build guarantees."""
from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor

import pytest

from retrieval.relations import SCHEMA_VERSION, Relations, RelationsUnavailable, RelationsWriter, build_relations

SWEDEN, SKANE, MALMO = "i46j_HmG_v64", "CaRE_1nn_cSU", "oYPt_yRA_Smm"
TRUCK = "GQSf_fnq_kjF"


@pytest.fixture(scope="module")
def rel(relations_db):
    r = Relations(relations_db)  # the session's DB built by build_relations from FILE_SOURCES (tests/harness.py)
    yield r
    r.close()


def test_meta_and_counts(rel):
    meta = rel.meta()
    assert meta["schema_version"] == SCHEMA_VERSION and "jobtech_taxonomy" in meta["sources"]
    counts = rel.counts()
    assert counts["occupations"] == 2819 and counts["ssyk"] == 400 and counts["ssyk_codes"] == 400
    assert counts["esco_occupation_skills"] == 123855 and counts["municipalities"] == 290
    assert counts["forecast_ssyk"] == 0  # filled only by a live connector


def test_occupation(rel):
    occ = rel.occupation(TRUCK)
    assert occ.label == "Truckförare" and occ.ssyk_code == "8344" and occ.ssyk_label == "Truckförare"
    assert occ.field_label == "Transport, distribution, lager"
    assert "Gaffeltruckförare" in occ.titles and occ.definition_source == "esco-sv"
    assert rel.occupation("nope") is None
    assert [o.id for o in rel.occupation_by_label("gaffeltruckförare")] == [TRUCK]
    assert TRUCK in [o.id for o in rel.occupations_in_ssyk(occ.ssyk_id)]


def test_ssyk_and_field(rel):
    nurse = rel.ssyk_by_code("2221")
    assert nurse.label == "Grundutbildade sjuksköterskor" and rel.ssyk(nurse.id) == nurse
    field = rel.field(nurse.field_id)
    assert field.label == "Hälso- och sjukvård" and nurse.id in field.ssyk_ids


def test_skills(rel):
    demanded = rel.demanded_skills(TRUCK)
    assert demanded[0].label and any(d.skill_id for d in demanded)
    hit = next(d for d in demanded if d.skill_id)
    skill = rel.skill(hit.skill_id)
    assert skill.label.casefold() == hit.label.casefold()
    assert rel.skill_by_label(hit.label.upper()).id == skill.id


def test_similar(rel):
    sims = rel.similar_occupations(TRUCK)
    assert {s.kind for s in sims} == {"within_field", "similar_field"} and sims[0].kind == "within_field"
    assert rel.similar_ssyk(rel.ssyk_by_code("2221").id)


def test_esco(rel):
    assert rel.esco_matches("15e8_KDZ_31Z")[0].relation == "close-match"
    nurses = rel.esco_occupations_for_isco("2221")
    general = next(o for o in nurses if o.label == "nurse responsible for general care")
    skills = rel.esco_occupation_skills(general.uri)
    assert skills and skills[0].relation == "essential" and {s.relation for s in skills} <= {"essential", "optional"}
    assert rel.esco_skill(skills[0].skill_uri).label == skills[0].label


def test_labour_market(rel):
    nurse = rel.ssyk_by_code("2221")
    counts = rel.ad_counts(nurse.id)
    assert counts.national > 0 and counts.by_region[SKANE] > 0 and SWEDEN not in counts.by_region
    sal = rel.salary("2221")
    assert (sal.low, sal.median, sal.high) == (33300, 40600, 55900)
    assert rel.salary("1111").median is None  # ".." in the file
    assert rel.labour_flow("2221")[0] == "2227"
    assert rel.forecasts_for_ssyk(nurse.id) == []


def test_barometer_and_forecast(rel, data_dir):
    import json

    fid = next(iter(json.loads((data_dir / "labour_market/yrkesbarometer_regional.json").read_text(encoding="utf-8"))))
    entries = rel.barometer(fid)
    assert any(e.region_id == SWEDEN for e in entries) and entries[0].competition in {"små", "medelstora", "stora"}
    rows = rel.forecast("1JfT_7TR_tqA")
    assert rows[0].fa_region == 0 and rows[0].assessment_2024 == 3.0 and rows[0].employed == 18053


def test_education(rel):
    courses = rel.courses_for_ssyk("8332")
    assert courses and all(c.doc_id.startswith("course:") for c in courses)
    assert all(c.region_id == SKANE for c in rel.courses_for_ssyk("8332", region_id=SKANE))
    skane = rel.programmes(region_id=SKANE)
    assert skane and all(SKANE in p.region_ids for p in skane)
    it = rel.programmes(sun5_prefix="481")
    assert it and all(p.sun5_code.startswith("481") for p in it)


def test_places(rel):
    assert len(rel.regions()) == 21 and len(rel.municipalities()) == 290
    assert rel.region_of_municipality(MALMO) == SKANE
    malmo = rel.resolve_place("Malmö")
    assert malmo.municipality_ids == [MALMO] and malmo.region_ids == [SKANE]
    assert rel.resolve_place("Skåne").region_ids == [SKANE] == rel.resolve_place("skåne län").region_ids
    gbg = rel.resolve_place("Göteborg")
    assert gbg.municipality_ids and gbg.region_ids == ["zdoY_6u5_Krt"]
    sthlm = rel.resolve_place("Stockholm")
    assert sthlm.municipality_ids == ["AvNB_uwa_6n6"] and sthlm.region_ids == ["CifL_Rzy_Mku"]
    assert not rel.resolve_place("Atlantis").region_ids


def test_occupation_info(rel):
    assert rel.description_doc("tQFo_jhD_UXT").doc_id == "af:description:tQFo_jhD_UXT"
    assert "högskole" in rel.education_requirement("tQFo_jhD_UXT")


def test_many_threads_read(rel):
    def work(_):
        return rel.salary("2221").median, rel.region_of_municipality(MALMO)

    with ThreadPoolExecutor(8) as pool:
        assert set(pool.map(work, range(64))) == {(40600, SKANE)}


def test_reader_is_read_only(rel):
    with pytest.raises(RelationsUnavailable):
        rel._all("DELETE FROM salaries")


def test_missing_db(tmp_path):
    with pytest.raises(RelationsUnavailable, match="not found"):
        Relations(tmp_path / "none.sqlite")


def test_writer_replace_is_idempotent(tmp_path):
    path = tmp_path / "r.sqlite"
    with RelationsWriter(path) as w:
        w.replace_salaries([("2221", 1, 2, 3), ("2222", 4, 5, 6)])
        w.replace_salaries([{"ssyk_code": "2221", "low": 7, "median": 8, "high": 9}])
    r = Relations(path)
    assert r.salary("2221").median == 8 and r.salary("2222") is None
    with pytest.raises(AttributeError):
        RelationsWriter(tmp_path / "x.sqlite").replace_nonexistent  # noqa: B018 - the lookup itself must raise


def test_failed_build_keeps_old_db(data_dir, tmp_path):
    path = tmp_path / "rel.sqlite"
    with RelationsWriter(path) as w:
        w.replace_salaries([("2221", 1, 2, 3)])

    class Boom:
        name = "boom"
        kinds = ()

        def write_relations(self, data_dir, db):
            db.replace_salaries([("9999", 1, 1, 1)])
            raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        build_relations(data_dir, path, [Boom()])
    assert [p.name for p in tmp_path.iterdir()] == ["rel.sqlite"]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT ssyk_code FROM salaries").fetchall() == [("2221",)]
