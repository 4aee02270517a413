"""Fit the job-title reranker (retrieval/title_reranker.py) on taxonomy and ESCO data only.

    VAGLEDNING_STORE_DIR=/path/to/store python scripts/train_title_reranker.py [--n 1500] [--seed 0]

Training queries, each with its acceptable JobTech occupations:
- taxonomy job titles (``taxonomy/job_titles.json``: title -> related occupation names);
- Swedish ESCO labels of the official ESCO <-> JobTech mapping (exact/close matches);
- English ESCO labels (preferred and alternative, ``esco/v1.1.1/occupations_en.csv``) of ESCO
  occupations mapped exact/close to JobTech occupations;
- misspelt taxonomy titles (one typing slip) and unseen compounds built from taxonomy aliases
  (a modifier of one taxonomy compound + another one-word alias: "skol" + "städare").
A random slice of them is drawn; each query's own text is left out of the index (dense, BM25, the
ESCO pivot and the alias features) while its candidates and features are computed, so a title
cannot find itself. 70 % fit a logistic regression (numpy, L2), 30 % are held out: occupation @1
of the fused order vs the reranked order is printed. The fit is a conditional logit (softmax over
each query's candidates, numpy) with a Platt scale so the score reads as a probability. Writes retrieval/data/title_reranker.json.
No evaluation set is read.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np

from retrieval.title_reranker import FEATURES, RERANK_TOP, features
from retrieval.titles import title_index

OUT = ROOT / "retrieval" / "data" / "title_reranker.json"
MAPPED = ("exact-match", "close-match")


def queries(data_dir: Path, rel) -> dict[str, list[tuple[str, set[str]]]]:
    """{source: [(query, acceptable occupation ids)]} from taxonomy and ESCO data."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    titles = json.loads((data_dir / "taxonomy" / "job_titles.json").read_text(encoding="utf-8"))
    for c in titles["data"]["concepts"]:
        label = c.get("preferred_label")
        ids = {r["id"] for r in c.get("related") or [] if isinstance(r, dict) and r.get("id")}
        if isinstance(label, str) and ids:
            out["taxonomy_title"][label.strip()] |= ids
    by_uri: dict[str, set[str]] = defaultdict(set)
    for r in rel._all("SELECT jobtech_id, esco_uri, esco_label_sv FROM esco_crosswalk WHERE concept_type = "
                      "'occupation' AND relation IN ('exact-match', 'close-match')"):
        by_uri[r["esco_uri"]].add(r["jobtech_id"])
        if r["esco_label_sv"]:
            out["esco_sv"][r["esco_label_sv"].strip()].add(r["jobtech_id"])
    with open(data_dir / "esco" / "v1.1.1" / "occupations_en.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            ids = by_uri.get(row["conceptUri"])
            if not ids:
                continue
            for label in [row["preferredLabel"], *(row.get("altLabels") or "").split("\n")]:
                if label.strip():
                    out["esco_en"][label.strip()] |= ids
    rng = random.Random(1)
    for label, ids in sorted(out["taxonomy_title"].items()):
        if len(label) >= 6 and " " not in label:
            out["taxonomy_typo"][_misspell(label, rng)] |= ids
    out["taxonomy_compound"] = _compounds(title_index(rel), rng)
    return {src: sorted(q.items()) for src, q in out.items()}


def _compounds(tindex, rng: random.Random, n: int = 3000) -> dict[str, set[str]]:
    """Unseen compounds: a modifier taken from a taxonomy compound ("skol|kock" -> "skol") glued to
    another one-word alias ("städare") -> that alias's occupations. The head of a Swedish compound
    names the occupation, which the leave-one-out titles alone rarely teach."""
    one_word = {a: ids for a, ids in tindex.by_alias.items() if " " not in a and len(a) >= 4 and a.isalpha()}
    modifiers: set[str] = set()
    for w in sorted(one_word):
        for a in (w[i:] for i in range(3, len(w) - 3)):
            if a in one_word:
                modifiers.add(w[: len(w) - len(a)])
                break
    # Short heads and modifiers, as in real compounds ("äldreboende|kock", not two compounds glued).
    heads = sorted(a for a in one_word if len(a) <= 12)
    mods = sorted(m for m in modifiers if len(m) <= 10)
    out: dict[str, set[str]] = defaultdict(set)
    for _ in range(n * 3):
        q = rng.choice(mods) + (head := rng.choice(heads))
        if q not in tindex.by_alias and q not in out:
            out[q] |= set(one_word[head])
        if len(out) >= n:
            break
    return out


def _misspell(word: str, rng: random.Random) -> str:
    """One typing slip (a letter dropped, doubled, swapped with the next or a vowel changed)."""
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(4)
    if op == 0:
        return word[:i] + word[i + 1:]
    if op == 1:
        return word[:i] + word[i] + word[i:]
    if op == 2:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    vowels = "aeiouyåäö"
    return word[:i] + rng.choice([v for v in vowels if v != word[i]]) + word[i + 1:]


def collect(rt, items, rel) -> list[tuple[str, str, list[list[float]], list[int], list[int]]]:
    """(source, query, feature rows, labels, fused-order labels) per query, leave-one-out."""
    from retrieval.search import _folded

    search = rt.search
    captured: dict = {}

    def capture(query, hits, docs):
        captured["c"] = [{"occ": h.concept_id, "rrf": h.score, "dense_rank": docs[h.doc_id]["dense_rank"],
                          "sim": h.similarity, "lex_rank": docs[h.doc_id]["lex_rank"], "lex": h.lexical,
                          "routes": docs[h.doc_id].get("routes") or {}} for h in hits[:RERANK_TOP]]
        return hits

    search._rerank = capture  # the fused candidates, before any reranking
    tindex = title_index(rel)
    vecs = rt.embedder.embed_queries([q for _s, q, _g in items])
    out = []
    for (src, q, gold), vec in zip(items, vecs):
        # leave-one-out, except for misspelt titles: their correctly spelt alias is what should be found
        excl = frozenset() if src == "taxonomy_typo" else frozenset({_folded(q)})
        search.exclude = excl
        captured.clear()
        search.search(q, "occupation", RERANK_TOP, query_vector=vec)
        cands = captured.get("c") or []
        if not cands:
            continue
        rows = features(q, cands, tindex, excl)
        out.append((src, q, rows, [int(c["occ"] in gold) for c in cands]))
    search.exclude = frozenset()
    del search._rerank
    return out


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 3000, lr: float = 0.5):
    mean, std = X.mean(0), X.std(0)
    std[std < 1e-6] = 1.0
    Z = (X - mean) / std
    w, b = np.zeros(Z.shape[1]), 0.0
    pos = max(1.0, (len(y) - y.sum()) / max(1.0, y.sum()))   # balance the few positives
    sw = np.where(y == 1, pos, 1.0)
    sw /= sw.mean()
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        g = (p - y) * sw
        w -= lr * (Z.T @ g / len(y) + l2 * w)
        b -= lr * g.mean()
    return w, b, mean, std


