"""The contract every file source module implements.

A source reads files under the data directory and yields normalised :class:`Document`s
(and :class:`MalformedRecord`s for records it had to skip), and writes the exact relations
it knows about into the relations database.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from vagledning.domain.documents import Document, Kind, MalformedRecord

if TYPE_CHECKING:
    from retrieval.relations_schema import RelationsWriter


class Source(Protocol):
    """A file-backed source of documents and relations."""

    # Read-only members: a source declares them as class attributes of its own (narrower) types.
    @property
    def name(self) -> str: ...        # short id, e.g. "jobtech_taxonomy"

    @property
    def kinds(self) -> tuple[Kind, ...]: ...   # kinds of documents it yields

    def documents(self, data_dir: Path) -> Iterator[Document | MalformedRecord]:
        """Yield documents (and malformed-record reports) read from ``data_dir``."""
        ...

    def write_relations(self, data_dir: Path, db: RelationsWriter) -> None:
        """Write exact relations (occupation->SSYK, ...) into the relations DB."""
        ...
