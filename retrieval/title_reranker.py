"""Job-title reranker: a small logistic regression over the fused occupation candidates.

The hybrid search fuses dense, BM25 and bridge rankings by reciprocal rank, which weighs every
route the same whatever the evidence. For a short title query the top ``RERANK_TOP`` candidates
are rescored from features of the (query, candidate) pair: route scores and ranks, the best
alias's character n-gram similarity, a shared compound head word, the lexicon/pivot/head-family
bridges and size priors (aliases of the occupation, job ads in its SSYK group).

The weights (``retrieval/data/title_reranker.json``) are fitted by
``scripts/train_title_reranker.py`` ONLY on taxonomy and ESCO data (taxonomy job titles and ESCO
labels mapped through the official ESCO <-> JobTech mapping), with the query's own alias left
out of the index while its features are computed. No evaluation case is used.
"""
from __future__ import annotations

import json
import math
import threading
from importlib import resources
from typing import Any

from retrieval.titles import fold, title_index, words

RERANK_TOP = 30
MAX_QUERY_WORDS = 6   # trained on titles: sentences keep the fused order
FEATURES = ("rrf", "fused_rank", "dense_rank", "dense_sim", "dense_gap", "lex_rank", "lex_rel", "alias_jac",
            "alias_jac_gap", "word_cover", "head", "lexicon", "pivot", "head_family", "aliases", "exact_alias", "ads",
            "suffix_alias")
_WEIGHTS_FILE = "title_reranker.json"
_lock = threading.Lock()
_model: dict[str, Any] | None = None


def grams(text: str, n: int = 3) -> frozenset[str]:
    t = f" {' '.join(words(text))} "
    return frozenset(t[i:i + n] for i in range(max(1, len(t) - n + 1)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def applies(query: str) -> bool:
    n = len(words(query))
    return 0 < n <= MAX_QUERY_WORDS


def features(query: str, cands: list[dict[str, Any]], tindex, exclude: frozenset[str] = frozenset()) -> list[list[float]]:
    """One feature row per candidate (in the given fused order).

    ``cands``: dicts with occ (occupation id), rrf, dense_rank, sim, lex_rank, lex, routes
    ({route: confidence}). ``exclude``: folded aliases to ignore (leave-one-out in training)."""
    q_grams = grams(query)
    q_words = words(query)
    q_set = set(q_words)
    q_last = q_words[-1] if q_words else ""
    fq = fold(query).strip()
    raw = []
    for c in cands:
        best_j, cover, head, exact, suffix = 0.0, 0.0, 0.0, 0.0, 0.0
        aliases = tindex.aliases_of(c["occ"])
        for alias, a_grams, a_words, a_set in aliases:
            if alias in exclude:
                continue
            # A compound ending in a whole one-word alias names that occupation ("äldreboende|kock").
            if len(a_words) == 1 and len(a_words[0]) >= 4 and len(q_last) > len(a_words[0]) \
                    and q_last.endswith(a_words[0]):
                suffix = max(suffix, len(a_words[0]) / len(q_last))
            j = jaccard(q_grams, a_grams)
            if j > best_j:
                best_j = j
            if q_set and a_words:
                cover = max(cover, len(q_set & a_set) / len(q_set | a_set))
                if q_last and len(q_last) >= 5:
                    s = _common_suffix(q_last, a_words[-1])
                    if s >= 5 or s == len(q_last) == len(a_words[-1]):
                        head = max(head, min(s, 12) / 12)
            if alias == fq:
                exact = 1.0
        raw.append((best_j, cover, head, exact, len(aliases), tindex.ads.get(c["occ"], 0), suffix))
    max_sim = max((c["sim"] for c in cands), default=0.0)
    max_lex = max((c["lex"] for c in cands), default=0.0) or 1.0
    max_j = max((r[0] for r in raw), default=0.0)
    rows = []
    for i, (c, (best_j, cover, head, exact, n_alias, n_ads, suffix)) in enumerate(zip(cands, raw)):
        routes = c.get("routes") or {}
        rows.append([
            c["rrf"] * 60.0,
            1.0 / (i + 1),
            1.0 / c["dense_rank"] if c.get("dense_rank") else 0.0,
            c["sim"],
            c["sim"] - max_sim if c["sim"] else -0.2,
            1.0 / c["lex_rank"] if c.get("lex_rank") else 0.0,
            c["lex"] / max_lex,
            best_j,
            best_j - max_j,
            cover,
            head,
            routes.get("lexicon", 0.0),
            routes.get("pivot", 0.0),
            1.0 if "head" in routes else 0.0,
            math.log1p(n_alias) / 5.0,
            exact,
            math.log1p(n_ads) / 10.0,
            suffix,
        ])
    return rows


def load_model() -> dict[str, Any] | None:
    """The fitted weights (None when the data file is missing or for other features)."""
    global _model
    with _lock:
        if _model is None:
            try:
                text = resources.files("retrieval").joinpath("data", _WEIGHTS_FILE).read_text(encoding="utf-8")
                m = json.loads(text)
            except (OSError, ValueError):
                m = {}
            _model = m if m.get("features") == list(FEATURES) else {}
        return _model or None


def score_rows(rows: list[list[float]], model: dict[str, Any]) -> list[float]:
    w, b = model["weights"], model["bias"]
    mean, std = model["mean"], model["std"]
    out = []
    for r in rows:
        z = b + sum(wi * (x - m) / s for wi, x, m, s in zip(w, r, mean, std))
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return out


def rerank(query: str, cands: list[dict[str, Any]], relations, exclude: frozenset[str] = frozenset()) -> list[float] | None:
    """Reranker probabilities for ``cands`` (fused order), or None when it does not apply."""
    model = load_model()
    if model is None or not cands or not applies(query):
        return None
    try:
        tindex = title_index(relations)
    except Exception:  # noqa: BLE001 - relations not built yet: keep the fused order
        return None
    rows = features(query, cands, tindex, exclude)
    # Trained leave-one-out, so it has seen neither a title that is an alias as written nor a curated
    # lexicon term (taxonomy/ESCO titles rarely are one): there the fused order stands (it is right
    # for those), and the reranker decides only the unknown titles it was fitted on.
    ex, lexi = FEATURES.index("exact_alias"), FEATURES.index("lexicon")
    if any(r[ex] > 0 or r[lexi] > 0 for r in rows):
        return None
    return score_rows(rows, model)
