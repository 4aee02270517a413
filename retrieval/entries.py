"""How a Document becomes vector-store entries.

Matching a query against each label of a concept separately beats one concatenated
document (measured on the taxonomy), so a document is stored as several entries:
its title, each alias (capped per kind, see EMBED_POLICY), and its text (title + start of the text).
"""
from __future__ import annotations

from dataclasses import dataclass

from vagledning.domain.documents import Document

MAX_EMBEDDED_ALIASES = 12   # beyond this, aliases are matched lexically only (cost control)
# Per kind: (aliases embedded, whether the text is embedded). Embedding time is the ingest cost;
# these kinds are large and their aliases/texts add little to dense recall, so BM25 covers them.
# Occupations keep every alias embedded: a job title is matched by its best alias, and an alias
# beyond a cap was reachable only lexically. Measured on the 2,819 occupations: distinct embedded
# texts 11,576 (cap 12) -> 13,277 (no cap) -> 14,931 (plus the Swedish ESCO labels).
NO_CAP = 10_000
EMBED_POLICY: dict[str, tuple[int, bool]] = {
    "occupation": (NO_CAP, True),
    "interest_profile": (0, False),  # cited, found by occupation: title embedded, text BM25 only (2,793 texts)
    "esco_skill": (0, False),
    "esco_occupation": (6, False),
    "skill": (MAX_EMBEDDED_ALIASES, False),
}
TEXT_CHARS_EMBEDDED = 600   # e5-small sees ~512 tokens; the opening of a text carries its meaning
TEXT_CHARS_LEXICAL = 4000


@dataclass(frozen=True)
class Entry:
    """One row in a Chroma collection."""

    entry_id: str
    doc_id: str
    part: str          # "title" | "alias" | "text"
    embed_text: str    # what is embedded (passage form)
    lexical_text: str  # what BM25 indexes and what a snippet is cut from
    metadata: dict


def doc_entries(doc: Document, doc_hash: str | None = None) -> list[Entry]:
    """All entries of a document, with the document's metadata on each (``doc_hash``: its
    ``content_hash()`` when the caller has it already; hashing a large document is most of the cost)."""
    base = {
        **doc.metadata,
        "doc_id": doc.id,
        "concept_id": doc.concept_id,
        "kind": doc.kind.value,
        "title": doc.title,
        "url": doc.url or "",
        "source": doc.source,
        "language": doc.language,
        "doc_hash": doc_hash or doc.content_hash(),
    }
    parts: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()

    def add(part: str, key: str, embed_text: str, lexical_text: str) -> None:
        parts.append((part, key, embed_text, lexical_text))

    title = doc.title.strip()
    add("title", "t", title, title)
    seen.add(title.casefold())
    max_aliases, embed_text = EMBED_POLICY.get(doc.kind.value, (MAX_EMBEDDED_ALIASES, True))
    aliases = [a.strip() for a in doc.aliases if a and a.strip()]
    n_alias = 0
    lexical_only: list[str] = []
    for alias in aliases:
        key = alias.casefold()
        if key in seen:
            continue
        seen.add(key)
        if n_alias < max_aliases:
            add("alias", f"a{n_alias}", alias, alias)
            n_alias += 1
        else:
            lexical_only.append(alias)
    text = " ".join(doc.text.split())
    if text or lexical_only:
        lex = (text[:TEXT_CHARS_LEXICAL] + (" " + " ; ".join(lexical_only) if lexical_only else "")).strip()
        if not embed_text:
            embed = title  # identical to the title entry: the embedding cache computes it once
        elif text:
            embed = f"{title}. {text[:TEXT_CHARS_EMBEDDED]}"
        else:
            embed = f"{title}. {'; '.join(lexical_only)[:TEXT_CHARS_EMBEDDED]}"
        add("text", "x", embed, f"{title}. {lex}")
    # The metadata dict is copied once per entry (an occupation carries long id lists in it).
    base["n_entries"] = len(parts)
    return [Entry(f"{doc.id}#{key}", doc.id, part, embed, lexical, {**base, "part": part})
            for part, key, embed, lexical in parts]
