"""The curated routes into education (ingest/data/education_routes.yaml) and who is offered which.

Data checks: the 18 national gymnasium programmes are there, every SSYK code or prefix names real SSYK
2012 groups, every link is https on the authority's own site, the provenance says where and when it
was written. Selection checks (assistant/routes.py) run on the curated table itself, no store.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.contract import ChatMessage, ChatRequest
from assistant.gymnasium import field_programme, orientation
from assistant.routes import Route, chosen_keys, evidence_of, occupation_keys, programme_for
from assistant.state import TurnState
from ingest.sources.routes import EducationRoutesSource, load
from vagledning.domain.profile import ConceptRef, Constraint, Experience, LanguageItem, Profile, Span

SSYK = Path(__file__).resolve().parents[2] / "retrieval" / "data" / "ssyk2012.tsv"
OFFICIAL = ("skolverket.se", "antagning.se", "uhr.se", "folkhogskola.nu", "yrkeshogskolan.se", "arbetsformedlingen.se",
            "csn.se", "socialstyrelsen.se", "jordbruksverket.se", "valideringsinfo.se", "migrationsverket.se",
            # rights and support (kind support): Försäkringskassan, and the national centre for carers (Nka, on
            # Socialstyrelsen's commission) for employment as a family carer
            "forsakringskassan.se", "anhoriga.se",
            # a laid-off worker's transition support: the trygghetsråd of the collective agreement (learn9)
            "tsl.se", "trr.se",
            # change11: the employer's duty of work adaptation (Arbetsmiljöverket) and the municipal sector's transition fund
            "av.se", "omstallningsfonden.se",
            # skin13: who assesses work and health, on referral (a region's Arbets- och miljömedicin clinic)
            "regionstockholm.se",
            # person17: the clinic for Uppsala, Gävleborg and Dalarna (Arbets- och miljömedicin Uppsala, by agreement
            # with those regions), so that a man in Dalarna is not sent to Region Stockholm's
            "ammuppsala.se",
            # time15: the whole way to a health licence for someone trained outside the EU/EES, as a region states it
            "skane.se",
            # route13: the authorities that admit to their own programmes (police, armed forces; kind citizenship_programme)
            "polisen.se", "forsvarsmakten.se",
            # route13: driving licence categories (kind support)
            "transportstyrelsen.se",
            # costtime13: the laws themselves (skollagen: Komvux is free; studieledighetslagen: study leave)
            "riksdagen.se",
            # pupil15: the municipalities' summer jobs for young people, followed by their own association (SKR)
            "skr.se",
            # laidoff15: the first steps of a job loss (the a-kassa's supervising authority, IAF)
            "iaf.se",
            # rights20: an a-kassa's own page (the Transport Workers' a-kassa) on benefit while working part time
            "transportsakassa.se",
            # rights20: the state sector's transition organisation (Trygghetsstiftelsen)
            "tsn.se",
            # topics6: the LO–Svenskt Näringsliv severance grant (AGB), insured by the parties' own insurer
            "afaforsakring.se",
            # the lead (local13's demand answer): Arbetsförmedlingen's JobTech Development, on the Yrkesbarometer
            "jobtechdev.se",
            # firstjob10: the job search of an experienced newcomer – IVA's internship programme for newcomer academics,
            # the Swedish Institute's page on applying for a job in Sweden, a university that gives Korta vägen
            "jobbspranget.se", "sweden.se", "uu.se",
            # entry18: SCB's page on SSYK 2012, whose major group 9 is work that asks a shorter training or introduction
            "scb.se",
            # knows26: UHR's guide to higher education, on the supplementary programmes for a degree from abroad
            "studera.nu",
            # cards31: the county administrative boards' approval of security staff (väktare)
            "lansstyrelsen.se")
#: The industry boards' own sites (and the painters' employers, who publish their board's test), for their
#: trade certificates only.
INDUSTRY = ("byggbranschensyrkesnamnd.se", "vvsyn.se", "ecy.com", "maleriforetagen.se",
            # routes20: the crafts council that issues gesäll- and mästarbrev, the hairdressers' trade organisation
            "hantverksradet.se", "frisor.se",
            # cards31: the goldsmiths' masters (their trade board's test) and the watchmakers' federation
            "guldsmedsmastarna.se", "sverigesurmakareforbund.se")
#: Arbetsmiljöverket: its rules on trucks and the employer's permit behind a forklift card (work_certificate, route9).
WORK_ENVIRONMENT = ("av.se", "livsmedelsverket.se", "fohm.se")  # trade11: food hygiene, alcohol law
#: route17: the building site's identity card, from the card's own organisation (run by the construction industry).
WORK_ENVIRONMENT += ("id06.se",)
WORK_ENVIRONMENT += ("me.se",  # cards32: the machine contractors' page on what a machine operator needs
                     "trafikverket.se")  # cards32: the driving tests' rules (no interpreter for the YKB test)
#: Starting a business (own10): the authorities' joint service, the advice centres, the state's lender.
BUSINESS = ("verksamt.se", "nyforetagarcentrum.com", "almi.se", "livsmedelsverket.se", "polisen.se")
#: Municipalities' adult education sites: one municipality's page of a Komvux vocational package, cited as an example
#: of the training where Skolverket has no page of that package (vocational_package routes only).
MUNICIPAL = ("vuxenutbildning.stockholm",
             # cards29: Luleå's page for its YH programme for tandsköterska (its length and placements)
             "vuxenutbildningen.lulea.se")
#: The state universities that give the supplementary programmes for a degree from abroad, for those only.
UNIVERSITIES = ("mau.se", "liu.se", "gu.se", "uu.se", "ki.se")
#: A Swedish degree programme's length and places: UHR's programme guide (studera.nu) and universities' own pages.
DEGREE_PAGES = ("studera.nu", "su.se")
NATIONAL = {"Barn- och fritidsprogrammet", "Bygg- och anläggningsprogrammet", "El- och energiprogrammet",
            "Fordons- och transportprogrammet", "Försäljnings- och serviceprogrammet", "Hantverksprogrammet",
            "Hotell- och turismprogrammet", "Industritekniska programmet", "Naturbruksprogrammet",
            "Restaurang- och livsmedelsprogrammet", "VVS- och fastighetsprogrammet", "Vård- och omsorgsprogrammet",
            "Ekonomiprogrammet", "Estetiska programmet", "Humanistiska programmet", "Naturvetenskapsprogrammet",
            "Samhällsvetenskapsprogrammet", "Teknikprogrammet"}


def _codes() -> set[str]:
    return {line.split("\t")[0] for line in SSYK.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}


def _table() -> dict[str, Route]:
    return {r.key: Route(doc_id=r.doc_id, key=r.key, title=r.name_sv, url=str(r.url), text=r.summary_sv, kind=r.kind,
                         audience=tuple(r.audience), ssyk=tuple(r.ssyk), further=tuple(r.further),
                         orientations=tuple((o.name_sv, tuple(o.ssyk), tuple(o.further)) for o in r.orientations))
            for r in load().routes}


def test_the_eighteen_national_programmes_and_the_other_routes_are_there():
    data = load()
    programmes = {r.name_sv for r in data.routes if r.kind == "gymnasium_programme"}
    assert programmes == NATIONAL
    kinds = {r.kind for r in data.routes}
    assert {"higher_education", "higher_vocational", "folk_high_school", "adult_vocational", "sfi",
            "swedish_second_language", "introduction_newcomers", "counsellor"} <= kinds


def test_codes_name_real_ssyk_groups_and_links_are_official_https_pages():
    codes = _codes()
    for r in load().routes:
        for prefix in r.ssyk + r.further + [c for o in r.orientations for c in o.ssyk + o.further]:
            assert any(c.startswith(prefix) for c in codes), (r.key, prefix)
        # An orientation leads to the programme's own occupations (it names which part of the programme).
        for o in r.orientations:
            assert all(any(c.startswith(p) for p in r.ssyk) for c in o.ssyk), (r.key, o.name_sv)
        sites = {"trade_certificate": OFFICIAL + INDUSTRY, "bridging_programme": UNIVERSITIES,
                 "work_certificate": WORK_ENVIRONMENT, "work_rule": WORK_ENVIRONMENT, "business_advice": BUSINESS,
                 "degree_programme": OFFICIAL + UNIVERSITIES + DEGREE_PAGES,
                 "vocational_package": OFFICIAL + MUNICIPAL, "yh_programme": OFFICIAL + MUNICIPAL}.get(r.kind, OFFICIAL)
        assert r.url.scheme == "https" and any(str(r.url.host).endswith(d) for d in sites), (r.key, r.url)
    prov = load().provenance
    assert prov["written"] == "2026-12-02" and "public pages" in prov["method"]


#: Start pages that are themselves the route's own service or organisation (the application service, the folk
#: high schools' joint site, the validation guide, an industry board): the only bare domain roots a route may cite.
OWN_SITES = ("antagning.se", "folkhogskola.nu", "valideringsinfo.se", "byggbranschensyrkesnamnd.se", "vvsyn.se",
             "verksamt.se", "nyforetagarcentrum.com", "hantverksradet.se", "frisor.se")
#: Kinds of one school form, which may share the school form's overview page of all its programmes.
ONE_SCHOOL_FORM = {"gymnasium_programme", "introduction_programme"}


def test_each_route_cites_its_own_page_not_another_routes_or_an_authoritys_start_page():
    """A person told about retail training must not be sent to the care package's page, nor about Swedish as a
    second language to skolverket.se's start page (rater 3: yrkesvux, lärlingsvux and SvA links)."""
    by_url: dict[str, list] = {}
    for r in load().routes:
        by_url.setdefault(str(r.url).rstrip("/"), []).append(r)
        if r.url.path in (None, "", "/"):
            assert str(r.url.host).removeprefix("www.") in OWN_SITES, (r.key, r.url)
    for url, sharing in by_url.items():
        if len(sharing) > 1:
            assert all(r.url_scope == "overview" and r.kind in ONE_SCHOOL_FORM for r in sharing), (
                url, [r.key for r in sharing])


