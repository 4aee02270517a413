"""Job titles: every alias of every occupation, Swedish compound heads, and false friends.

A job title in an ad is often a compound the taxonomy does not list ("Eldstadsinstallatör",
"Tappningsoperatör"): its head word names the occupation family (installatör, operatör) and the
rest narrows it. :meth:`TitleIndex.head_family` finds the longest head shared with known aliases
(labels, job titles, Swedish ESCO labels through the official mapping), so the hybrid search can
fuse that family in as one more ranking; the dense and BM25 routes then pick the member closest
to the modifier.

False friends: Swedish "chef" is a manager, English "chef" a cook. A query with Swedish function
words or letters is read as Swedish, so an English-only lexicon term that is also a word of
Swedish titles does not decide it ("Chef för lagret" is not a cook). All data here is source
text (taxonomy, ESCO), built once per relations DB.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections import defaultdict

from retrieval.per_relations import per_relations

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_HEAD = 5          # shortest head word trusted ("förare", "montör" … not "are")
MIN_MODIFIER = 3      # the part before the head must be a real word part
_SV_FUNCTION = {"för", "och", "i", "på", "till", "med", "av", "inom", "hos", "som", "vid", "mot", "åt", "eller"}
#: (route9) with English question words: the pronoun "i" people type in lower case is no Swedish "i" ("how can i get
#: nurse licence?" read as Swedish dropped the English term "nurse" as a false friend of Swedish titles)
_EN_FUNCTION = {"of", "the", "and", "for", "in", "at", "with", "to", "on", "head", "senior", "junior", "assistant",
                "how", "what", "can", "my", "is", "does", "want", "need", "become", "licence", "license"}


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def reads_swedish(query: str) -> bool:
    """The query carries Swedish function words or letters (and no English function words)."""
    ws = words(query)
    if any(w in _EN_FUNCTION for w in ws):
        return False
    return any(w in _SV_FUNCTION for w in ws) or bool(re.search(r"[åäö]", fold(query)))


class TitleIndex:
    """Aliases of every occupation (no cap) with a suffix index over their head words."""

    def __init__(self, aliases: list[tuple[str, str]]) -> None:
        self.by_alias: dict[str, set[str]] = defaultdict(set)
        self.vocab: set[str] = set()
        self._suffix: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self._by_occ: dict[str, set[str]] = defaultdict(set)
        self._alias_feats: dict[str, list] = {}
        self.ads: dict[str, int] = {}     # ads in the occupation's SSYK group (from_relations)
        for alias, occ_id in aliases:
            a = fold(alias).strip()
            if not a:
                continue
            self.by_alias[a].add(occ_id)
            self._by_occ[occ_id].add(a)
            ws = words(a)
            self.vocab.update(ws)
            if not ws:
                continue
            head = ws[-1]
            for i in range(0, len(head) - MIN_HEAD + 1):
                self._suffix[head[i:]][occ_id] += 1

    @classmethod
    def from_relations(cls, rel) -> TitleIndex:
        rows = rel._all("SELECT id AS occ, label AS alias FROM occupations "
                        "UNION ALL SELECT occupation_id, title FROM occupation_titles")
        aliases: list[tuple[str, str]] = []
        for r in rows:
            # "Städare/Lokalvårdare": two titles. "Kock, storhushåll": one title and what narrows it; the
            # part after the comma ("storhushåll", "äldreboende och habilitering") is not a title itself.
            for part in r["alias"].split("/"):
                aliases.append((part, r["occ"]))
                if "," in part:
                    aliases.append((part.split(",", 1)[0], r["occ"]))
        try:
            for r in rel._all("SELECT jobtech_id, esco_label_sv FROM esco_crosswalk WHERE concept_type = 'occupation' "
                              "AND relation IN ('exact-match', 'close-match') AND esco_label_sv IS NOT NULL"):
                aliases.append((r["esco_label_sv"], r["jobtech_id"]))
        except Exception:  # noqa: BLE001 - a relations DB from before the ESCO mapping
            pass
        idx = cls(aliases)
        try:  # job ads in the occupation's SSYK group: how common the occupation is (reranker prior)
            for r in rel._all("SELECT o.id AS occ, SUM(a.count) AS n FROM occupations o JOIN ad_counts a "
                              "ON a.ssyk_id = o.ssyk_id GROUP BY o.id"):
                idx.ads[r["occ"]] = int(r["n"] or 0)
        except Exception:  # noqa: BLE001 - a relations DB without ad counts: no prior
            pass
        return idx

    def aliases_of(self, occ_id: str) -> list:
        """[(folded alias, char 3-grams, words, word set)] of an occupation (built on first use, for the reranker)."""
        feats = self._alias_feats.get(occ_id)
        if feats is None:
            from retrieval.title_reranker import grams

            feats = [(a, grams(a), ws, frozenset(ws)) for a in sorted(self._by_occ.get(occ_id, ())) for ws in [words(a)]]
            self._alias_feats[occ_id] = feats
        return feats

    def occupation_aliases(self, occ_id: str) -> set[str]:
        """The folded aliases of an occupation (labels, titles, Swedish ESCO labels)."""
        return self._by_occ.get(occ_id, set())

    def is_title_word(self, word: str) -> bool:
        return fold(word) in self.vocab

    def head_family(self, query: str, limit: int = 30) -> tuple[str, list[tuple[str, int]]]:
        """(head, [(occupation id, aliases with that head)]) for an unknown compound's head word.

        Only for a last word the aliases do not contain as a whole word (a known word is read
        directly by the other routes). The head is the longest suffix shared with alias heads that
        leaves a modifier of at least MIN_MODIFIER letters; a leading linking "s" ("eldstads|
        installatör") is dropped so the family is the head word's, not the joint's."""
        ws = words(query)
        if not ws:
            return "", []
        managers = self.manager_family(ws, limit)
        if managers:
            return "chef", managers
        last = ws[-1]
        if last in self.vocab or len(last) < MIN_HEAD + MIN_MODIFIER:
            return "", []
        for i in range(MIN_MODIFIER, len(last) - MIN_HEAD + 1):
            suf = last[i:]
            if suf in self._suffix:
                if suf[0] == "s" and len(suf) - 1 >= MIN_HEAD and suf[1:] in self._suffix:
                    suf = suf[1:]
                fam = sorted(self._suffix[suf].items(), key=lambda kv: (-kv[1], kv[0]))
                return suf, fam[:limit]
        return "", []


    def manager_family(self, ws: list[str], limit: int = 30) -> list[tuple[str, int]]:
        """Swedish "chef för|över|på|inom|i X" (the false friend: a manager, not a cook) -> occupations with
        an "X…chef" alias ("Chef över butiken" -> Butikschef), matched on the compound's modifier."""
        if len(ws) < 3 or ws[0] not in ("chef", "chefer") or ws[1] not in _MANAGER_PREP:
            return []
        targets = [w for w in ws[2:] if len(w) >= 4]
        fam: dict[str, int] = defaultdict(int)
        for occ_id, aliases in self._by_occ.items():
            for alias in aliases:
                for w in words(alias):
                    mod = w[:-4] if w.endswith("chef") else ""
                    mod = mod[:-1] if mod.endswith("s") and len(mod) > 4 else mod
                    if len(mod) >= 3 and any(_modifies(mod, t) for t in targets):
                        fam[occ_id] += 1
        return sorted(fam.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


_MANAGER_PREP = {"för", "över", "på", "inom", "i", "vid"}


def _modifies(mod: str, word: str) -> bool:
    """A compound's modifier names the word ("butik" / "butiken", "lager" / "lagret", "plats" /
    "byggarbetsplatsen"): contained in it (4+ letters) or sharing most of its start."""
    if len(mod) >= 4 and mod in word:
        return True
    return len(os.path.commonprefix((mod, word))) >= max(3, int(0.6 * len(mod) + 0.5))


#: The title index of a relations DB (built once per DB; about 30k aliases).
title_index = per_relations(TitleIndex.from_relations)
