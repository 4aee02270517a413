"""Errors of the retrieval package (vendor errors are translated into these)."""
from vagledning.errors import VagledningError


class StoreError(VagledningError, status=503, code="store_unavailable"):
    """The vector store failed or is unreachable."""


class EmbedderMismatch(VagledningError, status=500, code="embedder_mismatch"):
    """The store was built with another embedder (name or dimension)."""


class StoreEmpty(VagledningError, status=503, code="store_empty"):
    """A kind was searched that has not been ingested."""


class EmbedderError(VagledningError, status=503, code="embedder_unavailable"):
    """The embedder failed (e.g. the OpenAI-compatible embeddings endpoint)."""


class UnknownKind(VagledningError, status=422, code="unknown_kind"):
    """A search named a kind of document that does not exist."""


class UnknownOccupation(VagledningError, status=404, code="unknown_occupation"):
    """No occupation-name concept with this id."""
