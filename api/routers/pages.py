"""The demo page (/), the embeddable widget (/widget.js) and the counsellor copilot (/copilot)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from fastapi import APIRouter
from fastapi.responses import Response

router = APIRouter(include_in_schema=False)

# Same-origin pages: scripts only from here, API calls only to here.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
COMMON = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


def _static(name: str) -> bytes:
    return resources.files("api").joinpath("static", name).read_bytes()


#: The widget's modules, in load order; /widget.js serves them as one script so the embed stays one
#: tag. Each module fills the bundle's private namespace ``VG``; widget.js (last) starts the widget.
WIDGET_MODULES = ("widget-texts.js", "widget-style.js", "widget-dom.js", "widget-answer.js", "widget-cv.js",
                  "widget-chat.js", "widget.js")
#: The widget's texts in every language of its selector (data, not code): the bundle sets them as
#: ``VG.TEXTS`` before the modules run.
WIDGET_TEXTS = "widget-texts.json"


@lru_cache(maxsize=1)
def widget_bundle() -> bytes:
    """/widget.js: the modules in one function scope (nothing leaks into the host page but the element)."""
    main = _static("widget.js").decode("utf-8")
    banner, _, boot = main.partition("*/\n")  # the embed instructions stay at the top of the script
    parts = [_static(name).decode("utf-8") for name in WIDGET_MODULES[:-1]] + [boot]
    body = "\n".join(parts)
    texts = _static(WIDGET_TEXTS).decode("utf-8").strip()  # JSON is a JavaScript expression
    return f"{banner}*/\n(function () {{\n'use strict';\nvar VG = {{}};\nVG.TEXTS = {texts};\n{body}}})();\n".encode()


#: What every page's document starts with (doctype, language, charset, no favicon request, viewport),
#: written once: a page file holds the rest of its head and its body.
PAGE_HEAD = "page-head.html"


@lru_cache(maxsize=4)
def page_html(name: str) -> bytes:
    """The page ``name``: the shared start of the document, then the page file."""
    return _static(PAGE_HEAD) + _static(name)


def _page(name: str) -> Response:
    headers = {**COMMON, "Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-cache"}
    return Response(page_html(name), media_type="text/html; charset=utf-8", headers=headers)


def _asset(name: str, media_type: str, *, cross_origin: bool = False, content: bytes | None = None) -> Response:
    headers = {**COMMON, "Cache-Control": "public, max-age=300"}
    if cross_origin:
        # The widget is loaded by <script src> from other sites (no CORS needed for that).
        headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return Response(_static(name) if content is None else content, media_type=media_type, headers=headers)


@router.get("/")
async def index() -> Response:
    """Demo page that embeds the widget with one script tag."""
    return _page("index.html")


@router.get("/copilot")
async def copilot() -> Response:
    """Counsellor copilot: case summary from a client's account."""
    return _page("copilot.html")


@router.get("/widget.js")
async def widget_js() -> Response:
    """The embeddable chat widget (its modules as one script)."""
    return _asset("widget.js", "text/javascript; charset=utf-8", cross_origin=True, content=widget_bundle())


#: The copilot page's scripts and styles (served under the page CSP): file -> (media type, what it is).
COPILOT_ASSETS = {
    "copilot.js": ("text/javascript; charset=utf-8", "Script of the copilot page."),
    "copilot-text.js": ("text/javascript; charset=utf-8",
                        "The copilot's Swedish texts (evidence sentences, fit scale, questions)."),
    "copilot-profile.js": ("text/javascript; charset=utf-8", "The copilot's profile editor."),
    "copilot-grades.js": ("text/javascript; charset=utf-8",
                          "The copilot's school subjects and grades (a missing grade is a gap to fill)."),
    "copilot-ask.js": ("text/javascript; charset=utf-8",
                       "The copilot's questions about the case (chat turns with the edited profile)."),
    "copilot-voice.js": ("text/javascript; charset=utf-8",
                         "The copilot's answers spoken to the counsellor about the client (third person)."),
    "copilot-cv.js": ("text/javascript; charset=utf-8",
                      "The copilot's CV drop zone (POST /v1/profile/from-cv, profile into the editor)."),
    "copilot.css": ("text/css; charset=utf-8", "Styles of the copilot page (screen and print)."),
}


def _asset_route(name: str, media_type: str):
    async def asset() -> Response:
        return _asset(name, media_type)
    return asset


# One GET route per file (not a /{name} pattern): any other path stays a plain 404/405.
for _name, (_media_type, _what) in COPILOT_ASSETS.items():
    router.add_api_route(f"/{_name}", _asset_route(_name, _media_type), methods=["GET"], description=_what,
                         name=_name.replace("-", "_").replace(".", "_"))
