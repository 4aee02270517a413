"""Errors of the ingest package."""
from vagledning.errors import ConfigError, VagledningError


class DataDirMissing(ConfigError, code="data_dir_missing"):
    """The configured data directory (or a required file in it) does not exist."""


class SourceError(VagledningError, status=502, code="source_unavailable"):
    """A live source API failed after retries (message says which and why)."""
