"""Errors of the retrieval package (vendor errors are translated into these)."""
from vagledning.errors import VagledningError


class StoreError(VagledningError):
    """The vector store failed or is unreachable."""

    status = 503
    code = "store_unavailable"


class EmbedderMismatch(VagledningError):
    """The store was built with another embedder (name or dimension)."""

    status = 500
    code = "embedder_mismatch"


class StoreEmpty(VagledningError):
    """A kind was searched that has not been ingested."""

    status = 503
    code = "store_empty"


class EmbedderError(VagledningError):
    """The embedder failed (e.g. the OpenAI-compatible embeddings endpoint)."""

    status = 503
    code = "embedder_unavailable"


class UnknownKind(VagledningError):
    status = 422
    code = "unknown_kind"


class UnknownOccupation(VagledningError):
    """No occupation-name concept with this id."""

    status = 404
    code = "unknown_occupation"
