"""One budget per turn for every model call: whether the model may be called at all, and one deadline.

The engine calls :func:`begin_turn` at the start of each turn (``use_llm: false`` → ``allowed=False``:
no model call of any kind, LLM interpretation included). Profile extraction, tool calls and the
answer then share the turn's deadline: :func:`remaining` bounds each request's timeout, and
:func:`iterate_within` / :func:`call_within` stop waiting at the deadline even when a stream keeps
dripping (the HTTP timeout only bounds the wait *between* chunks). Outside a turn (``/v1/interpret``)
the model is allowed and there is no turn deadline.
"""
from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")


class DeadlineExceeded(TimeoutError):
    """The turn's model budget is used up."""


class TurnBudget:
    """Whether the model may be called, and the deadline of all model calls of one turn.

    The clock starts at the turn's FIRST model request (retrieval before it is not model time), and
    extraction, tool rounds and the answer all end by that one deadline."""

    def __init__(self, allowed: bool = True, seconds: float | None = None) -> None:
        self.allowed = allowed
        self.seconds = seconds
        self._deadline: float | None = None
        self._lock = threading.Lock()

    @property
    def deadline(self) -> float | None:
        """The deadline (``time.monotonic()``), started by the first caller; None without a budget."""
        if self.seconds is None:
            return None
        with self._lock:
            if self._deadline is None:
                self._deadline = time.monotonic() + self.seconds
            return self._deadline

    def remaining(self) -> float | None:
        deadline = self.deadline
        return None if deadline is None else max(0.0, deadline - time.monotonic())


# The default (allowed, no deadline) is never mutated: without seconds its deadline stays None.
_BUDGET: ContextVar[TurnBudget] = ContextVar("vagledning_turn_budget", default=TurnBudget())  # noqa: B039


def begin_turn(*, allowed: bool, seconds: float | None) -> TurnBudget:
    """Start a turn's budget in the current context (the thread that runs the turn)."""
    budget = TurnBudget(allowed=allowed, seconds=seconds or None)
    _BUDGET.set(budget)
    return budget


def end_turn() -> None:
    """Back to the default budget, so a turn's budget (maybe "no model calls" or a passed deadline)
    never applies to later work in the same thread (CLI, evals, tests call the service directly)."""
    _BUDGET.set(TurnBudget())


def current() -> TurnBudget:
    """The budget of the turn running in this context."""
    return _BUDGET.get()


def allowed() -> bool:
    """False when this turn must not call any model."""
    return _BUDGET.get().allowed


def remaining(default: float | None = None) -> float | None:
    """Seconds left in the turn (starts the clock; ``default`` outside a turn); never negative."""
    left = _BUDGET.get().remaining()
    if left is None:
        return default
    return left if default is None else min(default, left)


def iterate_within(factory: Callable[[], Iterable[T]], deadline: float | None) -> Iterator[T]:
    """Items of ``factory()`` produced in a worker thread; raises DeadlineExceeded at ``deadline``.

    The worker stops at its next item once the consumer has gone (a daemon thread; its own HTTP
    timeout ends a silent connection)."""
    if deadline is None:
        yield from factory()
        return
    q: queue.Queue = queue.Queue()
    gone = threading.Event()

    def work() -> None:
        try:
            it = iter(factory())
            for item in it:
                if gone.is_set():
                    close = getattr(it, "close", None)
                    if close:
                        close()
                    return
                q.put(("item", item))
            q.put(("end", None))
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer
            q.put(("error", exc))

    threading.Thread(target=work, name="llm-stream", daemon=True).start()
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise DeadlineExceeded("the turn's model deadline passed")
            try:
                kind, value = q.get(timeout=left)
            except queue.Empty:
                raise DeadlineExceeded("the turn's model deadline passed") from None
            if kind == "item":
                yield value
            elif kind == "end":
                return
            else:
                raise value
    finally:
        gone.set()


def call_within(fn: Callable[[], T], deadline: float | None) -> T:
    """``fn()`` bounded by ``deadline`` (raises DeadlineExceeded)."""
    for value in iterate_within(lambda: [fn()], deadline):
        return value
    raise DeadlineExceeded("no result")  # pragma: no cover
