"""The skills an answer says carry over from the person's work are ESCO's skill, never a Swedish label narrower than
it (rater8 conv2: «Ergonomiskt arbetssätt inom hälso- och sjukvård», JobTech's label for ESCO's "work ergonomically",
was said to an electrician as a skill from his work)."""
from __future__ import annotations

import pytest

from assistant.composers.grounded import skill_list

NARROWED = {"sv": "Ergonomiskt arbetssätt inom hälso- och sjukvård", "en": "work ergonomically"}
PLAIN = {"sv": "lösa utrustningsfel", "en": "resolve equipment malfunctions"}
IN_BOTH = {"sv": "arbeta säkert inom bygg", "en": "work safely in construction"}


@pytest.mark.parametrize("locale", ["sv", "en", "ar", "uk"])
def test_a_skill_narrowed_to_another_field_is_not_named(locale):
    named = skill_list(locale, [NARROWED, PLAIN, IN_BOTH])
    assert "Ergonomiskt" not in named and "ergonomically" not in named, named
    assert named, named  # the others are still named
    assert ("bygg" in named or "construction" in named), named