def fit_listwise(examples, l2: float = 1e-3, steps: int = 1500, lr: float = 0.3):
    """Conditional logit (softmax over each query's candidates), then a Platt scale and intercept so
    the score reads as a probability; the ranking is the softmax's."""
    use = [e for e in examples if any(e[3])]
    X = np.array([r for e in examples for r in e[2]], dtype=float)
    mean, std = X.mean(0), X.std(0)
    std[std < 1e-6] = 1.0
    Zs = [(np.array(e[2], dtype=float) - mean) / std for e in use]
    Ys = [np.array(e[3], dtype=float) / sum(e[3]) for e in use]
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        g = l2 * w
        for Z, Y in zip(Zs, Ys):
            s = Z @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            g += Z.T @ (p - Y) / len(Zs)
        w -= lr * g
    s_all = ((X - mean) / std) @ w
    y_all = np.array([lab for e in examples for lab in e[3]], dtype=float)
    a, b = 1.0, 0.0
    for _ in range(2000):
        p = 1 / (1 + np.exp(-(a * s_all + b)))
        a -= 0.5 * float(((p - y_all) * s_all).mean())
        b -= 0.5 * float((p - y_all).mean())
    return w * a, b, mean, std


def at1(examples, model=None) -> float:
    if not examples:
        return 0.0
    hit = 0
    for _src, _q, rows, labels in examples:
        if model is None:
            best = 0
        else:
            w, b, mean, std = model
            s = ((np.array(rows) - mean) / std) @ w + b
            best = int(np.argmax(s))
        hit += labels[best]
    return hit / len(examples)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1500, help="training queries drawn in all (split 70/30)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cache", default="", help="JSON file for the collected features (reused when it exists)")
    args = ap.parse_args()
    from retrieval.runtime import open_runtime
    from vagledning.settings import get_settings

    settings = get_settings()
    rt = open_runtime(settings)
    rel = rt.relations
    src_q = queries(Path(settings.data_dir), rel)
    rng = random.Random(args.seed)
    share = {"taxonomy_title": 0.5, "esco_sv": 0.2, "esco_en": 0.3, "taxonomy_typo": 0.2, "taxonomy_compound": 0.2}
    items = []
    for src, qs in src_q.items():
        for q, gold in rng.sample(qs, min(len(qs), int(args.n * share.get(src, 0.0)))):
            items.append((src, q, gold))
    rng.shuffle(items)
    print(f"queries available: {({s: len(q) for s, q in src_q.items()})}; drawn {len(items)}", flush=True)
    cache = Path(args.cache) if args.cache else None
    known = {(e[0], e[1]): tuple(e) for e in json.loads(cache.read_text())} if cache and cache.exists() else {}
    todo = [it for it in items if (it[0], it[1]) not in known]
    for e in collect(rt, todo, rel) if todo else []:
        known[(e[0], e[1])] = e
    if cache:
        cache.write_text(json.dumps(list(known.values())))
    ex = [known[(s, q)] for s, q, _g in items if (s, q) in known]
    cut = int(len(ex) * 0.7)
    train, held = ex[:cut], ex[cut:]
    X = np.array([r for e in train for r in e[2]], dtype=float)
    y = np.array([lab for e in train for lab in e[3]], dtype=float)
    pointwise = fit(X, y)
    model = fit_listwise(train)
    print(f"held-out all (pointwise logistic, for comparison): @1 {at1(held, pointwise):.3f}")
    print(f"train {len(train)} queries ({int(y.sum())} positives of {len(y)} pairs); held out {len(held)}")
    print(f"candidate recall@{RERANK_TOP} (held out): {sum(any(e[3]) for e in held) / max(1, len(held)):.3f}")
    for src in ("all", *sorted(share)):
        sub = [e for e in held if src == "all" or e[0] == src]
        print(f"held-out {src:15s} n={len(sub):4d}  occupation @1 fused {at1(sub):.3f} -> reranked {at1(sub, model):.3f}")
    w, b, mean, std = model
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "features": list(FEATURES), "weights": [round(float(x), 6) for x in w], "bias": round(float(b), 6),
        "mean": [round(float(x), 6) for x in mean], "std": [round(float(x), 6) for x in std],
        "trained_on": "taxonomy job titles + ESCO sv/en labels via the official mapping (leave-one-out)",
        "n_train": len(train), "n_held_out": len(held), "seed": args.seed,
        "held_out_at1": {"fused": round(at1(held), 4), "reranked": round(at1(held, model), 4)},
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    for name, wi in sorted(zip(FEATURES, w), key=lambda t: -abs(t[1])):
        print(f"  {name:14s} {wi:+.3f}")


if __name__ == "__main__":
    main()
