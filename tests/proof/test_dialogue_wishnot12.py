"""The reach of a negation: "not" binds to its own clause, and the question sentence decides what is asked (rater27
and wave-11 findings).

- "I want X, not Y" (rater27 C4 ti): the wish X was refused with Y, because in a verb-final clause ("…, Y I don't
  want") the negation read the whole sentence as one refusal.
- "Not pharmacist for now" (rater27, ar «ليس صيدلي الآن»): a deferral keeps the pharmacist as the long goal; the
  answer is about work now, and the pharmacist is refused nowhere.
- "Work that needs NO university": the negated university is no interest in university – the university's Swedish
  is not what is answered; the list is of work that needs no university degree.
- "I have a licence from Iraq. How long does the electrician training take?": the question sentence asks the length
  of the electrician's training, not the B licence told before it.

Through the real app over the shared test store, in all 8 languages; the sentences live in
phrases/dialogue_wishnot12.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import (
    ALL,
    constraints,
    groups,
    route_ids,
    said_all,
    wished_groups,
    wording_literal,
    work_done,
)

(WANT_NOT, PHARMACIST, NOT_FOR_NOW, SHOP_IT, NO_UNIVERSITY, LICENCE_TRAINING) = said_all(
    "wishnot12_want_not", "wishnot12_pharmacist", "wishnot12_not_for_now", "wishnot12_shop_it",
    "wishnot12_no_university", "wishnot12_licence_then_training")
CARPENTERS = {"4Z7F_oBG_vMG", "HdcS_g6a_jPk", "EVMd_5ES_dRT"}
CLEANERS = {"dYo1_D8c_87U", "jvPc_9RA_vBq", "PiBg_iBj_qEw", "foyL_nHA_S7H"}
PHARMACISTS = {"pAdE_uVY_JrR", "rp67_sqK_cLB"}
#: Transportstyrelsen's pages of the driving licence (assistant/driving_licence.py).
DRIVING = {"route:korkort_b", "route:korkort_ees", "route:utlandskt_korkort", "route:korkort_tillfalligt_skydd",
           "route:ovningskorning_alder", "route:korkortstillstand_hogre"}
#: What the university's Swedish is answered with (assistant/studies_abroad.py, assistant/swedish_enough.py).
UNIVERSITY_SWEDISH = ("studies_abroad.swedish", "swedish_enough.university_not_yet", "swedish_enough.general")
#: What a question about a training's length must never be answered with (as in test_dialogue_dur8).
_MISREAD = ("unknown_occupation", "which_occupation", "more", "nothing_more", "salary", "suggest")


#: Measured by wishnot12v once the test store was built (29 of 32 passed); the licence gaps (sv, fa) closed by compound13;
#: the gap left has its reason.
_GAPS = {
    ("no_university", "ti"): "the ti shop sentence «ኣብ ኡመዮ ኣብ ድኳን እሰርሕ፣ ኣብ IT ክሰርሕ እደሊ።» is read as wishes for the "
                             "shop's occupations, with no IT wish; «… ዘየድልዮ እንታይ ስራሕ ኣሎ?» is then 'more' with nothing "
                             "fresh left (nothing_more). Since compound13 the answer names the ways in without university "
                             "(cited routes), but no occupation is listed",
}


def _locales(case: str) -> list:
    return [pytest.param(loc, marks=pytest.mark.xfail(strict=False, reason=_GAPS[(case, loc)]))
            if (case, loc) in _GAPS else loc for loc in ALL]


def _refused_ids(body: dict) -> set[str]:
    return {str((c.get("concept") or {}).get("id")) for c in constraints(body, "avoid") if c.get("concept")}


def _wished_ids(body: dict) -> set[str]:
    return {w["concept"]["id"] for w in body["profile"]["wishes"] if w.get("concept")}


@pytest.mark.parametrize("locale", ALL)
def test_i_want_x_not_y_refuses_y_only(person, locale):
    body = person.say(WANT_NOT[locale])
    avoid = constraints(body, "avoid")
    assert not _refused_ids(body) & CARPENTERS, (locale, avoid)
    assert _wished_ids(body) & CARPENTERS or "7115" in wished_groups(body), (locale, body["profile"]["wishes"], avoid)
    assert avoid, (locale, body["profile"]["wishes"], body["answer"][:300])  # the cleaning is refused
    shown = [o["id"] for o in body["occupations"]]
    assert not set(shown) & CLEANERS, (locale, shown)


@pytest.mark.parametrize("locale", ALL)
def test_not_pharmacist_for_now_is_a_deferral_not_a_refusal(person, locale):
    person.say(PHARMACIST[locale])
    body = person.say(NOT_FOR_NOW[locale])
    assert not _refused_ids(body) & PHARMACISTS, (locale, constraints(body, "avoid"))
    assert not any(c["value"].casefold() in NOT_FOR_NOW[locale].casefold() and len(c["value"]) > 2
                   for c in constraints(body, "avoid")), (locale, constraints(body, "avoid"))
    kept = set(work_done(body)) | _wished_ids(body)
    assert kept & PHARMACISTS, (locale, body["profile"]["experiences"], body["profile"]["wishes"])
    shown = [o["id"] for o in body["occupations"]]
    assert shown, (locale, body["action"], body["answer"][:400])  # work for now is answered
    assert shown[0] not in PHARMACISTS, (locale, shown, body["answer"][:400])


@pytest.mark.parametrize("locale", _locales("no_university"))
def test_work_that_needs_no_university_is_no_interest_in_university(person, locale):
    person.say(SHOP_IT[locale])
    body = person.say(NO_UNIVERSITY[locale])
    assert "no_university" in [c["value"] for c in constraints(body, "other")], (locale, body["profile"]["constraints"])
    said = [k for k in UNIVERSITY_SWEDISH if wording_literal(locale, k) in body["answer"]]
    assert not said, (locale, said, body["answer"][:400])
    shown = groups(body)
    assert shown, (locale, body["action"], body["answer"][:400])
    assert not [g for g in shown if g.startswith("2")], (locale, shown, body["answer"][:400])


@pytest.mark.parametrize("locale", _locales("licence"))
def test_the_question_sentence_decides_the_asked_part(person, locale):
    body = person.say(LICENCE_TRAINING[locale])
    ids = route_ids(body)
    assert not DRIVING & set(ids), (locale, body["action"], ids, body["answer"][:500])
    assert body["action"] not in _MISREAD, (locale, body["action"], body["answer"][:500])
    # the electrician's training is what is answered (its Swedish names are quoted in every language)
    assert "elektriker" in body["answer"].casefold() or any(
        (o.get("ssyk_code") or "").startswith("741") for o in body["occupations"]), (locale, body["answer"][:500])
