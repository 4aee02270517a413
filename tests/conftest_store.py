"""Compatibility shim: the shared real-store fixtures live in tests/store_fixture.py (one store for all)."""
from tests.store_fixture import real_runtime, real_settings  # noqa: F401
