"""Guidance from a CV: extraction (PDF one/two columns, DOCX with tables, text), redaction, structure,
the API's refusals in the person's language, and the engine's profile over the small real store.

CVs are written by tests/cv_samples.py (Swedish, English, Arabic), seeded with canaries.
"""
from __future__ import annotations

import io
import zipfile

import pytest
from fastapi.testclient import TestClient

from assistant.cv.extract import extract
from assistant.cv.privacy import redact_cv
from assistant.cv.sections import split_sections
from tests.cv_samples import CVS, FONT, SV, docx_cv, pdf_cv, person, text_cv

LIMITS = {"max_bytes": 2_000_000, "max_pages": 10, "max_chars": 40_000}
MAKERS = {"text": text_cv, "pdf": pdf_cv, "pdf2": lambda cv, p: pdf_cv(cv, p, columns=2), "docx": docx_cv}
needs_font = pytest.mark.skipif(not FONT.exists(), reason="DejaVu font (fonts-dejavu-core) not installed")

# What a counsellor reads in each CV: position titles with their years, education titles.
EXPECTED = {
    "sv": {"positions": [("Undersköterska", 2016, None, True), ("Kock", 2012, 2016, False)],
           "education": ["Vård- och omsorgsprogrammet", "Kandidatexamen i biologi"]},
    "en": {"positions": [("Warehouse worker", 2019, None, True), ("Truck driver", 2013, 2018, False)],
           "education": ["Secondary school diploma"]},
    "ar": {"positions": [("ممرضة", 2010, 2016, False), ("مساعدة صيدلي", 2017, 2019, False)],
           "education": ["بكالوريوس في التمريض"]},
}


def _read(lang: str, fmt: str, seed: int = 11):
    p = person(seed)
    ex = extract(MAKERS[fmt](CVS[lang], p), language=None, **LIMITS)
    return p, ex, redact_cv(ex.text)


@needs_font
@pytest.mark.parametrize("fmt", list(MAKERS))
@pytest.mark.parametrize("lang", list(CVS))
def test_every_layout_reads_to_the_same_structure_without_identifiers(lang, fmt):
    p, ex, red = _read(lang, fmt)
    assert ex.kind == ("pdf" if fmt.startswith("pdf") else fmt)
    assert [c for c in p.canaries() if c in red.text] == []
    assert red.counts.get("namn", 0) >= 1 and red.counts.get("e-post") == 1 and red.counts.get("telefon", 0) >= 1
    secs = split_sections(red.text)
    got = [(e.title.text, e.start_year, e.end_year, e.current) for e in secs.positions]
    assert got == EXPECTED[lang]["positions"], got
    assert [e.title.text for e in secs.education] == EXPECTED[lang]["education"]
    for e in secs.positions + secs.education:  # spans point into the redacted text
        assert red.text[e.title.start:e.title.end] == e.title.text


def test_references_and_labelled_fields_are_dropped_whole():
    p, _, red = _read("sv", "text")
    assert "Karin Lund" not in red.text and "040-12 34 56" not in red.text
    assert "[referens]" in red.text and "Personnummer: [personnummer]" in red.text
    assert red.text.startswith("[namn]")


def test_a_job_title_in_the_header_is_not_taken_for_a_name():
    red = redact_cv("Registered Nurse\nExperience\n2015 - 2020 Nurse, Karolinska, Stockholm\n")
    assert red.text.startswith("Registered Nurse")


def test_visual_order_arabic_from_a_pdf_producer_is_turned_back():
    from assistant.cv.extract import logical_order

    visual = "ةيلمعلا ةربخلا\n2010 - 2016 ايروس ،بلح ،يعماجلا بلح ىفشتسم ،ةضرمم"
    assert logical_order(visual) == "الخبرة العملية\n2010 - 2016 ممرضة، مستشفى حلب الجامعي، حلب، سوريا"
    logical = "الخبرة العملية\nممرضة في المستشفى"
    assert logical_order(logical) == logical


# ------------------------------------------------------------------ refusals through the API

@pytest.fixture(scope="module")
def client(fake_store, data_dir):
    from api.app import create_app
    from vagledning.settings import Settings

    settings = Settings(data_dir=data_dir, store_dir=fake_store, embedder="fake", cv_max_bytes=300_000,
                        cv_max_pages=3, rate_limit="100000/minute")
    with TestClient(create_app(settings)) as c:
        yield c


def _post(client, data: bytes, *, language: str | None = None, headers: dict | None = None, name="cv.pdf"):
    form = {"language": language} if language else {}
    return client.post("/v1/profile/from-cv", files={"file": (name, data, "application/octet-stream")}, data=form,
                       headers=headers or {})


def _scanned_pdf() -> bytes:
    from fpdf import FPDF
    from PIL import Image

    img = Image.new("RGB", (400, 560), "white")
    for x in range(40, 360):
        for y in (60, 61, 120, 121, 180, 181):
            img.putpixel((x, y), (0, 0, 0))
    pdf = FPDF()
    pdf.add_page()
    pdf.image(img, x=10, y=10, w=180)
    return bytes(pdf.output())


def _pages(n: int) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for i in range(n):
        pdf.add_page()
        pdf.cell(0, 10, f"Sida {i + 1}: Arbetslivserfarenhet som lagerarbetare och truckförare i Malmö")
    return bytes(pdf.output())


