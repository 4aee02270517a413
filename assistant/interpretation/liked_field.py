"""What a liking names: an occupation read from what a person likes lies in the field its words name (likes17).

"jag gillar barn" linked «Dietist» through the alias "Barndietist", "jag gillar datorer" «Butikschef» through the
alias "butikschef, datorer", and "bygger datorer" (builds computers) the road worker of the curated "bygg": labels
that look like the words, no occupation the person likes (rater16 conv3). A liking keeps an occupation only when

- the words name it: a curated term, or its own label (or the alias matched) written out, every word of it up to an
  inflection (linking.written_out), not a compound that only contains the liked word; and
- when the liking names a field (a curated interest topic: computers, children, care …), the occupation is in that
  field's occupation groups: the groups of the topic's Swedish search phrase, the same test a field wish passes
  (wishes._keep).
What the liking is about otherwise is read by the interest route (retrieval/interests: its topics and RIASEC types,
and the occupations whose interest profiles fit them).
"""
from __future__ import annotations

from assistant.interpretation import linking
from assistant.interpretation.wishes import field_hits, topics
from vagledning.domain.runtime import Runtime


def _named(link: linking.Link, sentence: str) -> bool:
    if link.route == "lexicon":
        return True
    return linking.written_out(link.extra.get("matched") or link.label, sentence)


def field_groups(sentence: str, lang: str | None, rt: Runtime) -> set[str]:
    """The SSYK groups of the fields (curated interest topics) the sentence names; empty when it names none."""
    rel = rt.relations
    return {occ.ssyk_code for phrase in topics(sentence, lang) for oid, _ in field_hits(phrase, rt)
            if (occ := rel.occupation(oid)) is not None and occ.ssyk_code}


def liked_links(links: list[linking.Link], sentence: str, lang: str | None, rt: Runtime) -> list[linking.Link]:
    """The links of a liking ("I like …") that name an occupation of the liked field (see the module docstring)."""
    named = [l for l in links if _named(l, sentence)]
    if not named:
        return named
    groups = field_groups(sentence, lang, rt)
    if not groups:
        return named
    rel = rt.relations
    return [l for l in named if (occ := rel.occupation(l.concept_id)) is not None and occ.ssyk_code in groups
            or l.label.split("/")[0].casefold() in sentence.casefold()]
