"""A pointer to a web page never ends in a bare citation marker (boiler31; assistant/composers/pointers.py)."""
from __future__ import annotations

from assistant.composers.pointers import without_empty_pointer


def test_a_pointer_without_its_address_ends_where_its_words_end():
    assert without_empty_pointer("{title}: free. You apply on UHR's website: {url}", {}) == \
        "{title}: free. You apply on UHR's website."
    assert without_empty_pointer("ግዜ ይወስድ እዩ፦ {url}", {}).endswith("እዩ።")
    assert without_empty_pointer("Later: {licence} from {authority} – {url}", {}) == "Later: {licence} from {authority}."


def test_a_pointer_with_its_address_is_kept():
    template = "You apply on UHR's website: {url}"
    assert without_empty_pointer(template, {"url": "https://www.uhr.se/"}) == template
