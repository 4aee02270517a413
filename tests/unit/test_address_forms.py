"""The assistant does not know the person's gender, so its Arabic and Tigrinya wording addresses them in the
plural polite form (Arabic يمكنكم / قدّموا or impersonal يُقدَّم الطلب; Tigrinya ኢኹም, ኣለኩም, ሕተቱ), never in the
masculine singular (rater 4: a woman dentist told قدّم، تعلّم، اجتز; a woman in Göteborg ኢኻ, ኣለካ). Scans every
user-facing wording in those languages: the answer templates (locales/<lang>.yaml and dialogue/<lang>.yaml),
the translated licence steps, the CV upload's messages and the widget's texts (api/static/widget-texts.json)."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "assistant" / "locales"

#: Arabic masculine-singular address: imperatives and second-person forms (whole words). "تعلُّم" (learning,
#: with its damma) is a noun, not the imperative تعلّم.
_AR = re.compile(r"(?<!\w)(قدّم|تعلّم|اجتز|احضر|اكتب|ابدأ|سجّل|ابحث|اسأل|حاول|تحدّث|تحدث مع|اجمع|احصل|أثبت|أرسل|"
                 r"ادرس|اختر|راجع|اكتسب|ادفع|أضف|صحّح|استخدم|أخبرني|أخبرنا|يمكنك|لديك|عليك|إليك|نفسك|تريد|"
                 r"تستطيع|تحب|تفضل|تقصد|تسكن|تتحدثها|كنت|إنك|أنك|أزل|احفظ|احفظه|فعلت|تأكد)(?!\w)")
#: ... and the singular pronoun suffix -ك (your town, your work, it suits you), also with a clitic و/ف/ب/ل glued
#: on (بنفسك, وبلديتك); the plural polite form is -كم (بأنفسكم, بلديتكم).
_AR_SUFFIXED = re.compile(r"(?<!\w)[وفبل]?(نفسك|يمكنك|لديك|عليك|إليك|عندك|يناسبك|تكلّفك|بلديتك|عملك|شغلك|مهنتك|"
                          r"مجالك|منطقتك|تنقصك|دروسك)(?!\w)")
#: Tigrinya masculine-singular address: the pronoun suffix -ካ/-ኻ (ኣለካ, ሞያኻ, ዝሰራሕካዮ …), ኢኻ, and the
#: masculine-singular imperatives the wording used (ሕተት, ውሰድ, ተመሃር, ጸሓፍ …).
_TI_WORD = re.compile(r"[\u1200-\u135A]+")
_TI_SUFFIX = re.compile(r"[ካኻ](?:ዮ|ኒ|ን|ዮም)?$")
_TI_IMPERATIVES = {"ሕተት", "ውሰድ", "ተመሃር", "ተማሃር", "ጸሓፍ", "ግበር", "ሕለፍ", "ክፈል", "ስደድ", "ተዛረብ", "ንገረና", "ንገረኒ",
                   "ወስኽ", "ኣርም", "ተጠቐም", "ፈትን", "ሰርዝ", "ጀምር", "ቀይር", "ኣይትጸሓፍ", "ተመዝገብ", "ሕተቶም", "ድለ",
                   "ስደዶ", "ኣልዕሎ", "ዓቅብ", "ዓቅቦ",
                   # masculine-singular second-person verbs (you can, you learn, you apply …): ትኽእሉ, ትመሃሩ, ተመልክቱ
                   "ትኽእል", "ትመሃር", "ተመልክት", "ትፈቱ", "ትደልዮ", "ክትረክብ", "ክትከውን", "ክትሓልፍ"}


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, str):
        yield node


def wording(lang: str) -> Iterator[tuple[str, str]]:
    """(where, text) of every user-facing wording in ``lang``."""
    for path in (LOCALES / f"{lang}.yaml", LOCALES / "dialogue" / f"{lang}.yaml"):
        for s in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            yield path.name, s
    for step in yaml.safe_load((LOCALES / "licence_steps.yaml").read_text(encoding="utf-8"))["steps"]:
        yield "licence_steps.yaml", step[lang]
    for message in yaml.safe_load((ROOT / "assistant" / "cv" / "messages.yaml").read_text(encoding="utf-8")).values():
        yield "cv/messages.yaml", message[lang]
    widget = json.loads((ROOT / "api" / "static" / "widget-texts.json").read_text(encoding="utf-8"))
    for s in _strings(widget[lang]):
        yield "widget-texts.json", s


def masculine(lang: str, text: str) -> list[str]:
    if lang == "ar":
        return [m.group(1) for m in _AR.finditer(text)] + [m.group(1) for m in _AR_SUFFIXED.finditer(text)]
    return [w for w in _TI_WORD.findall(text) if _TI_SUFFIX.search(w) or w == "ኢኻ" or w in _TI_IMPERATIVES]


@pytest.mark.parametrize("lang", ["ar", "ti"])
def test_the_person_is_never_addressed_in_the_masculine_singular(lang):
    found = [(where, hits, text) for where, text in wording(lang) if (hits := masculine(lang, text))]
    assert not found, "\n".join(f"{where}: {hits} in {text!r}" for where, hits, text in found)


@pytest.mark.parametrize("lang, text", [("ar", "قدّم طلباً إلى Socialstyrelsen."), ("ar", "ماذا تريد أن تعمل؟"),
                                        ("ar", "قد تدفع ثمن الكتب بنفسك."), ("ti", "እንታይ ትምህርቲ ኣለካ?"),
                                        ("ti", "ፈተና ፍልጠት ውሰድ።"), ("ti", "ነቲ ኮርስ ኣብ Komvux ክትመሃሮ ትኽእል።")])
def test_the_scan_catches_the_forms_it_forbids(lang, text):
    assert masculine(lang, text)
