"""Helpers for the connector tests: fixture loading and httpx.MockTransport clients (no network)."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from vagledning.settings import get_settings

FIXTURES = Path(__file__).parent / "fixtures" / "api"


def fixture(name: str) -> Any:
    """A fixture written for these tests (tests/fixtures/api)."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def shared_fixture(name: str) -> Any:
    """A real recorded response from shared/data/api_fixtures (read, never copied)."""
    return json.loads((Path(get_settings().data_dir) / "api_fixtures" / name).read_text(encoding="utf-8"))


class Recorder:
    """A MockTransport handler that records requests and delegates to ``respond``."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response]) -> None:
        self.respond = respond
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.respond(request)

    def client(self, base_url: str) -> httpx.Client:
        return httpx.Client(base_url=base_url, transport=httpx.MockTransport(self))


class Sleeps(list):
    """An injectable no-op sleep that remembers the delays asked for."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def sequence(*responses: httpx.Response | Exception) -> Callable[[httpx.Request], httpx.Response]:
    """Respond with the given responses (or raise the given exceptions) in order; the last repeats."""
    items = list(responses)

    def respond(request: httpx.Request) -> httpx.Response:
        item = items.pop(0) if len(items) > 1 else items[0]
        if isinstance(item, Exception):
            raise item
        return item

    return respond


_ARG = re.compile(r'(type|limit|offset|version):\s*("[^"]*"|\d+)')


def graphql_args(request: httpx.Request) -> dict[str, str]:
    """The ``concepts(...)`` arguments of a GraphQL GET request."""
    args = re.search(r"concepts\(([^)]*)\)", request.url.params["query"])
    assert args, "not a concepts query"
    return {k: v.strip('"') for k, v in _ARG.findall(args.group(1))}
