"""Errors of the ingest package."""
from vagledning.errors import ConfigError, VagledningError


class DataDirMissing(ConfigError):
    """The configured data directory (or a required file in it) does not exist."""

    code = "data_dir_missing"


class SourceError(VagledningError):
    """A live source API failed after retries (message says which and why)."""

    status = 502
    code = "source_unavailable"