def test_every_route_becomes_one_citable_document():
    docs = list(EducationRoutesSource().documents(Path(".")))
    assert len(docs) == len(load().routes)
    assert all(d.id.startswith("route:") and d.url and d.text for d in docs)
    vo = next(d for d in docs if d.title == "Vård- och omsorgsprogrammet")
    assert "undersköterska" in vo.text and "532" in vo.metadata["ssyk"]


@pytest.mark.parametrize("code, programme", [
    ("5321", "Vård- och omsorgsprogrammet"), ("2221", "Naturvetenskapsprogrammet"),  # (compare26: VO is no nurse's way)
    ("5311", "Barn- och fritidsprogrammet"), ("2343", "Barn- och fritidsprogrammet"),
    ("7411", "El- och energiprogrammet"), ("5120", "Restaurang- och livsmedelsprogrammet"),
    ("2512", "Teknikprogrammet"), ("2211", "Naturvetenskapsprogrammet"), ("6122", "Naturbruksprogrammet"),
    ("8332", "Fordons- och transportprogrammet"), ("2652", "Estetiska programmet"),
    ("2250", "Naturvetenskapsprogrammet"), ("2281", "Naturvetenskapsprogrammet"), ("7112", "Bygg- och anläggningsprogrammet"),
])
def test_the_programme_that_leads_to_an_occupation_group(code, programme):
    found = programme_for(code, _table())
    assert found is not None and found.title == programme


