"""The privacy promise for CVs, by the canary method of tests/integration/test_privacy_e2e.py.

CVs in Swedish, English and Arabic (text, one- and two-column PDF, DOCX with tables; one padded
over 1 MB, where a form parser would spool to disk) each carry their own canaries: name, Luhn-valid
personnummer, phone, e-mail, street address. They go to ``vagledning serve`` (a subprocess, real
engine over a small store) with LLM-assisted interpretation on against the scripted OpenAI-compatible
server, and the resulting profiles go on into a chat turn. Then no canary may appear in what the LLM
server received, in anything the server printed, in the store, in the process's TMPDIR, or in any
file written under var/ since the test started.
"""
from __future__ import annotations

import io

import httpx
import pytest

from tests.cv_samples import CVS, FONT, docx_cv, pdf_cv, person, text_cv
from tests.harness import start_canary_server
from tests.llm_server import Reply

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="DejaVu font (fonts-dejavu-core) not installed")


def _padded_docx(cv, p) -> bytes:
    """A DOCX over 1 MB: the CV plus an incompressible picture (a photo, as CVs have)."""
    import os

    import docx
    from PIL import Image

    d = docx.Document(io.BytesIO(docx_cv(cv, p)))
    img = Image.frombytes("RGB", (620, 620), os.urandom(620 * 620 * 3))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    d.add_picture(buf)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.slow  # a whole `vagledning serve` process over nine CVs: ~25 s on 2 cores
def test_no_canary_from_an_uploaded_cv_leaves_the_request(fake_store, data_dir, tmp_path, llm_server):
    llm_server.default = Reply("Ett yrke som kan passa dig är det första i källorna [1].", chunks=3)
    run = start_canary_server(fake_store, data_dir, tmp_path, llm_server.base_url, VAGLEDNING_LLM_INTERPRETATION="true")
    server = run.server
    makers = [text_cv, pdf_cv, lambda cv, p: pdf_cv(cv, p, columns=2), docx_cv, _padded_docx]
    people = []
    sizes: list[int] = []
    try:
        with httpx.Client(base_url=server.url, timeout=120) as client:
            n = 0
            # Every layout in Swedish; the other languages in two layouts each (the run takes minutes on 2 cores).
            cases = [("sv", m) for m in makers] + [("en", makers[2]), ("en", makers[4]), ("ar", makers[1]), ("ar", makers[3])]
            for lang, make in cases:
                cv = CVS[lang]
                p = person(3000 + n)
                n += 1
                people.append(p)
                data = make(cv, p)
                sizes.append(len(data))
                r = client.post("/v1/profile/from-cv", files={"file": ("cv.bin", data)},
                                data={"language": lang})
                assert r.status_code == 200, r.text
                profile = r.json()
                assert profile["cv"]["positions"], lang
                turn = client.post("/v1/chat?stream=false", json={
                    "messages": [{"role": "user", "content": "Vad kan jag jobba med?"}],
                    "language": lang, "profile": profile})
                assert turn.status_code == 200, turn.text
    finally:
        server.stop()

    assert max(sizes) > 1_100_000  # the padded DOCX: over Starlette's 1 MB spool limit
    needles = [s for p in people for s in p.canaries()]
    chat_calls = llm_server.chat_calls()
    assert len(chat_calls) >= len(people)  # not vacuous: the model was asked (interpretation and answers)
    received = llm_server.received_text()
    assert "[namn]" in received or "Undersköterska" in received or "ممرضة" in received
    assert '"event"' in server.output()
    run.assert_no_canary(needles, received)
