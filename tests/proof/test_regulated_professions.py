"""Regulated professions: the curated data, its documents, the relations accessor, and the
recognition evidence / licence route on the real store."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml
from pydantic import ValidationError

from ingest.sources.jobtech_taxonomy import JobTechTaxonomySource
from ingest.sources.regulated import ROUTE_KEYS, RegulatedProfessionsSource, load, parse
from retrieval.relations import Relations, build_relations
from retrieval.ssyk_codes import code_table
from vagledning.domain.documents import Document, Kind

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "ingest" / "data" / "regulated_professions.yaml"
HEALTH_21 = {"Läkare", "Sjuksköterska", "Barnmorska", "Röntgensjuksköterska", "Apotekare", "Receptarie", "Tandläkare",
             "Tandhygienist", "Psykolog", "Psykoterapeut", "Fysioterapeut", "Arbetsterapeut", "Logoped", "Audionom",
             "Dietist", "Biomedicinsk analytiker", "Optiker", "Kiropraktor", "Naprapat", "Ortopedingenjör",
             "Sjukhusfysiker"}
APOTEKARE, KLINIKAPOTEKARE, PSYKOLOGSTUDERANDE = "pAdE_uVY_JrR", "VCiQ_q2Z_SfP", "xnpp_dc3_tYy"


def _https(url) -> bool:
    parsed = urlparse(str(url))
    return parsed.scheme == "https" and "." in parsed.netloc and " " not in str(url)


@pytest.fixture(scope="module")
def taxonomy(data_dir):
    """occupation-name id -> SSYK-2012 code, from the shared taxonomy files and the SCB code list."""
    def concepts(name):
        return json.loads((data_dir / "taxonomy" / name).read_text(encoding="utf-8"))["data"]["concepts"]

    from retrieval.ssyk_codes import code_for_label

    group_code = {c["id"]: code_for_label(c["preferred_label"]) for c in concepts("ssyk_level_4.json")}
    return {c["id"]: group_code.get((c.get("ssyk") or [{}])[0].get("id")) for c in concepts("occupation_names.json")}


# --------------------------------------------------------------------------- the curated data
def test_provenance_says_where_it_comes_from_and_when():
    prov = load().provenance
    assert prov["written"] and "re-check" in prov["method"] and "re-checked" in prov["status"]
    assert _https(prov["starting_point"]) and "uhr.se" in prov["starting_point"]
    assert prov["licence"]


def test_every_profession_has_authority_licence_https_urls_and_steps():
    data = load()
    assert len(data.professions) >= 30
    for auth in data.authorities.values():
        assert _https(auth.url), auth.name
    for p in data.professions:
        assert p.authority in data.authorities and p.licence_sv and p.licence_en and p.name_en
        assert _https(p.url) and all(_https(u) for u in p.sources), p.key
        for key in ROUTE_KEYS:
            steps = p.routes[key]
            assert steps and all(len(s) > 15 for s in steps), (p.key, key)


def test_the_21_health_professions_are_socialstyrelsen_and_the_other_authorities_are_covered():
    data = load()
    by_name = {p.name_sv: p for p in data.professions}
    assert HEALTH_21 <= set(by_name)
    assert {by_name[n].authority for n in HEALTH_21} == {"socialstyrelsen"}
    expected = {"Lärare": "skolverket", "Förskollärare": "skolverket", "Elinstallatör": "elsakerhetsverket",
                "Taxiförare": "transportstyrelsen", "Lokförare": "transportstyrelsen", "Pilot": "transportstyrelsen",
                "Yrkesförare (buss och tung lastbil)": "transportstyrelsen", "Advokat": "advokatsamfundet",
                "Auktoriserad revisor": "revisorsinspektionen", "Veterinär": "jordbruksverket",
                "Ordningsvakt": "polismyndigheten", "Fastighetsmäklare": "fmi"}
    assert {n: by_name[n].authority for n in expected} == expected
    # the licensed-outside-EU route names the real steps, not a generic "contact UHR"
    steps = " ".join(by_name["Läkare"].routes["outside_eu"])
    for word in ("granskad", "Svenska 3", "C1", "kunskapsprovet", "författningar", "praktisk tjänstgöring"):
        assert word in steps


def test_occupation_ids_and_ssyk_codes_exist_and_agree(taxonomy):
    known_codes = set(code_table().values())
    for p in load().professions:
        assert set(p.ssyk_codes) <= known_codes, p.key
        for oid in p.occupation_ids:
            assert oid in taxonomy, (p.key, oid)
            assert taxonomy[oid] in p.ssyk_codes, (p.key, oid, taxonomy[oid])
        for code in p.ssyk_codes:  # every listed group is reached by an occupation or as a whole group
            assert code in p.whole_ssyk_groups or any(taxonomy[o] == code for o in p.occupation_ids), (p.key, code)


def test_students_are_not_mapped_to_a_licence(taxonomy):
    mapped = {oid for p in load().professions for oid in p.occupation_ids}
    assert PSYKOLOGSTUDERANDE not in mapped
    assert all("studerande" not in oid for oid in mapped)


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["professions"][0]["routes"].update(eu=[]), "non-empty steps"),
    (lambda d: d["professions"][0].update(authority="uhr_typo"), "unknown authority"),
    (lambda d: d["professions"][0].update(url="http://example.se/x"), "https"),
    (lambda d: d["professions"][0].update(ssyk_codes=["22"]), "SSYK"),
    (lambda d: d["professions"][0]["routes"].update(sweden="no_such_template"), "route template"),
])
def test_broken_curated_data_is_rejected(mutate, message):
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    mutate(raw)
    with pytest.raises((ValueError, ValidationError)) as err:
        parse(yaml.safe_dump(raw, allow_unicode=True))
    assert message.lower() in str(err.value).lower()


# --------------------------------------------------------------------------- source -> documents
@pytest.fixture(scope="module")
def docs(data_dir) -> dict[str, Document]:
    out = {}
    for item in RegulatedProfessionsSource().documents(data_dir):
        assert isinstance(item, Document), item
        out[item.id] = item
    return out


def test_one_document_per_profession_with_the_authority_page_and_the_steps(docs):
    data = load()
    assert len(docs) == len(data.professions)
    doc = docs["regulated:apotekare"]
    assert doc.kind == Kind.regulated_profession and doc.url.startswith("https://legitimation.socialstyrelsen.se/")
    assert "Socialstyrelsen" in doc.title and "Legitimation som apotekare" in doc.title
    assert "Utbildad utanför EU/EES: 1." in doc.text and "kunskapsprovet" in doc.text
    meta = doc.metadata
    assert meta["authority"] == "Socialstyrelsen" and meta["licence_name"] == "Legitimation som apotekare"
    routes = json.loads(meta["routes_json"])
    assert set(routes) == set(ROUTE_KEYS) and routes["outside_eu"][0].startswith("Ansök hos Socialstyrelsen")
    # a whole SSYK group expands to its occupations from the taxonomy
    assert {APOTEKARE, KLINIKAPOTEKARE} <= set(meta["occupation_ids"])
    assert doc.licence and doc.source == "regulated_professions"


def test_documents_are_stable_between_runs(data_dir, docs):
    again = {d.id: d.content_hash() for d in RegulatedProfessionsSource().documents(data_dir)}
    assert again == {k: d.content_hash() for k, d in docs.items()}


# --------------------------------------------------------------------------- relations accessor
@pytest.fixture(scope="module")
def rel(data_dir, tmp_path_factory):
    path = build_relations(data_dir, tmp_path_factory.mktemp("reg") / "relations.sqlite",
                           [JobTechTaxonomySource(), RegulatedProfessionsSource()])
    r = Relations(path)
    yield r
    r.close()


def test_occupation_maps_to_its_profession(rel):
    [ref] = rel.regulated_professions(APOTEKARE)
    assert (ref.name, ref.authority, ref.licence, ref.via) == ("Apotekare", "Socialstyrelsen",
                                                              "Legitimation som apotekare", "occupation")
    assert ref.doc_id == "regulated:apotekare" and ref.url.startswith("https://")
    [teacher] = rel.regulated_professions("86sy_hBf_exW")  # Ämneslärare, gymnasieskolan
    assert teacher.authority == "Skolverket"
    assert rel.regulated_professions(PSYKOLOGSTUDERANDE) == []
    assert rel.regulated_professions("GQSf_fnq_kjF") == []  # Truckförare: not regulated


def test_whole_ssyk_group_is_the_fallback_for_unlisted_occupations(rel):
    # an occupation id the curated file never saw (e.g. new in the live taxonomy)
    [ref] = rel.regulated_professions("new_occ_id", ssyk_code="2281")
    assert ref.name == "Apotekare" and ref.via == "ssyk_group"
    assert rel.regulated_professions("new_occ_id", ssyk_code="2241") == []  # psychologists: only listed ids
    assert rel.regulated_professions("new_occ_id") == []


def test_old_relations_db_without_the_tables_answers_not_regulated(rel, tmp_path):
    import shutil

    copy = tmp_path / "old.sqlite"
    shutil.copy(rel.path, copy)
    with sqlite3.connect(copy) as conn:
        for table in ("regulated_professions", "regulated_occupations", "regulated_ssyk"):
            conn.execute(f"DROP TABLE {table}")
    old = Relations(copy)
    try:
        assert old.regulated_professions(APOTEKARE) == []
    finally:
        old.close()


# --------------------------------------------------------------------------- evidence on the real store
def _occupation_for(rt, query: str) -> str:
    by_label = rt.relations.occupation_by_label(query)
    if by_label:
        return by_label[0].id
    return rt.search.search(query, "occupation", 1)[0].concept_id


@pytest.mark.slow
@pytest.mark.parametrize("query, authority, licence", [
    ("Apotekare", "Socialstyrelsen", "Legitimation som apotekare"),
    ("Ämneslärare, gymnasieskolan", "Skolverket", "Lärarlegitimation"),
    ("elektriker", "Elsäkerhetsverket", "Auktorisation som elinstallatör"),
    ("Taxiförare", "Transportstyrelsen", "Taxiförarlegitimation"),
    ("Barnmorska", "Socialstyrelsen", "Legitimation som barnmorska"),
])
def test_recognition_evidence_names_the_authority_and_cites_the_profession_document(real_runtime, query, authority,
                                                                                   licence):
    from retrieval.evidence import occupation_evidence

    oid = _occupation_for(real_runtime, query)
    recognition = [e for e in occupation_evidence(oid, real_runtime, ads=False) if e.type == "recognition"]
    assert recognition, query
    first = recognition[0]
    assert first.kind == "regulated_profession" and first.facts["authority"] == authority
    assert first.facts["licence"].startswith(licence) and first.facts["steps"]["outside_eu"]
    assert "UHR" not in first.facts["authority"] and first.url.startswith("https://")
    # every recognition item is citable: its document is in the store
    assert real_runtime.store.get_docs(first.kind, [first.doc_id])
    # the AF-description sentence is only a fallback: not repeated for a regulated occupation
    assert all(e.kind == "regulated_profession" for e in recognition)


@pytest.mark.slow
def test_licence_route_for_requirements_questions(real_runtime):
    from retrieval.relations_regulated import licence_route

    route = licence_route(APOTEKARE, real_runtime)
    assert route.authority == "Socialstyrelsen" and route.doc_id == "regulated:apotekare"
    outside = route.steps_for("outside_eu")
    assert outside[0].startswith("Ansök hos Socialstyrelsen") and any("kunskapsprov" in s for s in outside)
    assert route.steps_for("sweden") and route.steps_for(None) == outside
    assert licence_route("GQSf_fnq_kjF", real_runtime) is None  # Truckförare: not regulated


@pytest.mark.slow
def test_unregulated_occupation_keeps_the_description_fallback(real_runtime):
    from retrieval.evidence import RECOGNITION, occupation_evidence

    rel, store = real_runtime.relations, real_runtime.store
    # occupations the curated list leaves out whose AF description mentions a licence word
    candidates = []
    for row in rel._all("SELECT occupation_id, doc_id FROM descriptions ORDER BY occupation_id"):
        if rel.regulated_professions(row["occupation_id"]):
            continue
        doc = store.get_docs("description", [row["doc_id"]]).get(row["doc_id"])
        if doc and RECOGNITION.search(doc["text"]):
            candidates.append(row["occupation_id"])
        if len(candidates) == 3:
            break
    assert candidates
    for oid in candidates:
        recognition = [e for e in occupation_evidence(oid, real_runtime, ads=False) if e.type == "recognition"]
        assert recognition and all(e.kind == "description" for e in recognition), oid


# --------------------------------------------------------------------------- undersköterska (issue 10, rater)
UNDERSKOTERSKA_IDS = {"Y3QA_5pk_uXd", "PQkQ_Dmk_ZF8"}  # hemtjänst/äldreboende (5321); vård-/specialavdelning (5323)


def test_underskoterska_is_a_protected_title_with_socialstyrelsens_certificate(taxonomy):
    # Since 1 July 2023 the title needs Socialstyrelsen's certificate (bevis om skyddad yrkestitel);
    # the data said "no authorisation", so the rater was told the wrong thing.
    by_key = {p.key: p for p in load().professions}
    p = by_key["underskoterska"]
    assert p.authority == "socialstyrelsen" and p.requirement == "title_protected"
    assert "2023" in (p.note or "") and "skyddad" in p.licence_sv.lower()
    assert UNDERSKOTERSKA_IDS <= set(p.occupation_ids)
    assert {taxonomy[o] for o in UNDERSKOTERSKA_IDS} == {"5321", "5323"}
    assert all("skyddad-yrkestitel-for-underskoterska" in str(u) for u in [p.url, *p.sources][:2])
    # the rest of the care groups stay open: an omvårdnadsassistent or hemsjukvårdare needs no certificate
    assert "pTLX_W9d_byF" not in p.occupation_ids and not set(p.whole_ssyk_groups) & {"5321", "5323"}


def test_underskoterska_occupations_map_to_the_certificate_and_assistants_do_not(rel):
    for oid in UNDERSKOTERSKA_IDS:
        [ref] = rel.regulated_professions(oid)
        assert (ref.name, ref.authority, ref.via) == ("Undersköterska", "Socialstyrelsen", "occupation")
    assert rel.regulated_professions("pTLX_W9d_byF") == []          # Omvårdnadsassistent
    assert rel.regulated_professions("new_occ_id", ssyk_code="5321") == []


ASSISTANT_NURSE_LICENCE = {
    "sv": "Behöver jag legitimation för att jobba som undersköterska?",
    "en": "Do I need a licence to work as an assistant nurse?",
    "ar": "هل أحتاج إلى ترخيص للعمل مساعد ممرض؟",
}


@pytest.mark.slow
@pytest.mark.parametrize("locale", sorted(ASSISTANT_NURSE_LICENCE))
def test_licence_question_about_underskoterska_names_the_protected_title(service, locale):
    from fastapi.testclient import TestClient

    from assistant.locales import lookup
    from tests.api_support import WidgetClient, make_app

    with TestClient(make_app(service)) as client:
        body = WidgetClient(client, locale).say(ASSISTANT_NURSE_LICENCE[locale])
    assert body["action"] == "licence", body["answer"]
    assert body["occupations"] and body["occupations"][0]["id"] in UNDERSKOTERSKA_IDS, body["occupations"]
    assert "regulated_profession" in {c["kind"] for c in body["citations"]}, body["citations"]
    assert "Socialstyrelsen" in body["answer"]
    # the localized "the title is protected" clause, not "licence required"
    clause = re.split(r"\{\w+\}", lookup(locale, "licence.title_protected"))[1]
    protected = re.split("[;؛]", clause.strip(": "))[0].strip()
    assert protected and protected in body["answer"], (protected, body["answer"])
