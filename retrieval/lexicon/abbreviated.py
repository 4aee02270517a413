"""A place word after a one-letter abbreviation is a word of its own, not the occupation named after the place.

Some occupation terms are the thing or place the worker is named after: «kassa»/«kassan» (the till, short for
kassapersonal/kassabiträde), «lager», «disk». The entry itself shows it: another of its terms in the same language
is that word compounded into the worker's name. After a single letter and a hyphen the word is the head of a
lexicalised abbreviation that means something else: «a-kassan» is the unemployment insurance fund
(arbetslöshetskassa), not the till, and a counsellor asking about a client's a-kassa got a «Kassapersonal»
occupation (rater23 copilot T6). A person noun keeps its reading there («C-chaufför»: no term of the entry starts
with «chaufför» and goes on), and so does a term that spans the hyphen itself («it-tekniker»).
"""
from __future__ import annotations


def _place_word(term: str, terms: list[str]) -> bool:
    """``term`` (one word) is the first part of a longer one-word term of the same entry and language, also in its
    definite form (kassan -> kassa- in kassapersonal): what the worker is named after."""
    bases = {term, term[:-1], term[:-2]} if len(term) >= 6 else {term}
    return any(o != term and o.startswith(b) and len(o) >= len(b) + 4
               for o in (x.lower() for x in terms if " " not in x and "-" not in x) for b in bases if len(b) >= 4)


def abbreviation_head(term: str, n_toks: int, terms: list[str], toks: list[tuple[str, int, int]], at: int,
                      norm_text: str) -> bool:
    """The one-word term matched at token ``at`` follows a single letter joined by a hyphen («a-kassan») and is
    a place word of its entry: the abbreviation's head, not the occupation."""
    if at == 0 or n_toks != 1:
        return False
    prev = toks[at - 1]
    if len(prev[0]) != 1 or not prev[0].isalpha() or norm_text[prev[2]:toks[at][1]] != "-":
        return False
    if prev[1] > 0 and (norm_text[prev[1] - 1].isalnum() or norm_text[prev[1] - 1] == "-"):
        return False  # the letter ends a longer word («Alfa-…» is not a one-letter abbreviation)
    return _place_word(term.lower(), terms)
