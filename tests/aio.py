"""Running a coroutine from a synchronous test, whatever ran before it in the same process."""
from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Coroutine
from typing import Any


def run_async(coro: Coroutine[Any, Any, Any]) -> Any:
    """``asyncio.run(coro)`` on a thread of its own: a browser test's Playwright (sync API) keeps an event loop
    running in the main thread of its worker, and under pytest-xdist any test file may follow one there."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
