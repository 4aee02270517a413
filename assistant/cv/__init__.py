"""Guidance from a CV: a file in memory → redacted text → structure → a taxonomy-linked profile.

``read_cv`` is what the service facade calls (``AssistantService.profile_from_cv``). The file and
its text exist only in this call's memory: nothing is written, logged or stored, and the
interpreter (and the LLM, when one is configured) sees only the redacted text.
"""
from __future__ import annotations

from collections.abc import Callable

from assistant.cv.enrich import CVInfo, CVPosition, CVProfile, build_profile
from assistant.cv.errors import CVRefused
from assistant.cv.extract import extract
from assistant.cv.privacy import redact_cv
from vagledning.domain.profile import Profile

__all__ = ["CVInfo", "CVPosition", "CVProfile", "CVRefused", "read_cv"]

DEFAULT_MAX_BYTES = 2_000_000
DEFAULT_MAX_PAGES = 10
DEFAULT_MAX_CHARS = 40_000


def read_cv(data: bytes, interpret: Callable[[str, str | None], Profile], *, language: str | None = None,
            settings=None) -> CVProfile:
    """The profile of a CV file (PDF, DOCX or text). ``language``: the person's language (messages,
    and the interpreter's hint); refusals are :class:`CVRefused` (413/415/422) in that language."""
    ex = extract(data, language=language,
                 max_bytes=getattr(settings, "cv_max_bytes", DEFAULT_MAX_BYTES),
                 max_pages=getattr(settings, "cv_max_pages", DEFAULT_MAX_PAGES),
                 max_chars=getattr(settings, "cv_max_chars", DEFAULT_MAX_CHARS))
    red = redact_cv(ex.text)
    interp_lang = None if language in (None, "sv-easy") else language
    return build_profile(red.text, interpret, language=interp_lang, kind=ex.kind, pages=ex.pages,
                         redacted=red.counts)