@needs_font
@pytest.mark.parametrize("case,language,status,code,words", [
    ("encrypted", "sv", 422, "cv_encrypted", "lösenordsskyddad"),
    ("scanned", "ar", 422, "cv_no_text", "ممسوحة"),
    ("corrupt_pdf", "uk", 422, "cv_corrupt", "пошкоджений"),
    ("corrupt_docx", "en", 422, "cv_corrupt", "damaged"),
    ("oversized", "sv", 413, "cv_too_large", "0.3 MB"),
    ("pages", "fa", 413, "cv_too_many_pages", "3"),
    ("png", "so", 415, "cv_unsupported_type", "PDF"),
    ("xlsx_zip", "ti", 415, "cv_unsupported_type", "PDF"),
    ("empty", "sv", 422, "cv_empty", "tom"),
])
def test_bad_files_are_refused_clearly_in_the_persons_language(client, case, language, status, code, words):
    p = person(5)
    good_zip = io.BytesIO()
    with zipfile.ZipFile(good_zip, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    data = {
        "encrypted": lambda: pdf_cv(SV, p, encrypt="hemligt"),
        "scanned": _scanned_pdf,
        "corrupt_pdf": lambda: pdf_cv(SV, p)[:900],
        "corrupt_docx": lambda: docx_cv(SV, p)[:2000],
        "oversized": lambda: b"Arbetslivserfarenhet\n" + b"Lagerarbetare 2015-2020\n" * 20_000,
        "pages": lambda: _pages(5),
        "png": lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 500,
        "xlsx_zip": good_zip.getvalue,
        "empty": lambda: b"   \n",
    }[case]()
    r = _post(client, data, language=language)
    assert r.status_code == status, r.text
    body = r.json()
    assert r.headers["content-type"].startswith("application/problem+json")
    assert body["code"] == code and words in body["detail"], body


def test_the_language_comes_from_accept_language_when_the_form_has_none(client):
    r = _post(client, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, headers={"Accept-Language": "uk-UA,uk;q=0.9,en;q=0.5"})
    assert r.status_code == 415 and "Цей тип файлу" in r.json()["detail"]


def test_a_body_far_over_the_limit_is_cut_off_by_the_edge(client):
    r = client.post("/v1/profile/from-cv", content=b"x" * (300_000 * 4 + 70_000), headers={"Content-Type": "text/plain"})
    assert r.status_code == 413


def test_multipart_without_a_file_field_is_a_clear_422(client):
    r = client.post("/v1/profile/from-cv", data={"language": "sv"}, files={"other": ("a.txt", b"hej")})
    assert r.status_code == 422 and r.json()["code"] == "cv_missing_file"


@needs_font
@pytest.mark.parametrize("lang,fmt", [("sv", "docx"), ("en", "pdf2"), ("ar", "pdf"), ("sv", "text")])
def test_the_api_returns_a_profile_with_spans_into_the_redacted_cv(client, lang, fmt):
    p = person(21)
    data = MAKERS[fmt](CVS[lang], p)
    r = client.post("/v1/profile/from-cv", files={"file": ("cv", data)}) if fmt != "text" else \
        client.post("/v1/profile/from-cv?language=sv", content=data, headers={"Content-Type": "text/plain"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert [c for c in p.canaries() if c in r.text] == []
    cv = body["cv"]
    assert cv["kind"] == ("pdf" if fmt.startswith("pdf") else fmt)
    assert [x["title"] for x in cv["positions"]] == [t for t, *_ in EXPECTED[lang]["positions"]]
    assert [x["years"] for x in cv["positions"]] == [10.0, 4.0] if lang == "sv" else True
    assert len(body["education"]) == len(EXPECTED[lang]["education"])
    for item in body["languages"] + body["education"] + body["skills"] + body["experiences"]:
        assert item["span"]["quote"] and item["span"]["end"] <= cv["characters"]
        assert 0 <= item["confidence"] <= 1
    codes = {l["code"] for l in body["languages"]}
    assert {"ar", "sv"} <= codes
    foreign = [e for e in body["education"] if e["abroad"]]
    assert foreign and all(e["recognition"] for e in foreign)
    if lang == "en":
        assert {s["label"] for s in body["skills"]} >= {"Körkort B (personbil)", "Körkort C (lastbil)"}
        assert {(x["country"], x["employer_type"]) for x in cv["positions"]} >= {("JO", "private")}
    if lang == "sv":
        levels = sorted((e["sun_level"], e["seqf"]) for e in body["education"])
        assert levels == [("3", 4), ("5", 6)]
        assert any(l["code"] == "en" and l["level"] == "B2" for l in body["languages"])


@needs_font
def test_damaged_files_are_refused_or_read_never_crash():
    """Random byte flips in a real PDF and DOCX: every outcome is a text or a CVRefused (a 4xx)."""
    import random

    from assistant.cv.errors import CVRefused

    p = person(9)
    sources = [pdf_cv(SV, p), docx_cv(SV, p)]
    rng = random.Random(4)
    outcomes: dict[str, int] = {}
    for i in range(60):
        b = bytearray(sources[i % 2])
        for _ in range(rng.randint(1, 30)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        try:
            extract(bytes(b), language="sv", **LIMITS)
            outcomes["read"] = outcomes.get("read", 0) + 1
        except CVRefused as exc:
            assert 400 <= exc.status < 500
            outcomes[exc.reason] = outcomes.get(exc.reason, 0) + 1
    assert outcomes.get("corrupt", 0) > 10 and sum(outcomes.values()) == 60
