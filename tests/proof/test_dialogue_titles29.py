"""titles29: ad titles the taxonomy does not list, read as the title they reword (issue 9, item 4).

Search on the test store (titles written for this proof, phrases/dialogue_titles29.yaml; none is an eval case):
- a title's head and its field written apart, with or without a preposition ("Assistent till redovisning",
  "Handläggare bygglov"), is the compound the taxonomy lists (retrieval/title_synonym, strong reading);
- a compound with another head word of the same kind ("Renhållningsförman" for the listed "renhållningschef",
  "Revisionskontorist" for "revisionsassistent"): which head words stand for one another is read from the
  taxonomy's own titles, and such a rewording only reorders the top of what the search found (weak reading);
- a title word with a field word ("Chaufför sopbil"): among the top hits titled by that word, the one whose own
  titles name the field comes first (retrieval/title_fieldword); a field word no title names moves nothing.
The search contract (`search --jsonl` shape, score order = rank order) is unchanged.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import said_all

APART, OTHER_HEAD, FIELD = said_all("titles29_head_and_field_apart", "titles29_other_head_word", "titles29_field_word")

WANT = {
    "Assistent till redovisning": {"MZ9T_JuJ_FxU"},     # Redovisningsassistent (was: AD-assistent)
    "Sekreterare familjerätt": {"dBVw_5Cw_upG"},        # Familjerättssekreterare
    "Handläggare bygglov": {"GZ59_Q7K_6qB"},            # Bygglovshandläggare
    "Förman verkstad": {"azkV_of2_7GG"},                # Verkstadschef (its title "verkstadsförman")
    "Renhållningsförman": {"mDBm_pJc_eN6"},             # Miljöchef (its title "renhållningschef"; was: snickeri foreman)
    "Revisionskontorist": {"Bbpr_AMz_nzt"},             # Revisorsassistent (was: Administratör)
    "Chaufför sopbil": {"bhk6_aNU_xRe"},                # Renhållningsförare (was: Distributionsförare)
    "Förare djurtransport": {"gobw_eRi_v1F"},           # Djurtransportförare
    "Bagare konditori": {"XugJ_6hw_wVV"},               # Bagare/Konditor: "konditori" is no "rekonditionerare"
}
TITLES = [*APART["sv"], *OTHER_HEAD["sv"], *FIELD["sv"]]


@pytest.mark.parametrize("title", TITLES)
def test_an_unlisted_title_is_the_occupation_it_rewords(real_runtime, title):
    hits = real_runtime.search.search(title, "occupation", 10)
    assert hits and hits[0].concept_id in WANT[title], (title, [h.title for h in hits[:5]])
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True), title                 # score order is rank order
    assert set(hits[0].to_contract()) == {"id", "doc_id", "kind", "title", "score", "url"}   # the CLI shape


def test_a_listed_title_is_never_reworded(real_runtime):
    from retrieval.title_synonym import synonym_title
    from retrieval.titles import title_index

    tidx = title_index(real_runtime.relations)
    assert synonym_title(tidx, "Redovisningsassistent") == ("", False)
    assert synonym_title(tidx, "Assistent till redovisning") == ("redovisningsassistent", True)
    assert synonym_title(tidx, "Kock till Grand Hotel")[0] == ""           # a name is no field
