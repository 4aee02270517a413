"""A second occupation read beside a named one needs words of its own (rater27, workname12).

"Mitt jobb är förskollärare", «أنا معلمة روضة بالأصل»: the curated title names the preschool teacher, and the dense
search over the same few words also returns a look-alike (Förskolerektor, «Yogainstruktör») that the person never
named. The look-alike owes its place only to the title's own words, so it is searched again with the named titles
blanked: a second occupation the person did tell ("städare och på ett lager", a cleaner and in a warehouse) is still
found in the words left; a look-alike of the title is not. Which look-alike the search returns differs between store
builds, so the rule is on the evidence, never on the concept.
"""
from __future__ import annotations

from assistant.interpretation import linking
from vagledning.domain.runtime import Runtime


def _named_titles(links: list[linking.Link]) -> list[linking.Link]:
    return [l for l in links if l.route == "lexicon" and l.extra.get("role") == "title"
            and l.score >= linking.DISTINCT_MIN and l.end > l.start]


def _the_sense_written(chosen: list[linking.Link], statement: str) -> list[linking.Link]:
    """A wish keeps, of the occupations one curated term names, the one whose title the person wrote out:
    "djursjukskötare låter kul" picks Djursjukskötare, not also Smådjursskötare, the term's second concept (the
    answer's focus then fell on the second: ask20). A term whose titles none are written out keeps them all
    ("undersköterska": both groups)."""
    written = {l.extra.get("via") for l in chosen if l.route == "lexicon" and l.extra.get("via")
               and linking.written_out(l.label, statement)}
    return [l for l in chosen if l.route != "lexicon" or l.extra.get("via") not in written
            or linking.written_out(l.label, statement)]


def with_words_of_their_own(chosen: list[linking.Link], statement: str, focus: tuple[int, int], rt: Runtime,
                            kind: str = "experience") -> list[linking.Link]:
    """``chosen`` without the search guesses that, beside a named title, live on its words only; for a wish
    (``kind``), only the sense of a term whose title is written out.

    ``statement`` is the text the links' spans point into (the statement); ``focus`` the focus's offsets in it."""
    if kind == "wish":
        chosen = _the_sense_written(chosen, statement)
    titles = _named_titles(chosen)
    guesses = [l for l in chosen if l.route != "lexicon"]
    if not titles or not guesses:
        return chosen
    out = list(statement)
    for t in titles:
        out[t.start:t.end] = " " * (t.end - t.start)
    rest = "".join(out)
    fa, fb = focus
    rest_focus = rest[max(0, fa):max(0, fb)] if 0 <= fa < fb <= len(rest) else rest
    if not any(ch.isalpha() for ch in rest):
        return [l for l in chosen if l.route == "lexicon"]
    again = {l.concept_id for l in linking.link_occupations(rest, rest_focus, rt)}
    return [l for l in chosen if l.route == "lexicon" or l.concept_id in again]
