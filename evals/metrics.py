"""Ranking and set metrics for the evaluation datasets.

All functions are pure: they take ranked id lists / sets and acceptable sets and
return floats. Aggregation helpers average per-case values per language and overall.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

DEFAULT_KS: tuple[int, ...] = (1, 3, 5)


def dedupe(ranked: Iterable[str | None]) -> list[str]:
    """Drop empty values and later repeats, keeping the first occurrence's rank."""
    seen: set[str] = set()
    out: list[str] = []
    for item in ranked:
        if not item or item in seen:
            continue
        seen.add(item)
        out.append(item)
    return out


def hit_at_k(ranked: Sequence[str], acceptable: Iterable[str], k: int) -> float:
    """1.0 if any of the first ``k`` ranked ids is acceptable, else 0.0."""
    if k < 1:
        raise ValueError("k must be >= 1")
    acc = set(acceptable)
    return 1.0 if any(r in acc for r in ranked[:k]) else 0.0


def reciprocal_rank(ranked: Sequence[str], acceptable: Iterable[str]) -> float:
    """1/rank of the first acceptable id (rank counted from 1), 0.0 when none is acceptable."""
    acc = set(acceptable)
    for i, r in enumerate(ranked, start=1):
        if r in acc:
            return 1.0 / i
    return 0.0


def ranking_scores(ranked: Sequence[str], acceptable: Iterable[str], ks: Sequence[int] = DEFAULT_KS) -> dict[str, float]:
    """hit@k for each k plus ``mrr`` for one case. ``ranked`` is deduplicated first."""
    r = dedupe(ranked)
    acc = set(acceptable)
    scores = {f"hit@{k}": hit_at_k(r, acc, k) for k in ks}
    scores["mrr"] = reciprocal_rank(r, acc)
    return scores


def rp_at_k(ranked: Sequence[str], gold: Iterable[str], k: int = 5) -> float:
    """R-precision at k (Decorte et al. 2023): gold items in the first ``k`` / min(k, #gold).

    0.0 when there is no gold item. ``ranked`` is deduplicated first.
    """
    if k < 1:
        raise ValueError("k must be >= 1")
    g = set(gold)
    if not g:
        return 0.0
    return sum(1 for r in dedupe(ranked)[:k] if r in g) / min(k, len(g))


def set_scores(predicted: Iterable[str], expected: Iterable[str]) -> dict[str, float]:
    """Precision, recall and F1 of a predicted id set against an expected set.

    Conventions: empty prediction -> precision 0 (1 if expected is also empty);
    empty expected -> recall 1; F1 is 0 when precision + recall is 0.
    """
    p, e = set(predicted), set(expected)
    tp = len(p & e)
    precision = tp / len(p) if p else (1.0 if not e else 0.0)
    recall = tp / len(e) if e else 1.0
    f1 = 2 * precision * recall / (precision + recall) if (precision + recall) else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def mean(values: Iterable[float]) -> float:
    """Arithmetic mean; 0.0 for no values."""
    vals = list(values)
    return sum(vals) / len(vals) if vals else 0.0


def aggregate(per_case: Sequence[tuple[str, Mapping[str, float]]]) -> dict[str, dict[str, float]]:
    """Macro-average per-case metric dicts per language and ``overall``.

    ``per_case`` holds ``(language, {metric: value})``. The result maps each language
    (sorted) and ``"overall"`` to ``{metric: mean, ..., "n": count}``. Overall is the
    mean over all cases (micro over cases), not over languages.
    """
    groups: dict[str, list[Mapping[str, float]]] = defaultdict(list)
    for lang, scores in per_case:
        groups[lang].append(scores)
        groups["overall"].append(scores)
    out: dict[str, dict[str, float]] = {}
    for lang in sorted(k for k in groups if k != "overall") + (["overall"] if groups else []):
        rows = groups[lang]
        keys = list(dict.fromkeys(k for row in rows for k in row))
        agg = {k: mean(row[k] for row in rows if k in row) for k in keys}
        agg["n"] = float(len(rows))
        out[lang] = agg
    return out
