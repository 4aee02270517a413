"""The job-title reranker: its features, its shipped weights, and how the search applies it."""
from __future__ import annotations

import json
from importlib import resources

from retrieval.title_reranker import FEATURES, applies, features, grams, jaccard, load_model, score_rows
from retrieval.titles import TitleIndex


def _index() -> TitleIndex:
    return TitleIndex([("Elinstallatör", "el"), ("Elektriker", "el"), ("VVS-installatör", "vvs"),
                       ("Kock", "kock"), ("Kock, à la carte", "kock"), ("IT-chef", "itchef"),
                       ("Chef för IT-avdelning", "itchef"), ("Lagerchef", "lager")])


def _cand(occ: str, **kw) -> dict:
    base = {"occ": occ, "rrf": 1 / 61, "dense_rank": 1, "sim": 0.85, "lex_rank": 1, "lex": 5.0, "routes": {}}
    base.update(kw)
    return base


def test_char_ngram_similarity_is_one_for_the_same_title_and_low_for_unrelated_ones():
    assert jaccard(grams("Elektriker"), grams("elektriker")) == 1.0
    assert jaccard(grams("Elektriker"), grams("Kock")) < 0.1


def test_features_see_the_best_alias_and_the_compound_head_word():
    rows = features("Chef för IT-tjänster", [_cand("kock"), _cand("itchef")], _index())
    f = {name: i for i, name in enumerate(FEATURES)}
    assert len(rows[0]) == len(FEATURES)
    # the IT manager's aliases share far more of the title than the cook's
    assert rows[1][f["alias_jac"]] > rows[0][f["alias_jac"]] + 0.2
    assert rows[1][f["word_cover"]] > rows[0][f["word_cover"]]
    rows = features("Eldstadsinstallatör", [_cand("el"), _cand("kock")], _index())
    assert rows[0][f["head"]] > 0 and rows[1][f["head"]] == 0


def test_leave_one_out_hides_the_query_from_its_own_aliases():
    f = {name: i for i, name in enumerate(FEATURES)}
    seen = features("Elektriker", [_cand("el")], _index())[0]
    hidden = features("Elektriker", [_cand("el")], _index(), exclude=frozenset({"elektriker"}))[0]
    assert seen[f["exact_alias"]] == 1.0 and seen[f["alias_jac"]] == 1.0
    assert hidden[f["exact_alias"]] == 0.0 and hidden[f["alias_jac"]] < 1.0


def test_the_shipped_weights_match_the_features_and_were_trained_on_source_data_only():
    data = json.loads(resources.files("retrieval").joinpath("data", "title_reranker.json").read_text("utf-8"))
    assert data["features"] == list(FEATURES)
    assert len(data["weights"]) == len(data["mean"]) == len(data["std"]) == len(FEATURES)
    assert "taxonomy" in data["trained_on"] and "ESCO" in data["trained_on"]
    assert data["held_out_at1"]["reranked"] >= data["held_out_at1"]["fused"]
    model = load_model()
    assert model is not None
    # a candidate whose alias is the title, found first by every route, beats one found by nothing
    good = _cand("el", sim=0.95, lex=12.0)
    weak = _cand("kock", rrf=1 / 90, dense_rank=30, sim=0.80, lex_rank=None, lex=0.0)
    p_good, p_weak = score_rows(features("Elinstallatör", [good, weak], _index()), model)
    assert 0.0 < p_weak < p_good < 1.0


def test_it_applies_to_titles_not_to_sentences():
    assert applies("Senior backend-utvecklare")
    assert not applies("Jag har jobbat som undersköterska på ett äldreboende i tio år")
    assert not applies("")
