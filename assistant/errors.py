"""Errors of the assistant package."""
from __future__ import annotations

from vagledning.errors import VagledningError


class AssistantError(VagledningError):
    """Base of errors raised by the assistant package."""

    status = 500
    code = "assistant"


class PromptError(AssistantError):
    """A prompt template is missing, malformed, or was rendered with missing/unknown variables.

    A programming error, never caused by user input: the message names the template and the
    variables, never their values.
    """

    status = 500
    code = "prompt"
