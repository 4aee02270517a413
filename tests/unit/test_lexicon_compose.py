"""Two neighbouring words change what a title term means (retrieval/lexicon/compose.py, issue 9):
a helper word names the assistant occupation, a generic title beside a specific one is the specific
one, and an Arabic -ات plural of an agent noun is an object; in every language the data covers."""
import json

import pytest

from retrieval.lexicon import match
from retrieval.lexicon.compose import assistant_concepts


def occupations(text: str) -> list[str]:
    """Primary concept ids of the occupation hits, in text order."""
    return [h.concept_id for h in match(text) if h.kind == "occupation"]


@pytest.mark.parametrize("text,expected", [
    ("Kaalmeeyaha kalkaalisada ayaan ahaa.", "PQkQ_Dmk_ZF8"),           # so: the nurse's helper
    ("Була помічницею кухаря в ресторані.", "oRB5_b7i_Qzv"),            # uk: cook's helper
    ("أنا مساعدة صيدلي منذ ست سنوات.", "Cj92_o8k_DQV"),                 # ar: pharmacist's assistant
    ("در هرات دستیار دندانپزشک بودم.", "ckkD_JhH_Sc6"),                 # fa: dentist's assistant
    ("ኣብ ሆስፒታል ሓጋዚት ነርስ ኮይነ ሰሪሐ።", "PQkQ_Dmk_ZF8"),                  # ti: nurse's helper
    ("I worked as a nurse aide in a care home.", "PQkQ_Dmk_ZF8"),        # en: after the title
    ("I was an assistant cook at a school.", "oRB5_b7i_Qzv"),           # en: before the title
])
def test_a_helper_word_beside_a_title_names_the_assistant_occupation(text, expected):
    ids = occupations(text)
    assert ids and ids[0] == expected, ids


@pytest.mark.parametrize("text", ["Я працювала медсестрою.", "كنت ممرضة في مستشفى.", "Waxaan ahaa kalkaaliso."])
def test_a_title_without_a_helper_word_stays_the_occupation(text):
    assert occupations(text)[:1] == ["bXNH_MNX_dUR"]


@pytest.mark.parametrize("text", ["Я працював водієм таксі.", "راننده تکسی بودم.", "Darawal tagaasi ayaan ahaa.",
                                  "كنت سائق سيارة أجرة."])
def test_a_generic_driver_beside_a_taxi_word_is_a_taxi_driver(text):
    assert occupations(text)[:1] == ["ZS86_sdx_bx5"], match(text)


def test_an_arabic_plural_object_is_not_the_agent_title_but_a_listed_feminine_plural_is():
    assert "eSXv_uCd_b9M" not in occupations("كنت أنظف الطيارات في المطار.")   # planes, not pilots
    assert occupations("كنت أعمل مع الممرضات.") != []                          # nurses (ممرضة listed)


def test_somali_article_on_an_o_noun_matches_the_term():
    assert "84Uc_bhA_s47" in occupations("Waxaan ahaa farsamoyaqaanka korontada.")


def test_assistant_occupations_are_taxonomy_occupations(data_dir):
    names = data_dir / "taxonomy" / "occupation_names.json"
    known = {c["id"] for c in json.loads(names.read_text(encoding="utf-8"))["data"]["concepts"]}
    for title, targets in assistant_concepts().items():
        assert title in known and set(targets) <= known, (title, targets)
