"""titles20: job titles as ad headlines write them, and a first message that only asks "can I work as X here?".

Headlines (retrieval/title_headline.py, on the test store; clear-cut ones written for this proof, not eval cases):
a recruiter's frame and praise are read away ("Vi söker en noggrann …", "Är du vår nya …?"), a plural is the
singular title ("Kockar", "Frisörer", "Kassörskor"), an assistant to a person is a personal assistant, and the
headline's other words are weak context when several occupations share the title ("till storkök" is the institutional
cook, "till hemtjänsten" the home-care assistant nurse, "F-3" the early-years teacher) - but a workplace never makes a
nurse a specialist nurse.
Dialogue, in all 8 languages through the real app: a first message asking whether one may work as a welder or a
carpenter tells no story, so the answer is the licence verdict with that occupation shown, never an empty list
("I found no occupations that match"). The sentences live in phrases/dialogue_titles20.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all, shown_ids, wording_start

HEADLINES = [
    # (headline, acceptable occupation ids at 1)
    ("Kockar till storkök i Luleå", {"Vg3d_Azf_p5Y"}),                        # Kock, storhushåll
    ("Undersköterskor till hemtjänsten, sommaren 2026", {"Y3QA_5pk_uXd"}),     # Undersköterska, hemtjänst …
    ("Grundlärare F-3 till Hagaskolan", {"zGHj_2Jf_oKy"}),                     # Grundlärare, förskoleklass och 1-3
    ("Assistent till kille i Malmö, helger", {"eU1q_zvL_9Rf"}),                # Personlig assistent
    ("Frisörer sökes till salong i Stockholm", {"tuoE_9Nj_fAS"}),
    ("Kassörskor till vår butik", {"j8X2_KhG_6ty", "pBhS_6fg_727"}),
    ("Vi söker en noggrann ekonomiassistent till vårt kontor!", {"BK8D_hZe_dtk"}),
    ("Sjuksköterska till akutmottagningen, natt", {"bXNH_MNX_dUR"}),          # a nurse, not a specialist nurse
]


@pytest.mark.parametrize("title,want", HEADLINES, ids=[h[0] for h in HEADLINES])
def test_an_ad_headline_finds_the_occupation_it_advertises(real_runtime, title, want):
    hits = real_runtime.search.search(title, "occupation", 10)
    assert hits and hits[0].concept_id in want, (title, [h.title for h in hits[:5]])
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True), title                 # score order is rank order
    assert set(hits[0].to_contract()) == {"id", "doc_id", "kind", "title", "score", "url"}   # the CLI shape


WELDER, CARPENTER = said_all("titles20_can_work_welder", "titles20_can_work_carpenter")
WELDERS = {"wf1E_nWA_EJp", "CsB1_HC2_EbL"}        # Svetsare, manuell; Svetsoperatör/Automatsvetsare
CARPENTERS = {"4Z7F_oBG_vMG", "HdcS_g6a_jPk"}     # Träarbetare/Snickare (with and without a trade certificate)


@pytest.mark.parametrize("locale", ALL)
@pytest.mark.parametrize("asked,want", [(WELDER, WELDERS), (CARPENTER, CARPENTERS)], ids=["welder", "carpenter"])
def test_a_first_can_i_work_as_question_shows_that_occupation(person, locale, asked, want):
    body = person.say(asked[locale])
    assert set(shown_ids(body)[:1]) & want, (locale, shown_ids(body), body["answer"])
    assert wording_start(locale, "occ.none", 20) not in body["answer"], (locale, body["answer"])
