"""CVs written for the tests: Swedish, English and Arabic content, as plain text, one- and two-column
PDF (fpdf2) and DOCX with tables (python-docx). Each is seeded with canary identifiers (a name,
personnummer, phone, e-mail, street address) that must never leave the request.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    pnr: str
    phone: str
    email: str
    street: str

    def canaries(self) -> list[str]:
        return [self.first, self.last, self.pnr, self.phone, self.email, self.street]


def person(seed: int) -> Person:
    from tests.harness import canaries

    c = canaries(seed)
    return Person(first=c.first, last=c.last, pnr=c.pnr, phone=c.phone, email=c.email, street=c.street)


# Each CV: (header lines, [(heading, [lines])]). "{…}" fields are filled from a Person.
SV = {
    "header": ["{first} {last}", "Undersköterska", "Telefon: {phone} | E-post: {email}",
               "Adress: {street}, 211 34 Malmö", "Personnummer: {pnr}"],
    "sections": [
        ("Arbetslivserfarenhet", [
            "2016 – nu Undersköterska, Hemtjänsten, Malmö stad",
            "- Omvårdnad av äldre i deras hem, dokumentation i journalsystem",
            "2012 – 2016 Kock, Restaurang Sjöboden AB, Malmö",
            "- Matlagning och beställning av varor",
        ]),
        ("Utbildning", [
            "2014 – 2015 Vård- och omsorgsprogrammet, Komvux Malmö (gymnasieexamen)",
            "2008 – 2011 Kandidatexamen i biologi, Damaskus universitet, Syrien",
        ]),
        ("Språk", ["Svenska – flytande", "Arabiska – modersmål", "Engelska – goda kunskaper (B2)"]),
        ("Körkort", ["B"]),
        ("Certifikat", ["HLR-utbildning 2022", "Delegering för läkemedel"]),
        ("Referenser", ["{first}s chef Karin Lund, 040-12 34 56"]),
    ],
}
EN = {
    "header": ["{first} {last}", "Email: {email} · Phone: {phone}", "Address: {street}, Gothenburg"],
    "sections": [
        ("Profile", ["Reliable warehouse worker looking for a job in logistics."]),
        ("Work experience", [
            "Warehouse worker | DHL Supply Chain | Gothenburg | 2019 – present",
            "- Picking and packing orders, forklift driving, inventory",
            "Truck driver | Al-Noor Transport Company | Amman, Jordan | 2013 – 2018",
            "- Deliveries of goods across the country",
        ]),
        ("Education", [
            "Secondary school diploma | Amman, Jordan | 2009 – 2012",
        ]),
        ("Languages", ["Arabic (native), English (fluent), Swedish (A2)"]),
        ("Driving licence", ["B, C, CE"]),
    ],
}
AR = {
    "header": ["{first} {last}", "البريد الإلكتروني: {email}", "الهاتف: {phone}", "العنوان: {street}، أوبسالا"],
    "sections": [
        ("الخبرة العملية", [
            "2010 - 2016 ممرضة، مستشفى حلب الجامعي، حلب، سوريا",
            "- رعاية المرضى وإعطاء الأدوية",
            "2017 - 2019 مساعدة صيدلي، صيدلية الشفاء، عمان، الأردن",
        ]),
        ("التعليم", ["2005 - 2009 بكالوريوس في التمريض، جامعة حلب، سوريا"]),
        ("اللغات", ["العربية: اللغة الأم", "الإنجليزية: جيد", "السويدية: مبتدئ"]),
    ],
}
CVS = {"sv": SV, "en": EN, "ar": AR}


def lines(cv: dict, p: Person) -> list[str]:
    out = [h.format(**p.__dict__) for h in cv["header"]] + [""]
    for heading, body in cv["sections"]:
        out.append(heading)
        out.extend(l.format(**p.__dict__) for l in body)
        out.append("")
    return out


def text_cv(cv: dict, p: Person) -> bytes:
    return "\n".join(lines(cv, p)).encode("utf-8")


def pdf_cv(cv: dict, p: Person, *, columns: int = 1, encrypt: str | None = None) -> bytes:
    """A PDF with a text layer. Two columns: header + languages/licences left, the rest right
    (written column by column, as CV templates do)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=10)
    pdf.add_page()
    if encrypt:
        pdf.set_encryption(owner_password="owner-" + encrypt, user_password=encrypt)
    all_lines = lines(cv, p)
    if columns == 1:
        for l in all_lines:
            pdf.cell(0, 6, l or " ", new_x="LMARGIN", new_y="NEXT")
    else:
        side_titles = {cv["sections"][i][0] for i in range(len(cv["sections"])) if i >= len(cv["sections"]) - 2}
        left = [h.format(**p.__dict__) for h in cv["header"]] + [""]
        right: list[str] = []
        for heading, body in cv["sections"]:
            target = left if heading in side_titles else right
            target += [heading] + [l.format(**p.__dict__) for l in body] + [""]
        top = pdf.get_y()
        for l in left:
            pdf.set_x(10)
            pdf.cell(60, 6, l or " ", new_x="LEFT", new_y="NEXT")
        pdf.set_y(top)
        for l in right:
            pdf.set_x(75)
            pdf.cell(125, 6, l or " ", new_x="LEFT", new_y="NEXT")
    return bytes(pdf.output())


def docx_cv(cv: dict, p: Person) -> bytes:
    """A DOCX: header as paragraphs, each section's entries as a table (years | what | where)."""
    import docx

    d = docx.Document()
    for h in cv["header"]:
        d.add_paragraph(h.format(**p.__dict__))
    for heading, body in cv["sections"]:
        d.add_heading(heading, level=2)
        rows = [l.format(**p.__dict__) for l in body]
        entry_rows = [r for r in rows if not r.startswith("- ")]
        if any(c.isdigit() for r in entry_rows for c in r[:4]) and len(entry_rows) > 1:
            table = d.add_table(rows=0, cols=2)
            for r in rows:
                if r.startswith("- "):
                    d_row = table.add_row().cells
                    d_row[1].text = r
                    continue
                years, _, rest = r.partition(" ")
                if "–" in rest[:3] or "-" in rest[:3]:
                    more, _, rest = rest.strip(" –-").partition(" ")
                    years = f"{years} – {more}"
                row = table.add_row().cells
                row[0].text, row[1].text = years, rest
        else:
            for r in rows:
                d.add_paragraph(r)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
