"""titles19: a title written apart whose modifier decides the field (retrieval/title_field), on the test store.

Clear-cut titles no taxonomy title list has, written for this proof (not eval cases): a Swedish adjective before a
head every field shares ("Kemisk ingenjör" is a chemistry engineer, not a building engineer), a compound whose
modifier a title names with its head ("Mejerioperatör": "Processoperatör, mejeri"), a lead post in a field
("Team lead lager" leads warehouse work, "Customer service team lead" a customer service group) and the titles the
reading must leave alone (a first "Lead" is seniority, a place is no field)."""
from __future__ import annotations

import pytest

CASES = [
    # (title, acceptable occupation ids at 1)
    ("Kemisk ingenjör", {"GYd6_A2J_kFK", "YLjg_Qtf_iqy", "f2PC_hUg_XpT", "jK73_q3a_fcZ", "a5jk_5B8_xtr"}),
    ("Geoteknisk ingenjör", {"ouQJ_4hT_WKV"}),
    ("Team lead lager", {"aquM_nAF_dtw"}),
    ("Customer service team lead", {"bRZS_esN_X1Y"}),
    ("Mejerioperatör", {"PTXV_RiA_Cd4"}),        # head "operatör", the modifier names the dairy's process operator
    ("Lead developer", {"rQds_YGd_quU", "fg7B_yov_smw"}),
    ("Kock Malmö", {"JbJw_as4_S93", "Vg3d_Azf_p5Y"}),
]


@pytest.mark.parametrize("title,want", CASES, ids=[c[0] for c in CASES])
def test_the_modifier_decides_the_field(real_runtime, title, want):
    hits = real_runtime.search.search(title, "occupation", 10)
    assert hits and hits[0].concept_id in want, (title, [h.title for h in hits[:5]])
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True), title                 # score order is rank order
    assert set(hits[0].to_contract()) == {"id", "doc_id", "kind", "title", "score", "url"}   # the CLI shape
    assert len({h.concept_id for h in hits}) == len(hits), title         # a lead found apart is not listed twice
