"""A sentence that points to a web page names the page (rater38 class 7: "Заяву подають на сайті UHR: [5]").

A template such as "You apply on UHR's website: {url}" is said by many callers, and not all of them pass the
address. The address of the cited source is then filled in; when no address is known, the pointer's colon (or dash)
goes and the sentence ends where its words end ("You apply on UHR's website."), so no sentence ends in a bare
citation marker.
"""

from __future__ import annotations

import re

from assistant.locales import text
from assistant.state import Fact, TurnState

#: Parameters that hold a web address.
URL_PARAMS = ("url",)
#: ": {url}", "፦ {url}", " – {url}" with nothing after it but the sentence end.
_EMPTY_POINTER = re.compile(r"\s*[:：፦–—-]\s*\{url\}(?=\s*(?:[.!?؟።]|$|\s))")


def with_url(state: TurnState, fact: Fact) -> Fact:
    """``fact`` with the address of its own source when its template needs one and none was given."""
    if not fact.source or any(fact.params.get(k) for k in URL_PARAMS):
        return fact
    try:
        needs = "{url}" in str(text(state.locale, fact.key))
    except Exception:  # noqa: BLE001 - a key without a template here: nothing to fill
        needs = False
    if not needs:  # (only a pointer's template: other facts keep their params, so merging them is unchanged)
        return fact
    url = next((e.url for e in state.evidence if e.doc_id == fact.source and e.url), None)
    if not url:
        return fact
    return fact.model_copy(update={"params": {**fact.params, "url": url}})


def without_empty_pointer(template: str, params: dict) -> str:
    """The template without a pointer to an address it was not given."""
    if any(params.get(k) for k in URL_PARAMS) or "{url}" not in template:
        return template
    out = _EMPTY_POINTER.sub("", template).replace("{url}", "").rstrip()
    if out and out[-1] not in ".!?؟።:":  # (the pointer ended the sentence: end it where its words end)
        out += "።" if re.search("[\u1200-\u137f]", out) else "."
    return out
