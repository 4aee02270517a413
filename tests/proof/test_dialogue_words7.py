"""Work told by its tasks in the words newcomers type (issue 9, words7):

- braiding hair for women nearby is a hairdresser's work, in every language;
- Tigrinya typed in Latin letters on a phone ("ab hotel tsirey esrah neyre") is read like Ge'ez:
  cleaning, childcare, hair, farming, a shop, car repair, dishes and driving;
- spoken Dari drops the r of kardan ("خیاطی میکدم"), and a car mechanic is a میخانیک; Somali repairs
  cars with "dayactir";
- someone who only says they like children (Latin-typed Tigrinya, Dari "اطفال") gets 3–5 directions with
  work with children among them, never an empty answer.

Through the real FastAPI app over the shared test store (the ``person`` fixture); assertions on the
profile's experiences and the occupations shown. The words are data in retrieval/lexicon/
occupations_tasks_typed.yaml and retrieval/interest_cues.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, said

BRAIDS = said("words7_braided_hair")
#: Frisör, Damfrisör, Barberare.
HAIRDRESSERS = {"tuoE_9Nj_fAS", "M9CN_jxU_54j", "hDzC_BF5_Wz2"}

#: Latin-typed Tigrinya stories and the occupations each names (any one of them).
TI_LATIN = {
    "words7_ti_latin_cleaning": {"PiBg_iBj_qEw", "dYo1_D8c_87U", "foyL_nHA_S7H"},
    "words7_ti_latin_childcare": {"rM7G_ge7_XhP", "ujBX_nic_wuH"},
    "words7_ti_latin_hair": HAIRDRESSERS,
    "words7_ti_latin_farm": {"M72y_eD6_3HN", "Zod8_4Ss_9p4"},
    "words7_ti_latin_shop": {"pBhS_6fg_727", "ek9W_CmD_y2M", "j8X2_KhG_6ty"},
    "words7_ti_latin_cars": {"bLKd_4Wg_3rn", "o7LP_duC_u9Z"},
    "words7_ti_latin_dishes": {"pKTY_Kwu_sUw", "oRB5_b7i_Qzv"},
    "words7_ti_latin_driving": {"JEhg_Dmh_mzv", "CMSX_P2L_ZYx", "ZS86_sdx_bx5", "PtiU_6mm_yyL"},
}
TAILORS = {"ras1_rJP_9UX", "9X5m_3HX_xv5", "eNuV_KQ1_n3y"}
CAR_MECHANICS = {"bLKd_4Wg_3rn", "o7LP_duC_u9Z"}
SPOKEN = {
    ("fa", "words7_fa_spoken_sewing"): TAILORS,
    ("fa", "words7_fa_spoken_cars"): CAR_MECHANICS,
    ("fa", "words7_fa_mechanic"): CAR_MECHANICS,
    ("so", "words7_so_cars"): CAR_MECHANICS,
}
LIKES_CHILDREN = said("words7_likes_children")
#: Barnskötare/Förskoleassistent, Elevassistent m.fl., Förskollärare, Grundlärare.
CHILDREN_GROUPS = {"5311", "5312", "2343", "2341"}


def work_done(body: dict) -> set[str]:
    return {e["occupation"]["id"] for e in body["profile"]["experiences"]}


@pytest.mark.parametrize("locale", ALL)
def test_braiding_hair_is_a_hairdressers_work(person, locale):
    body = person.say(BRAIDS[locale])
    assert work_done(body) & HAIRDRESSERS, (locale, body["profile"]["experiences"])


@pytest.mark.parametrize("locale", ["ti"])
@pytest.mark.parametrize("story", sorted(TI_LATIN))
def test_tigrinya_typed_in_latin_letters_is_read(person, locale, story):
    body = person.say(said(story)[locale])
    assert work_done(body) & TI_LATIN[story], (story, body["profile"]["experiences"], body["answer"][:300])
    assert body["occupations"], body["answer"]


@pytest.mark.parametrize(("locale", "story"), sorted(SPOKEN))
def test_spoken_dari_and_somali_repair_words_are_read(person, locale, story):
    body = person.say(said(story)[locale])
    assert work_done(body) & SPOKEN[(locale, story)], (story, body["profile"]["experiences"])


@pytest.mark.parametrize("locale", sorted(LIKES_CHILDREN))
def test_liking_children_gives_three_to_five_directions_with_children(person, locale):
    body = person.say(LIKES_CHILDREN[locale])
    assert 3 <= len(body["occupations"]) <= 5, (locale, [o["label"] for o in body["occupations"]], body["answer"][:300])
    assert {g[:4] for g in groups(body)} & CHILDREN_GROUPS, (locale, groups(body))
