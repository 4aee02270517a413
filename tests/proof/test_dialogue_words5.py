"""What people did, read as they meant it (issue 9, rater 7, words5), in every language where it applies:

- driving is read by the vehicle driven: a lorry is a lorry driver's work, a taxi a taxi driver's
  ("waxaan wadi jiray baabuur xamuul ah" gave no work at all; retrieval/lexicon/senses.yaml ``drive``);
- where one lives, and with whom, is no work done (the ESCO skill route made "Waxaan deganahay Borlänge"
  a furniture fitter's experience);
- "assistant" or "helper" next to a profession is the assistant's occupation (a pharmacist's assistant is
  an Apotekstekniker/Apoteksassistent, not an Apotekare), also where the word follows (Arabic «صيدلانية مساعدة»);
- keeping the books of a shop is bookkeeping work, not shop sales;
- a civil engineer is a building/civil engineer, never the mechanical production engineer;
- work told and then "but I can't …" stays work done (Arabic «لكنني», Dari «لیکن», Ukrainian «проте»), and
  Tigrinya "ten years" is not fish.

Through the real FastAPI app over the shared test store (the ``person`` fixture); assertions on the
profile's experiences (structured fields).
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all, work_done

(TRUCK, TAXI, LIVES, PHARMACY_ASSISTANT, BOOKS, CIVIL_ENGINEER, BUT, AGE, HEALTH_HELPER, HEALTH_HELPER_GLOSSED) = said_all(
    "drove_a_truck5", "drove_a_taxi5", "where_one_lives5", "assistant_pharmacist5", "kept_the_books5",
    "civil_engineer5", "years_then_but5", "how_old5", "health_helper_so5", "health_helper_glossed5")

LORRY_DRIVERS = {"JEhg_Dmh_mzv", "CMSX_P2L_ZYx"}
TAXI_DRIVERS = {"ZS86_sdx_bx5"}
PHARMACY_ASSISTANTS = {"8cJ8_fJJ_X5X", "Cj92_o8k_DQV"}
PHARMACISTS = {"pAdE_uVY_JrR", "rp67_sqK_cLB"}
#: Ekonomiassistent, Redovisningsassistent, Bokföringskontorist, Redovisningsekonom, Redovisningskonsult.
BOOKKEEPING = {"BK8D_hZe_dtk", "MZ9T_JuJ_FxU", "TWef_KC4_wak", "8N18_sGB_X4M", "CeoS_Wzo_uz5"}
#: Byggnadsingenjör, Civilingenjör väg- och vatten / bygg / byggnadskonstruktion.
CIVIL = {"QyBB_mhx_iKS", "n9AC_sTq_NAH", "bDCc_dTJ_qcd", "kgyb_GN3_qR1"}
MECHANICAL_PRODUCTION = {"7AqV_PhM_9d3"}
BUS_DRIVERS = {"qSXj_aXc_EGp"}
FISHERMEN_ROADWORKERS = {"ssyk:6410", "ssyk:9312"}
ASSISTANT_NURSES = {"PQkQ_Dmk_ZF8", "Y3QA_5pk_uXd"}
REGISTERED_NURSE = {"bXNH_MNX_dUR"}

#: What was said → the work it must be read as: (phrase, one of these was done, none of these, the first is one of).
#: A Somali health helper is an assistant nurse, not a registered nurse; the person's own gloss in brackets says
#: which work was meant; a pharmacist's assistant is no pharmacist; a shop's books are bookkeeping.
READ_AS = {
    "lorry": (TRUCK, LORRY_DRIVERS, set(), None),
    "taxi": (TAXI, TAXI_DRIVERS, set(), None),
    "pharmacy_assistant": (PHARMACY_ASSISTANT, PHARMACY_ASSISTANTS, PHARMACISTS, None),
    "books": (BOOKS, BOOKKEEPING, set(), BOOKKEEPING),
    "civil_engineer": (CIVIL_ENGINEER, CIVIL, MECHANICAL_PRODUCTION, CIVIL),
    "but_then": (BUT, BUS_DRIVERS, set(), None),
    "health_helper": (HEALTH_HELPER, ASSISTANT_NURSES, REGISTERED_NURSE, None),
    "health_helper_glossed": (HEALTH_HELPER_GLOSSED, REGISTERED_NURSE, set(), REGISTERED_NURSE),
}


@pytest.mark.parametrize(("case", "locale"), [(c, loc) for c, v in READ_AS.items() for loc in v[0]])
def test_work_told_is_read_as_the_work_meant(person, case, locale):
    phrase, among, never, first = READ_AS[case]
    body = person.say(phrase[locale])
    done = work_done(body)
    assert set(done) & among and not set(done) & never, body["profile"]["experiences"]
    assert first is None or done[0] in first, body["profile"]["experiences"]
    if case == "but_then":  # (Tigrinya "ten years" is no fish, the work is no road work)
        codes = {f"ssyk:{e['ssyk_code']}" for e in body["profile"]["experiences"]}
        assert not codes & FISHERMEN_ROADWORKERS, body["profile"]["experiences"]


@pytest.mark.parametrize("locale", ALL)
def test_where_one_lives_is_no_work_done(person, locale):
    body = person.say(LIVES[locale])
    assert work_done(body) == [], body["profile"]["experiences"]
    # (nor something one likes: "I live in … with my two kids" led to preschool teachers)
    assert body["profile"]["interests"] == [], body["profile"]["interests"]


@pytest.mark.parametrize("locale", ALL)
def test_ones_age_is_neither_work_nor_a_liking(person, locale):
    body = person.say(AGE[locale])
    assert work_done(body) == [] and body["profile"]["interests"] == [], body["profile"]
