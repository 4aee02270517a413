"""Shared HTTP plumbing for the live connectors: one client factory and one JSON request
helper with bounded retries.

Errors are honest but safe: a :class:`~ingest.errors.SourceError` names the service, the
method and the URL *path* (never query values, which may hold user text, and never headers,
which may hold an API key) and the last status or exception type.
"""
from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Annotated, Any, TypedDict, TypeVar, Unpack

import httpx
from pydantic import BaseModel, BeforeValidator, ValidationError

from ingest.errors import SourceError
from vagledning.domain.documents import MalformedRecord
from vagledning.settings import get_settings

log = logging.getLogger(__name__)

USER_AGENT = "vagledning/0.1 (career guidance; +https://github.com/)"
# A server asking us to wait longer than this is treated as "unavailable now" rather than
# stalling an ingest run for minutes.
MAX_RETRY_AFTER_S = 60.0
MAX_BACKOFF_S = 30.0

Sleep = Callable[[float], None]


def make_client(
    base_url: str,
    *,
    timeout: float | None = None,
    http_client: httpx.Client | None = None,
    headers: Mapping[str, str] | None = None,
) -> httpx.Client:
    """Return an ``httpx.Client`` for ``base_url``.

    With ``http_client`` (tests, or a caller sharing a pool) that client is returned with
    ``headers`` added and, if it has none, ``base_url`` set; otherwise a new client is built
    with the timeout from settings (``http_timeout_s``) unless ``timeout`` is given.
    """
    merged = {"User-Agent": USER_AGENT, "Accept": "application/json"}
    merged.update(headers or {})
    if http_client is not None:
        http_client.headers.update(merged)
        if not str(http_client.base_url):
            http_client.base_url = base_url
        return http_client
    if timeout is None:
        timeout = get_settings().http_timeout_s
    return httpx.Client(base_url=base_url, timeout=httpx.Timeout(timeout), headers=merged, follow_redirects=True)


def _service_name(client: httpx.Client) -> str:
    host = client.base_url.host
    return host or "http"


def _path_of(client: httpx.Client, method: str, url: str) -> str:
    # Only the path, resolved the way httpx will send it: query strings may carry free
    # text typed by a user, so they never reach a message or a log line.
    try:
        return client.build_request(method, url).url.path or "/"
    except Exception:  # noqa: BLE001  # pragma: no cover - a malformed URL must not leak into the message
        return "<invalid url>"


