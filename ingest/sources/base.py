"""The contract every file source module implements.

A source reads files under the data directory and yields normalised :class:`Document`s
(and :class:`MalformedRecord`s for records it had to skip), and writes the exact relations
it knows about into the relations database.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from ingest.sources.geography import Geography, load_geography
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


R = TypeVar("R")


class PlacedRecordsSource(Generic[R]):
    """A :class:`Source` whose records name places (courses, programmes): the records are read
    with the malformed ones reported first, places resolve through the geography of the taxonomy
    files, and each record becomes one document; its relation rows are written from the same records.

    A subclass reads its file (:meth:`records`) and maps one record (:meth:`document`, :meth:`write_rows`).
    """

    name: str
    kinds: tuple[Kind, ...]

    def records(self, data_dir: Path) -> tuple[list[R], list[MalformedRecord]]:
        """The usable records of the file and the malformed ones."""
        raise NotImplementedError

    def document(self, record: R, geo: Geography) -> Document:
        """The document of one record."""
        raise NotImplementedError

    def write_rows(self, records: list[R], geo: Geography, db: Any) -> None:
        """The relation rows of all records."""
        raise NotImplementedError

    def documents(self, data_dir: Path) -> Iterator[Document | MalformedRecord]:
        """The malformed records, then one document per record."""
        records, bad = self.records(Path(data_dir))
        yield from bad
        geo = load_geography(Path(data_dir))
        for record in records:
            yield self.document(record, geo)

    def write_relations(self, data_dir: Path, db: Any) -> None:
        """The relation rows of the records (malformed ones are reported by :meth:`documents`)."""
        records, _ = self.records(Path(data_dir))
        self.write_rows(records, load_geography(Path(data_dir)), db)
