"""The core geography: one normaliser and one matcher for Swedish places in free text, any language.

Built from the shared taxonomy files through the ingest loader (the running service builds the
same object from the relations store: see test_relations.py / test_conversation_places.py).
"""
from __future__ import annotations

import json

import pytest

from ingest.sources.geography import load_geography
from vagledning.domain.geography import NAME_LANGUAGES, load_place_names, normalize_place, place_key

STOCKHOLM_LAN, UPPSALA_LAN, SKANE, VGR, OSTERGOTLAND = (
    "CifL_Rzy_Mku", "zBon_eET_fFU", "CaRE_1nn_cSU", "zdoY_6u5_Krt", "oLT3_Q9p_3nn")
DALARNA, NORRBOTTEN, OREBRO_LAN = "oDpK_oZ2_WYt", "9hXe_F4g_eTG", "xTCk_nT5_Zjm"
JONKOPINGS_LAN = "MtbE_xWT_eMi"


@pytest.fixture(scope="module")
def geo(data_dir):
    return load_geography(data_dir)


def _found(geo, text):
    return [(m.place.label, m.place.kind, m.place.region_id) for m in geo.find(text)]


def test_normaliser_folds_case_diacritics_and_script_variants():
    assert normalize_place("Göteborg") == normalize_place("GOTEBORG") == normalize_place("Gøteborg") == "goteborg"
    assert normalize_place("أوبسالا") == normalize_place("اوبسالا")             # hamza on alef
    assert normalize_place("كالمار") == normalize_place("کالمار")                # Arabic vs Persian kaf
    assert normalize_place("Йёнчёпинг") == normalize_place("Йенчепинг")
    assert place_key("Stockholms län") == "stockholm" and place_key("Region Skåne") == "skane"
    assert place_key("Västra Götalands län") == "vastra gotaland"


# (language, text, Swedish label, region id): in a sentence, as people write it
CASES = [
    ("sv", "jag bor i uppsala sedan två år", "Uppsala", UPPSALA_LAN),
    ("sv", "Jag vill jobba i Stockholms län", "Stockholms län", STOCKHOLM_LAN),
    ("sv", "jag söker jobb i skane", "Skåne län", SKANE),
    ("sv", "Uppsalas sjukhus är stort", "Uppsala", UPPSALA_LAN),
    ("sv", "jag vill flytta till västra götaland", "Västra Götalands län", VGR),
    ("sv", "Jag har bott i Dalarna", "Dalarnas län", DALARNA),
    ("sv-easy", "jag bo linkoping nu", "Linköping", OSTERGOTLAND),
    ("sv-easy", "Mig bor i Linköpping", "Linköping", OSTERGOTLAND),
    ("sv-easy", "jag bor jöteborg", "Göteborg", VGR),
    ("sv-easy", "jag bor malmo", "Malmö", SKANE),
    ("en", "I live in Gothenburg with my family", "Göteborg", VGR),
    ("en", "i want to work in malmo or nearby", "Malmö", SKANE),
    ("en", "We moved to Scania last year", "Skåne län", SKANE),
    ("en", "Looking for work in Norrbotten County", "Norrbottens län", NORRBOTTEN),
    ("ar", "أعيش في مالمو منذ سنتين", "Malmö", SKANE),
    ("ar", "أسكن في أوبسالا", "Uppsala", UPPSALA_LAN),
    ("ar", "أريد العمل بستوكهولم", "Stockholm", STOCKHOLM_LAN),
    ("ar", "انتقلت إلى يوتيبوري ومالمو", "Göteborg", VGR),
    ("ar", "أبحث عن عمل في سكونه", "Skåne län", SKANE),
    # rater26 c5: a name's J written ج, as English is read (the usual spelling is «يونشوبينغ»)
    ("ar", "انا ساكن في جونشوبينغ", "Jönköping", JONKOPINGS_LAN),
    ("ar", "انا ساكن بجونشوبينغ!", "Jönköping", JONKOPINGS_LAN),
    ("fa", "من در استکهلم زندگی می‌کنم", "Stockholm", STOCKHOLM_LAN),
    ("fa", "در لینشوپینگ کار می‌کنم", "Linköping", OSTERGOTLAND),
    ("fa", "ساکن اوربرو هستم", "Örebro", OREBRO_LAN),
    ("uk", "Я живу в Уппсалі", "Uppsala", UPPSALA_LAN),
    ("uk", "Хочу працювати у Гетеборзі", "Göteborg", VGR),
    ("uk", "я живу в стокгольмі", "Stockholm", STOCKHOLM_LAN),
    ("uk", "Я живу в Мальме", "Malmö", SKANE),
    ("uk", "Я живу в Стокгольме", "Stockholm", STOCKHOLM_LAN),           # Russian case ending
    ("ti", "ኣብ ስቶክሆልም እየ ዝነብር", "Stockholm", STOCKHOLM_LAN),
    ("ti", "ኣብ ማልሞ ክሰርሕ እደሊ", "Malmö", SKANE),
    ("ti", "ኣብ ዮተቦሪ እነብር", "Göteborg", VGR),
    ("ti", "ንኡፕሳላ ክኸይድ እደሊ", "Uppsala", UPPSALA_LAN),
    ("so", "Waxaan ku noolahay Göteborg", "Göteborg", VGR),
    ("so", "waxaan ku noolahay yoteboori", "Göteborg", VGR),
    ("so", "Waxaan deganahay Ubsaala", "Uppsala", UPPSALA_LAN),
    ("so", "waxaan ka shaqeeyaa malmo", "Malmö", SKANE),
    ("so", "Waxaan rabaa inaan ka shaqeeyo Gobolka Skåne", "Skåne län", SKANE),
]