def _state(text: str, language: str = "sv", **profile) -> TurnState:
    req = ChatRequest(messages=[ChatMessage(role="user", content=text)], language=language)
    return TurnState(request=req, language=language, text=text, profile=Profile(**profile))


def _span() -> Span:
    return Span(start=0, end=1, quote="x")


def test_a_pupil_gets_programme_next_level_and_a_counsellor():
    age = Constraint(kind="age", value="16", label="16 år", span=_span(), confidence=0.8)
    keys = chosen_keys(_state("Jag är 16", constraints=[age]), "2343", _table())
    assert keys == ["gy_barn_fritid", "hogskola", "syv_elev"]  # (the counsellor at school: a page for pupils)
    keys = chosen_keys(_state("أنا 16", language="ar", constraints=[age]), "5321", _table())
    assert keys[:2] == ["gy_sprakintroduktion", "gy_vard_omsorg"]  # a newcomer's school of Swedish first (youth8)


def test_a_newcomer_gets_swedish_first_then_komvux_and_the_introduction_programme():
    # still learning Swedish (writes Arabic, no level told): the trade's Komvux training together with SFI
    keys = chosen_keys(_state("وصلت السويد من سنة، عملت طباخ", language="ar"), "5120", _table())
    assert keys == ["sfi", "kombinationsutbildning", "etableringsprogrammet"]
    # ... the introduction programme only for someone who says they are newly arrived (life10: rater9 conv2/conv4)
    keys = chosen_keys(_state("عملت طباخ", language="ar"), "5120", _table())
    assert keys == ["sfi", "kombinationsutbildning"]
    fluent = LanguageItem(code="sv", level="b2", span=_span(), confidence=0.8)
    keys = chosen_keys(_state("I was a cook", language="en", languages=[fluent],
                              experiences=[_worked("5120", abroad=True)]), "5120", _table())
    assert "komvux_yrke" in keys and "kombinationsutbildning" not in keys
    some = LanguageItem(code="sv", level="a2", span=_span(), confidence=0.8)
    keys = chosen_keys(_state("I was a nurse", language="en", languages=[some]), "2221", _table())
    assert keys[:2] == ["komvux_sas", "hogskola"]


