"""A token of a message that is a Swedish place's name: read as no liking or topic (a town is no interest)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def a_place(tok: str) -> bool:
    """A token that is a Swedish place's name (possibly with an Arabic proclitic: «فالون», Falun, is no «ف» + «الون»,
    "I colour"), never one of the names that are also ordinary words (place_names.yaml ``ambiguous``)."""
    from vagledning.domain.geography import is_place_word, load_place_names

    if len(tok) <= 3 or tok.casefold() in {str(w).casefold() for w in load_place_names().get("ambiguous") or []}:
        return False
    return is_place_word(tok)