@pytest.mark.parametrize(("lang", "text", "label", "region"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_matcher_finds_the_place_in_every_language(geo, lang, text, label, region):
    found = geo.find(text)
    assert found, (lang, text)
    first = found[0]
    assert (first.place.label, first.place.region_id) == (label, region), (lang, text, first)
    assert text[first.start:first.end] == first.text


def test_all_languages_are_covered_by_the_cases():
    assert {c[0] for c in CASES} == {"sv", "sv-easy", "en", "ar", "fa", "uk", "ti", "so"}


def test_ordinary_words_are_not_places(geo):
    for text in ("Jag vill vara kock", "jag kan klippa hår", "Are you open?", "ange din ålder", "I like ale",
                 "mark the box", "Jag har jobbat som lärare", "أنا ممرضة", "Я медсестра", "I moved to Sweden",
                 "I was a storeman", "blekning av hår", "Jag kommer från Götaland", "I like monsters",
                 "Я держу в уме"):
        assert geo.find(text) == [], text
    assert _found(geo, "Jag vill jobba i Vara")[0][0] == "Vara"
    assert _found(geo, "jobb i vara kommun")[0][0] == "Vara"
    assert _found(geo, "I live in Åre")[0][0] == "Åre"


def test_one_typo_in_a_large_place_is_tolerated(geo):
    for typo, label in (("Stokholm", "Stockholm"), ("Helsinborg", "Helsingborg"), ("Eskilstona", "Eskilstuna"),
                        ("Kristinstad", "Kristianstad"), ("Norrköpping", "Norrköping")):
        assert _found(geo, f"jag bor i {typo}")[0][0] == label, typo
    assert geo.find("jag bor i Storumann") == []         # small places: exact names only


def test_a_lower_case_word_in_running_text_is_a_misspelt_place_only_after_a_place_word(geo):
    # rater9: "vill ha kvar dagarna fria" was read as Dalarna
    for text in ("kan man plugga på distans? vill helst ha kvar dagarna fria", "hela dagarna står jag",
                 "jobbat med stockholmare", "I work days and nights"):
        assert geo.find(text) == [], text
    for text in ("jag bor i linköpping", "bor norrköpping", "från eskilstona", "linköpping", "Linköpping har jobb"):
        assert [p for p, _, _ in _found(geo, text)][:1] in (["Linköping"], ["Norrköping"], ["Eskilstuna"]), text
    assert _found(geo, "jag bor i dalarna")[0][0] == "Dalarnas län"


def test_names_that_fold_alike_keep_their_diacritics(geo):
    assert _found(geo, "Jag bor i Håbo")[0][0] == "Håbo"
    assert _found(geo, "Jag bor i Habo")[0][0] == "Habo"


def test_resolve_names_and_counties(geo):
    malmo = geo.resolve("malmo")
    assert malmo.municipality_ids and malmo.region_ids == [SKANE]
    assert geo.resolve("Skåne").region_ids == [SKANE] == geo.resolve("skåne län").region_ids
    assert geo.resolve("Stockholms län").municipality_ids == []
    assert geo.resolve("Stockholm län").direct_region_ids == [STOCKHOLM_LAN]      # "county + län" at ingest
    assert geo.resolve("Göteborgs stad").region_ids == [VGR]
    assert geo.resolve("مالمو").region_ids == [SKANE]
    assert geo.resolve("Sverige").region_ids == ["i46j_HmG_v64"]
    assert not geo.resolve("Atlantis").found and not geo.resolve("").found


def test_every_region_and_municipality_is_found_by_its_swedish_name(geo):
    for rid, label in geo.regions.items():
        assert _found(geo, f"Jag bor i {label}.")[0][2] == rid, label
    for mid, label in geo.municipalities.items():
        found = geo.find(f"Jag bor i {label} kommun.")
        assert found and found[0].place.id == mid, label


def test_name_table_is_keyed_by_the_data_and_covers_every_language(data_dir, geo):
    names = load_place_names()
    regions = json.loads((data_dir / "taxonomy" / "regions.json").read_text(encoding="utf-8"))
    municipalities = set(json.loads((data_dir / "taxonomy" / "municipalities.json").read_text(encoding="utf-8")).values())
    assert set(names["regions"]) == set(regions)                            # all 21, by official label
    assert set(names["municipalities"]) <= municipalities
    assert len(names["municipalities"]) >= 50
    assert set(names["ambiguous"]) <= municipalities
    for table in (names["regions"], names["municipalities"]):
        for label, per_lang in table.items():
            assert set(per_lang) <= set(NAME_LANGUAGES), label
            for lang in ("en", "ar", "fa", "uk", "ti", "so"):
                assert per_lang.get(lang), (label, lang)
    # every curated spelling leads back to its own place (no spelling is shadowed by another place)
    label_to_region = {label: rid for rid, label in geo.regions.items()}
    label_to_mun = {label: mid for mid, label in geo.municipalities.items()}
    for kind, table in (("region", names["regions"]), ("municipality", names["municipalities"])):
        for label, per_lang in table.items():
            want = label_to_region[label] if kind == "region" else geo.region_of[label_to_mun[label]]
            for lang, forms in per_lang.items():
                for form in forms:
                    m = geo.resolve(form)
                    assert want in m.region_ids, (label, lang, form, m)


def test_fifty_largest_municipalities_have_every_script(geo):
    names = load_place_names()["municipalities"]
    scripts = {"ar": "\u0600", "fa": "\u0600", "uk": "\u0400", "ti": "\u1200"}
    for label, per_lang in names.items():
        for lang, start in scripts.items():
            assert any(start <= f[0] <= chr(ord(start) + 0x19f) for f in per_lang[lang]), (label, lang)


def test_matching_is_fast_enough_for_a_turn(geo):
    import time

    text = "Jag har jobbat som undersköterska i tio år och vill nu utbilda mig till sjuksköterska. " * 10
    t0 = time.perf_counter()
    for _ in range(20):
        geo.find(text)
    per_call_ms = (time.perf_counter() - t0) / 20 * 1000
    # a hang guard (backtracking over the spellings), loose for a busy CI: the turn's speed is measured in
    # benchmarks/bench_turn.py (about 30 ms a call here; 56 ms was seen under load against the old 50 ms limit)
    assert per_call_ms < 1000, per_call_ms
