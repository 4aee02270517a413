"""Which source links may be shown to a person.

Source data carries some links a reader must never get: content-management editing and preview
paths ("https://regionvarmland.se/edit/4.27ee…" in the Susa-navet course data), admin and login
pages, drafts, local or staging hosts, non-web schemes. Ingest marks such documents
(``link_problem`` in their metadata); answers never cite them (the same rule, applied again,
because stores built before the mark existed still hold them).
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

#: A taxonomy concept's public page (occupations, skills, SSYK groups): the one address every
#: citation of a concept uses.
ATLAS_URL = "https://atlas.jobtechdev.se/taxonomy/{id}"

#: Path segments that only exist in editing, preview or admin views of a site.
_BAD_SEGMENTS = {"edit", "cms", "admin", "administrator", "wp-admin", "wp-login.php", "preview", "draft", "drafts",
                 "umbraco", "typo3", "ghost", "sitevision", "login", "logout", "user", "editor"}
#: Query parameters that switch a page into an editing or preview view.
_BAD_PARAMS = {"preview", "edit", "action", "mode", "preview_id", "editmode", "sv.editmode"}
_BAD_PARAM_VALUES = {"edit", "preview", "draft", "true", "1"}
_BAD_HOST = re.compile(r"(^|\.)(localhost|staging|stage|test|dev|preview|cms|admin|intranet)(\.|$)|^127\.|^10\.|"
                       r"^192\.168\.", re.I)


def link_problem(url: str | None) -> str | None:
    """Why ``url`` must not be shown, or None when it is a plain public web page (or absent)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "malformed"
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "not a web link"
    host = parts.hostname or ""
    if _BAD_HOST.search(host):
        return "internal or staging host"
    segments = [s.lower() for s in parts.path.split("/") if s]
    if any(s in _BAD_SEGMENTS for s in segments):
        return "editing or admin path"
    if any(s.endswith((".php", ".aspx")) and s.split(".")[0] in ("edit", "post", "admin", "login") for s in segments):
        return "editing or admin path"
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        k = key.lower()
        if k in _BAD_PARAMS and (value.lower() in _BAD_PARAM_VALUES or k.startswith("preview")):
            return "editing or preview view"
    return None


#: Links that are fine to show but are not a page about the record itself (a site search, a
#: statistics landing page): the report counts them; answers may cite them.
_GENERIC_PAGES = (
    (re.compile(r"yrkeshogskolan\.se/hitta-utbildning/sok/"), "search page, not the programme's own page"),
    (re.compile(r"scb\.se/hitta-statistik/statistik-efter-amne/"), "statistics landing page, not the table"),
    (re.compile(r"data\.jobtechdev\.se/annonser/historiska/index\.html"), "dataset index, not the figures"),
)


#: Links an HTTP check (``vagledning data-report --check-links``) found broken: url -> why. Filled by
#: :func:`remember_broken` when a runtime opens a store with a saved check; empty otherwise.
_KNOWN_BROKEN: dict[str, str] = {}


def remember_broken(broken: dict[str, str]) -> None:
    """Replace the set of links known not to open (from the store's saved link check)."""
    _KNOWN_BROKEN.clear()
    _KNOWN_BROKEN.update(broken)


def link_verdict(url: str | None) -> tuple[bool, str | None]:
    """May ``url`` be cited in an answer? ``(True, None)`` for a plain public page or no link,
    ``(False, reason)`` for what :func:`link_problem` rejects or a saved HTTP check found broken.
    The data-quality report and evidence building both use this one rule, so an answer never cites
    a link the report marks bad."""
    problem = link_problem(url)
    if problem is None and url and url.strip() in _KNOWN_BROKEN:
        problem = f"did not open when checked ({_KNOWN_BROKEN[url.strip()]})"
    return (problem is None, problem)


def link_note(url: str | None) -> str | None:
    """A citable link's weakness worth reporting to its owner (generic page instead of the record's own)."""
    if not url:
        return None
    for pattern, note in _GENERIC_PAGES:
        if pattern.search(url):
            return note
    return None