@pytest.mark.parametrize("years, language, level, first", [
    ("18", "ar", None, "gy_sprakintroduktion"),  # an adult in law of gymnasium age: the programme, not SFI
    ("19", "so", "a1", "gy_sprakintroduktion"),  # "a little Swedish": what the programme is for
    ("17", "sv", "a1", "gy_sprakintroduktion"),  # writes Swedish, but says they have little
    ("17", "uk", "fluent", "gy_teknik"),  # speaks Swedish: the national programme
    ("20", "ar", None, "sfi"),  # past the gymnasium's age: the adults' school of Swedish
])
def test_a_newcomer_of_gymnasium_age_hears_of_the_language_introduction_first(years, language, level, first):
    age = Constraint(kind="age", value=years, label=years, span=_span(), confidence=0.8)
    told = [LanguageItem(code="sv", level=level, span=_span(), confidence=0.8)] if level else []
    keys = chosen_keys(_state("x", language=language, constraints=[age], languages=told), "2512", _table())
    assert keys[0] == first, keys
    assert ("sfi" in keys) == (first == "sfi"), keys


def test_no_education_now_means_no_routes():
    no = Constraint(kind="no_study", value="true", label="ingen utbildning nu", span=_span(), confidence=0.8)
    assert chosen_keys(_state("x", language="ar", constraints=[no]), "5120", _table()) == []


def _worked(code: str, *, abroad: bool = False) -> Experience:
    return Experience(occupation=ConceptRef(id=code, kind="occupation", label=code), ssyk_code=code, abroad=abroad,
                      span=_span(), confidence=0.9)


@pytest.mark.parametrize("code, first", [
    ("2250", "hogskola_veterinar"), ("2281", "hogskola_legitimation_vard"), ("3213", "hogskola_legitimation_vard"),
    ("2211", "hogskola_legitimation_vard"), ("5321", "komvux_vard_omsorg"),
    ("7112", "yrkesbevis_bygg"), ("7125", "certifikat_vvs"), ("7411", "certifikat_el"), ("7131", "gesallbrev_maleri"),
    ("8344", "truckkort"),
])
def test_an_occupation_has_its_own_route(code, first):
    # (Socialstyrelsen's licence page is for a degree from abroad: the health professions' route is a trained
    # nurse's, doctor's … from abroad; the vet's SLU programme and licence are for anyone)
    abroad = first == "hogskola_legitimation_vard"
    state = _state("x", experiences=[_worked(code, abroad=True)]) if abroad else _state("x")
    assert occupation_keys(state, code, _table())[:1] == [first]


