"""What the curated YAML files in ``ingest/data`` have in common (regulated professions, education
routes): they are packaged with the code, carry a provenance block, list items under unique keys
whose documents are ``<prefix><key>``, link only to https pages, and a broken file becomes one
MalformedRecord for the ingest report rather than an exception.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel, Field, HttpUrl

from vagledning.domain.documents import Document, Kind, MalformedRecord
from vagledning.yaml_data import load_yaml


def https(url: HttpUrl) -> HttpUrl:
    """The url, or ValueError when it is not https (the answers cite these pages to people)."""
    if url.scheme != "https":
        raise ValueError(f"url must be https: {url}")
    return url


def unique_keys(keys: Iterable[str], what: str) -> None:
    """ValueError when a key stands twice (two documents would share an id)."""
    keys = list(keys)
    if len(keys) != len(set(keys)):
        raise ValueError(f"duplicate {what} keys")


class CuratedItem(BaseModel):
    """One curated item: its key, and the id of its document (the source's prefix + key)."""

    doc_prefix: ClassVar[str]
    key: str = Field(pattern=r"^[a-z0-9_]+$")

    @property
    def doc_id(self) -> str:
        return f"{self.doc_prefix}{self.key}"


class CuratedData(BaseModel):
    """A curated file: where it was written from and under which licence (``provenance``)."""

    provenance: dict[str, str]

    @property
    def licence(self) -> str:
        return self.provenance.get("licence", "")


D = TypeVar("D", bound=CuratedData)


def read_yaml(text: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The file's mapping and its provenance block with every value as text."""
    raw: dict[str, Any] = load_yaml(text) or {}
    return raw, {k: str(v) for k, v in (raw.get("provenance") or {}).items()}


def packaged(data_file: str) -> str:
    """A data file packaged in ``ingest`` (``data/…``)."""
    return resources.files("ingest").joinpath(data_file).read_text(encoding="utf-8")


class CuratedSource(Generic[D]):
    """A source whose documents come from one curated file; a broken file is one MalformedRecord.

    A subclass names what it is in its class line (``name``, the one ``kind`` of its documents, its
    ``data_file`` and the ``load`` function that reads and validates that file) and writes only
    :meth:`documents_from`.
    """

    name: ClassVar[str]
    kinds: ClassVar[tuple[Kind, ...]]
    data_file: ClassVar[str]
    _load: ClassVar[staticmethod[[], Any]]

    def __init_subclass__(cls, *, name: str, kind: Kind, data_file: str, load: Callable[[], D], **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.name, cls.kinds, cls.data_file = name, (kind,), data_file
        cls._load = staticmethod(load)

    def load(self) -> D:
        loaded: D = self._load()
        return loaded

    def documents_from(self, data: D, data_dir: Path) -> Iterator[Document]:
        raise NotImplementedError

    def documents(self, data_dir: Path) -> Iterator[Document | MalformedRecord]:
        try:
            data = self.load()
        except (ValueError, OSError) as exc:
            yield MalformedRecord(source=self.name, locator=self.data_file, reason=f"invalid curated data: {exc}")
            return
        yield from self.documents_from(data, data_dir)
