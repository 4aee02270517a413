"""Why a CV could not be read, told in the person's language (assistant/cv/messages.yaml).

Every refusal is a :class:`CVRefused` (a 4xx :class:`vagledning.errors.BadInput`) whose message holds
only numbers we configured, never anything from the file.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from vagledning.errors import BadInput
from vagledning.yaml_data import load_yaml

#: HTTP status per refusal: too much is 413, a type we do not read is 415, the rest 422.
STATUS = {"too_large": 413, "too_many_pages": 413, "too_much_text": 413, "unsupported_type": 415}


@lru_cache(maxsize=1)
def _messages() -> dict[str, dict[str, str]]:
    text = resources.files("assistant.cv").joinpath("messages.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


def message(code: str, language: str | None, **numbers: object) -> str:
    """The message for ``code`` in ``language`` (English when we have none in that language)."""
    table = _messages()[code]
    lang = (language or "en").strip()
    template = table.get(lang) or table.get(lang.split("-")[0]) or table["en"]
    return template.format(**numbers)


class CVRefused(BadInput):
    """A CV we will not read; ``code`` is one of the keys of messages.yaml (prefixed ``cv_``)."""

    def __init__(self, code: str, language: str | None = None, **numbers: object) -> None:
        super().__init__(message(code, language, **numbers), status=STATUS.get(code, 422), code=f"cv_{code}")
        self.reason = code