def test_a_route_applies_only_where_its_conditions_fit_the_person():
    # route10: Skolverket's licence page for a teaching degree from abroad only for someone with such a degree
    teacher = _state("Jag var lärare i Syrien", experiences=[_worked("2341", abroad=True)])
    assert occupation_keys(teacher, "2341", _table())[:1] == ["hogskola_larare"]
    assert "hogskola_larare" not in occupation_keys(_state("x"), "2341", _table())
    # omställningsstudiestöd needs years of work in Sweden; the grant for parents needs children told
    from assistant.route_conditions import unmet

    assert unmet(_state("har aldrig jobbat i sverige", language="sv"), "omstallningsstudiestod").condition == "work_in_sweden"
    assert unmet(_state("x", experiences=[_worked("5120").model_copy(update={"years": 10})]), "omstallningsstudiestod") is None
    assert unmet(_state("3 caruur ah ayaan leeyahay", language="so"), "csn_tillaggsbidrag") is None
    assert unmet(_state("jag vill jobba med barn"), "csn_tillaggsbidrag").condition == "children"


def test_validation_for_those_who_did_the_work_an_apprenticeship_for_those_who_did_not():
    mason = occupation_keys(_state("Jag är murare", experiences=[_worked("7112")]), "7112", _table())
    assert mason == ["yrkesbevis_bygg", "validering"]
    nurse = occupation_keys(_state("я медсестра", language="uk", experiences=[_worked("5321", abroad=True)]), "5321",
                            _table())
    assert nurse == ["komvux_vard_omsorg", "validering"]
    # a licensed profession done abroad is reached by the licence, never validated (rater9: a receptarie from Syria)
    receptarie = occupation_keys(_state("صيدلانية", language="ar", experiences=[_worked("3213", abroad=True)]), "3213",
                                 _table())
    assert "validering" not in receptarie and receptarie[:1] == ["hogskola_legitimation_vard"]
    beginner = occupation_keys(_state("Jag vill bli murare"), "7112", _table())
    assert beginner == ["yrkesbevis_bygg", "komvux_larling"]
    no = Constraint(kind="no_study", value="true", label="ingen utbildning nu", span=_span(), confidence=0.8)
    assert occupation_keys(_state("x", constraints=[no]), "7112", _table()) == []


def _from(country: str, code: str = "5321") -> Experience:
    return Experience(occupation=ConceptRef(id=code, kind="occupation", label=code), ssyk_code=code, abroad=True,
                      country=country, span=_span(), confidence=0.9)


@pytest.mark.parametrize("text, language", [
    ("Я з Харкова, працювала молодшою медсестрою 7 років", "uk"),
    ("I worked as a nurse in Kharkiv for 7 years", "en"),
    ("Я маю посвідку на проживання з тимчасовим захистом", "uk"),
    ("I have a residence permit under temporary protection", "en"),
])
def test_someone_from_ukraine_is_not_offered_the_introduction_programme(text, language):
    """People from Ukraine mostly hold temporary protection, which is outside Etableringsprogrammet (rater 3)."""
    keys = chosen_keys(_state(text, language=language, experiences=[_from("UA")]), "5321", _table())
    assert "etableringsprogrammet" not in keys and keys[:1] == ["sfi"], keys


@pytest.mark.parametrize("text, language, country", [
    ("Я отримала посвідку на проживання як член сім'ї", "uk", "UA"),
    ("I got a residence permit as a refugee; I worked as a nurse in Ukraine", "en", "UA"),
    ("وصلت السويد قبل سنة، عملت ممرضة في سوريا", "ar", "SY"),
    ("Dhawaan ayaan imid Iswiidhan. Waxaan ahaa kalkaaliye caafimaad Soomaaliya", "so", "SO"),
])
def test_a_refugee_or_family_member_still_hears_of_the_introduction_programme(text, language, country):
    keys = chosen_keys(_state(text, language=language, experiences=[_from(country)]), "5321", _table())
    assert "etableringsprogrammet" in keys, keys


@pytest.mark.parametrize("locale", ["sv", "sv-easy", "en", "ar", "fa", "so", "ti", "uk"])
def test_the_introduction_programme_says_whom_it_is_for_in_every_language(locale):
    """Refugee, protection or family member, and not temporary protection: the route's condition, said."""
    from assistant.locales import lookup

    sv = str(lookup("sv", "route.introduction_newcomers"))
    assert "flykting" in sv and "anhörig" in sv and "tillfälligt skydd" in sv
    text = str(lookup(locale, "route.introduction_newcomers"))
    assert "{title}" in text and text != str(lookup(locale, "route.sfi")), text