def _retry_after_s(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def backoff_delay(attempt: int, backoff_base: float, *, rng: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter: ``base * 2**attempt`` plus up to ``base`` of jitter
    (jitter spreads retries from many workers), capped at ``MAX_BACKOFF_S``."""
    return min(MAX_BACKOFF_S, backoff_base * (2**attempt) + backoff_base * rng())


def request_json(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    params: Mapping[str, Any] | list[tuple[str, Any]] | None = None,
    json: Any = None,
    retries: int | None = None,
    backoff_base: float = 0.5,
    sleep: Sleep = time.sleep,
    service: str | None = None,
) -> Any:
    """Send one request and return the decoded JSON body.

    Retries (``retries`` times after the first attempt; default ``http_retries`` from
    settings) on connect/network errors, timeouts, 429 (waiting ``Retry-After`` when given)
    and 5xx, with exponential backoff and jitter via ``sleep``. Other 4xx fail at once.
    Raises :class:`SourceError` when the request cannot succeed or the body is not JSON.
    """
    if retries is None:
        retries = get_settings().http_retries
    service = service or _service_name(client)
    path = _path_of(client, method, url)
    where = f"{service}: {method.upper()} {path}"
    attempts = retries + 1
    last = "no attempt made"
    for attempt in range(attempts):
        delay: float | None = None
        try:
            response = client.request(method, url, params=params, json=json)
        except httpx.TimeoutException as exc:
            last = f"timeout ({type(exc).__name__})"
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            last = f"connection error ({type(exc).__name__})"
        except httpx.HTTPError as exc:
            # Invalid URL, unsupported protocol, proxy misconfiguration: retrying cannot help.
            raise SourceError(f"{where} failed: {type(exc).__name__}") from exc
        else:
            status = response.status_code
            if 200 <= status < 300:
                try:
                    return response.json()
                except ValueError as exc:
                    raise SourceError(f"{where} returned malformed JSON (HTTP {status})") from exc
            last = f"HTTP {status}"
            if status == 429 or status >= 500:
                retry_after = _retry_after_s(response) if status in (429, 503) else None
                if retry_after is not None:
                    if retry_after > MAX_RETRY_AFTER_S:
                        raise SourceError(
                            f"{where} is rate limited (HTTP {status}); server asks to retry after {retry_after:.0f} s"
                        )
                    delay = retry_after
            else:
                raise SourceError(f"{where} failed with HTTP {status} (not retried)")
        if attempt + 1 < attempts:
            if delay is None:
                delay = backoff_delay(attempt, backoff_base)
            log.info("http_retry service=%s path=%s attempt=%d reason=%s delay_s=%.2f", service, path, attempt + 1, last, delay)
            sleep(delay)
    raise SourceError(f"{where} failed after {attempts} attempt{'s' if attempts != 1 else ''}; last error: {last}")


def validation_summary(exc: Any) -> str:
    """A short, data-free summary of a pydantic ValidationError (for MalformedRecord.reason)."""
    errors = exc.errors(include_input=False) if hasattr(exc, "errors") else []
    first = errors[0] if errors else {}
    loc = ".".join(str(p) for p in first.get("loc", ()))
    return f"{len(errors)} validation error(s); first at {loc or '?'}: {first.get('msg', '')}"[:200]


M = TypeVar("M", bound=BaseModel)


def parse_record(model: type[M], item: Any, *, source: str, locator: str, malformed: list[MalformedRecord]) -> M | None:
    """``item`` as a ``model``; a record that does not fit is appended to ``malformed`` (reported,
    never fatal: one odd record must not stop an ingest) and None is returned."""
    try:
        return model.model_validate(item)
    except ValidationError as exc:
        malformed.append(MalformedRecord(source=source, locator=locator, reason=validation_summary(exc)))
        return None


def _int_to_str(value: Any) -> Any:
    return str(value) if isinstance(value, int) else value


#: An identifier or code some API versions send as a number: the models and Documents keep strings.
IdStr = Annotated[str, BeforeValidator(_int_to_str)]
OptIdStr = Annotated[str | None, BeforeValidator(_int_to_str)]


class ClientOptions(TypedDict, total=False):
    """What every source client takes besides its base URL (see :class:`ApiClient`)."""

    http_client: httpx.Client | None
    api_key: str | None
    timeout: float | None
    retries: int | None
    sleep: Sleep | None


class ApiClient:
    """What every source client shares: one httpx client (owned or injected), retries and sleep
    from settings unless given, ``get_json`` through :func:`request_json`, and closing.

    A subclass names its ``service``, its default base URL (:meth:`default_base_url`, from settings)
    and whether it is a JobTech API, which takes an ``api-key`` header (explicit, else from settings).
    """

    service = "API"
    jobtech_key = False

    def __init__(self, base_url: str | None = None, **options: Unpack[ClientOptions]) -> None:
        if options.get("api_key") is not None and not self.jobtech_key:
            raise ValueError(f"{self.service} takes no API key")
        http_client = options.get("http_client")
        headers = jobtech_headers(options.get("api_key")) if self.jobtech_key else None
        self._owns_client = http_client is None
        self._client = make_client(base_url or self.default_base_url(), timeout=options.get("timeout"),
                                   http_client=http_client, headers=headers)
        retries = options.get("retries")
        self._retries = get_settings().http_retries if retries is None else retries
        self._sleep = options.get("sleep")

    @classmethod
    def default_base_url(cls) -> str:
        """The service's base URL from settings."""
        raise NotImplementedError

    def get_json(self, path: str, params: Any = None) -> Any:
        """GET ``path`` (relative to the base URL) as JSON, with the client's retries."""
        kwargs: dict[str, Any] = {"params": params, "retries": self._retries, "service": self.service}
        if self._sleep is not None:
            kwargs["sleep"] = self._sleep
        return request_json(self._client, "GET", path, **kwargs)

    def close(self) -> None:
        """Close the HTTP client if this object created it."""
        if self._owns_client:
            self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PagedOptions(ClientOptions, total=False):
    """What a :class:`PagedClient` takes besides its base URL."""

    page_size: int
    max_pages: int


class PagedClient(ApiClient):
    """A client that reads collections page by page: ``page_size`` records a request, at most
    ``max_pages`` requests (paging that never ends is an error, not a hang), and records that do
    not fit their model collected in ``malformed`` (see :func:`parse_record`)."""

    page_size = 500
    max_pages = 1000

    def __init__(self, base_url: str | None = None, *, page_size: int | None = None, max_pages: int | None = None,
                 **options: Unpack[ClientOptions]) -> None:
        super().__init__(base_url, **options)
        self._page_size = self.page_size if page_size is None else page_size
        self._max_pages = self.max_pages if max_pages is None else max_pages
        self.malformed: list[MalformedRecord] = []


def jobtech_headers(api_key: str | None) -> dict[str, str] | None:
    """The ``api-key`` header of JobTech APIs (explicit key, else the one from settings, else none)."""
    settings = get_settings()
    if api_key is None and settings.api_key_jobtech is not None:
        api_key = settings.api_key_jobtech.get_secret_value()
    return {"api-key": api_key} if api_key else None
