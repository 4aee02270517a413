"""A qualifier word that names a sibling's domain picks the sibling (read19; assistant/interpretation/qualified.py)."""
from __future__ import annotations

import pytest

from assistant.interpretation.linking import Link
from assistant.interpretation.qualified import qualified

WARD_NURSE, HOME_NURSE, CHILDREN_NURSE = "PQkQ_Dmk_ZF8", "Y3QA_5pk_uXd", "rwrv_VQw_vPr"
SCHOOL_TEACHER, SUBJECT_TEACHER, PRESCHOOL_TEACHER = "VZoJ_4oe_xyR", "iYgm_hfD_Bez", "rUcW_z9R_Qsv"
# (statement, the title linked in it, the occupation linked, the sibling it is)
SAID = [
    ("jag har jobbat som undersköterska på barnavdelning", "undersköterska", WARD_NURSE, CHILDREN_NURSE),
    ("i worked as an assistant nurse with children", "assistant nurse", WARD_NURSE, CHILDREN_NURSE),
    ("اشتغلت ممرضة مساعدة مع الاطفال", "ممرضة مساعدة", WARD_NURSE, CHILDREN_NURSE),
    ("waxaan ahaa kalkaaliye caafimaad oo carruurta ah", "kalkaaliye caafimaad", WARD_NURSE, CHILDREN_NURSE),
    ("ሓጋዚት ነርስ ህጻናት ነይረ", "ሓጋዚት ነርስ", WARD_NURSE, CHILDREN_NURSE),
    ("در شفاخانه اطفال کمک نرس بودم", "کمک نرس", WARD_NURSE, CHILDREN_NURSE),
    ("працювала молодшою медсестрою в дитячій лікарні", "молодшою медсестрою", WARD_NURSE, CHILDREN_NURSE),
    ("undersköterska i hemtjänsten", "undersköterska", WARD_NURSE, HOME_NURSE),
    ("i was a teacher in a kindergarten", "teacher", SUBJECT_TEACHER, PRESCHOOL_TEACHER),
    ("waxaan macallin ka ahaa xannaanada", "macallin", SCHOOL_TEACHER, PRESCHOOL_TEACHER),
]
UNCHANGED = [
    ("jag är undersköterska. jag bor med min man och vi har tre barn som går i skolan här i stan", "undersköterska",
     WARD_NURSE),
    ("i was a teacher in a high school", "teacher", SUBJECT_TEACHER),
]


def _link(text: str, title: str, occupation: str) -> Link:
    at = text.find(title)
    return Link(occupation, "", "occupation", 0.95, "lexicon", at, at + len(title))


@pytest.mark.parametrize(("text", "title", "occupation", "sibling"), SAID)
def test_the_qualifier_picks_the_sibling(text, title, occupation, sibling):
    assert [l.concept_id for l in qualified([_link(text, title, occupation)], text)] == [sibling]


@pytest.mark.parametrize(("text", "title", "occupation"), UNCHANGED)
def test_a_qualifier_far_away_or_none_changes_nothing(text, title, occupation):
    assert [l.concept_id for l in qualified([_link(text, title, occupation)], text)] == [occupation]