#: The Data/IT occupation field (SSYK groups of the JobTech taxonomy's field), as the relations give it.
DATA_IT = ("2511", "2512", "2513", "2514", "2515", "2516", "2519", "3511", "3512", "3513", "3514", "3515")


def test_a_programme_is_named_with_the_orientation_that_leads_to_the_occupation():
    table = _table()
    assert orientation(table["gy_el_energi"], ("3512",)) == "dator- och kommunikationsteknik"
    assert orientation(table["gy_teknik"], ("2512",)) == "informations- och medieteknik"
    assert evidence_of(table["gy_el_energi"], ("7411",)).title == "El- och energiprogrammet, inriktning elteknik"
    assert evidence_of(table["gy_barn_fritid"], ("5311",)).title == "Barn- och fritidsprogrammet"
    assert programme_for("3512", table).key == "gy_el_energi"  # IT support: straight from the vocational programme


def test_a_pupil_who_would_need_further_studies_also_hears_of_the_vocational_programme_into_the_field():
    age = Constraint(kind="age", value="15", label="15 år", span=_span(), confidence=0.8)
    keys = chosen_keys(_state("Jag är 15", constraints=[age]), "2512", _table(), DATA_IT)
    assert keys[:2] == ["gy_teknik", "gy_el_energi"] and keys[-1] == "syv_elev", keys
    assert field_programme("3512", _table(), DATA_IT) is None  # its own programme already leads there


def test_the_supplementary_programme_only_for_a_licensed_profession_done_abroad():
    dentist = occupation_keys(_state("أنا طبيب أسنان", language="ar", experiences=[_from("SY", "2260")]), "2260", _table())
    assert dentist == ["hogskola_legitimation_vard", "komplettering_tandlakare"]
    doctor = occupation_keys(_state("I was a doctor in Eritrea", language="en", experiences=[_from("ER", "2211")]),
                             "2211", _table())
    assert "komplettering_lakare" in doctor
    swedish = occupation_keys(_state("Jag är tandläkare", experiences=[_worked("2260")]), "2260", _table())
    assert "komplettering_tandlakare" not in swedish
    student = occupation_keys(_state("I want to become a dentist", language="en"), "2260", _table())
    assert "komplettering_tandlakare" not in student


@pytest.mark.parametrize("text, language", [
    ("Shan sano ayaan ka shaqeeyay bakhaar halkan Iswiidhan", "so"),
    ("I have worked in a warehouse in Sweden for five years", "en"),
    ("عملت في مستودع في السويد خمس سنوات", "ar"),
])
def test_no_introduction_programme_after_work_in_sweden(text, language):
    worked = Experience(occupation=ConceptRef(id="4322", kind="occupation", label="4322"), ssyk_code="4322",
                        country="SE", years=5, span=_span(), confidence=0.9)
    keys = chosen_keys(_state(text, language=language, experiences=[worked]), "4322", _table())
    assert "etableringsprogrammet" not in keys, keys


@pytest.mark.parametrize("locale", ["sv", "sv-easy", "en", "ar", "so", "ti", "fa", "uk"])
def test_the_teachers_bridging_programme_is_no_alternative_to_a_knowledge_test(locale):
    """rater28 (fa): ULV was said as "an alternative to the knowledge test"; a teacher's licence has none. The
    teachers' programme gets its own wording; the health professions' keep theirs."""
    from assistant.locales import lookup
    from assistant.routes import route_wording

    table = _table()
    teacher = evidence_of(table["komplettering_larare"])
    nurse = evidence_of(table["komplettering_sjukskoterska"])
    assert route_wording(teacher) == "route.bridging_programme_teacher"
    assert route_wording(nurse) == "route.bridging_programme"
    said = str(lookup(locale, "route.bridging_programme_teacher"))
    assert "{title}" in said and said != str(lookup(locale, "route.bridging_programme")), said
