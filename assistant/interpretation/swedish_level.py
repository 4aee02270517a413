"""How much Swedish the person says they have: an SFI course ("SFI kurs C", "SFI-D", "I study at SFI") or a
CEFR level told beside the language's name ("my swedish is B1", "svenska B2", "السويدية عندي B1",
"iswiidhiga B1", "шведська B2").

A told level decides what the education answer offers: someone with B1 is past SFI and goes on with Swedish
as a second language (rater9 conv2: a B1 nurse was told "Start with SFI" three times).
SFI's courses A–D end around CEFR A1–A2 (Skolverket's course plan).
"""
from __future__ import annotations

import re

from vagledning.domain.profile import LanguageItem, Profile, Span

#: Case-sensitive course letter: "SFI a lot" is no course.
_SFI = re.compile(r"\b(?:SFI|sfi|Sfi)\b(?:[\s-]*(?:kurs|nivå|course|level|kurs\w*)?[\s-]*([A-D])\b)?")
SFI_LEVEL = {"A": "a1", "B": "a1", "C": "a2", "D": "a2"}
#: Swedish named in each locale's words (Arabic and Dari/Persian spellings, Somali with its article suffixes).
_SWEDISH = (r"(?:svensk\w*|swedish|\w*سويدي\w*|\w*سوید\w*|\w*سوئد\w*|(?:af-?)?iswiidh\w*|ሽወደን\S*|ስዊድን\S*|ስወድሽ\S*"
            r"|шведськ\w*|шведск\w*)")
_CEFR = r"\b([ABCabc][12])\b"
#: The level right after the language's name ("swedish is B1", "svenska på B2-nivå") or before it ("B1 svenska").
_TOLD = re.compile(rf"{_SWEDISH}[^.!?؟።\n\d]{{0,20}}?{_CEFR}|{_CEFR}[\s-]*(?:nivå\w*|level|niveau|рів\w*)?[^.!?؟።\n\w]{{0,3}}"
                   rf"(?:\w+\s)?{_SWEDISH}", re.IGNORECASE)


#: A level asked about or required is not the person's ("do I need C1 Swedish?", "krävs B2 i svenska?").
_NEED = re.compile(r"[?؟፧]|\b(?:need|needs|needed|require\w*|behöv\w*|kräv\w*|krav|måste)\b|تحتاج|احتاج|أحتاج|يحتاج|مطلوب"
                   r"|baahan|ኣድላዪ|የድሊ|لازم|نیاز|потрібн\w*|треба|вимаг\w*", re.IGNORECASE)


#: SFI said to be finished ("klar med SFI D", "finished SFI", "SFI D waan dhammeeyay", "SFI ወዲአ"): past SFI, the next
#: step is Swedish as a second language, never "register for SFI" (rater17 conv2, conv5).
SFI_DONE = "sfi_done"
#: told27 (rater36 new01/new02 T1): the spoken forms too – Somali with one m («waan dhameeyay»), colloquial Persian
#: «تموم کردم» / «تموم شده», "SFI D done", «färdig med sfi», «كملت», «здала» – were read as a learner at SFI.
_DONE = re.compile(r"\b(?:klar(?:at|t)?|färdig\w*|avslutat|slutfört|gått klart|läst klart|godkänd|finished|completed"
                   r"|passed|done with|(?<!not )(?<!n't )done|graduated"
                   r"|(?<!when i )(?<!after i )(?<!to )(?<!will )(?<!i'll )finish"  # "i finish sfi" (rater17 conv3 T4)
                   r"|dhamm?e+y[ae]y|dhamm?aystay|dhamm?aaday|(?:ku|ka) gudbay"
                   r"|закінчи\w*|скінчи\w*|заверши\w*|склал\w*|здал\w*|здав|закончи\w*|сдал\w*)\b"
                   r"|خلصت|خلّصت|أنهيت|انهيت|انتهيت|نجحت|اجتزت|أكملت|اكملت|كملت|أتممت|اتممت|تخرجت"
                   r"|ወዲአ\S*|ዛዚመ\S*|ሓሊፈ\S*|ኣጠናቒቐ\S*"
                   r"|(?:تمام|تموم|خلاص|ختم|پاس)[\s\u200c]*(?:کرد|کد|شد)\S*"  # Dari «تمام کدم», spoken «تموم کردم»
                   r"|گذروندم|گذراندم|قبول شدم",
                   re.IGNORECASE)


def _done(text: str, m: re.Match[str]) -> bool:
    """SFI told as finished in the sentence that names it."""
    a = max(text.rfind(c, 0, m.start()) for c in ".!?؟።\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".!?؟።\n") if i >= 0]
    return bool(_DONE.search(text[a:min(ends) if ends else len(text)]))


def _told(text: str) -> re.Match[str] | None:
    """The first CEFR level told as the person's own, not in a sentence that asks or requires one. "My swedish is A2,
    is that ok?" («مستواي بالسويدي A2، بيصير؟») tells it: the language named before the level, and no word of needing
    one beside the question mark (slips17)."""
    for m in _TOLD.finditer(text):
        a = max(text.rfind(c, 0, m.start()) for c in ".!?؟።\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in ".!?؟።\n") if i >= 0]
        sentence = text[a:min(ends) + 1 if ends else len(text)]
        if not _NEED.search(sentence) or m.group(1) and not _NEED.search(re.sub(r"[?؟፧]", " ", sentence)):
            return m
    return None


#: Swedish as a second language (SvA/SAS) at Komvux, or the gymnasium's Swedish courses, named with its course
#: ("svenska 2", "SAS 2", "sva grund", "شویدی كلغة ثانية ٢", "шведська як друга мова 2"): a learner past SFI
#: (swedish19: "Svenska 2 på gång" was kept as no level and answered "start with SFI").
#: profile31 (rater38 r37-2: «ادرس سويدي ٢ بالكومفوكس», "swedish 2", «шведську 2», «سویدنی ۲», «سويدي grund»): the
#: language's own name in any locale, a course number or "grund" right after it (never a time: "svenska 2 år").
_TIME = r"(?:år|years?|months?|månad\w*|veckor|weeks?|سن\w*|شهر\w*|سال|ماه|sano|bil\w*|ዓመ\S*|ወር\S*|рок\w*|років|міс\w*)"
_NAMED_COURSE = rf"{_SWEDISH}(?=[\s-]*(?:(?:[123]|[١٢٣۱۲۳])(?![\d.,:])(?!\s*{_TIME})|grund\b|basic\b))"
_SVA_NAME = (rf"(?:\bsas\b|\bsva\b|svenska som andraspråk|swedish as an? (?:second|2nd) language|{_NAMED_COURSE}"
             r"|\w*سويدي\w* (?:ك|كـ)?لغة ثانية|iswiidh\w* (?:sida )?luqad(?:da)? (?:labaad|2)|ሽወደን\S* ከም ካልኣይ ቋንቋ"
             r"|(?:سویدنی|سوئدی) (?:به حیث|به عنوان) زبان دوم|шведськ\w* як друг\w* мов\w*)")
_SVA = re.compile(rf"(?:\b(grund\w*|basic)\s+(?:\w+\s+)?)?{_SVA_NAME}[\s-]*(?:kurs\w*|course|nivå|level)?[\s-]*"
                  r"(?:\b([123])\b|([١٢٣۱۲۳])|\b(grund\w*|basic)\b)?", re.IGNORECASE)
#: Levels of SvA read: the basic level, the upper-secondary courses 1–2 (or 3 in progress), course 3 passed (the
#: Swedish university studies and a licence ask for: "high").
SAS_GRUND, SAS_GY, SAS_3 = "sas_grund", "sas_gy", "sas_3"
_DIGITS = str.maketrans("١٢٣۱۲۳", "123123")


def _sva(text: str) -> tuple[str, re.Match[str]] | None:
    """An SvA course told as the person's (not asked or required: "do I need SvA 3?"), with its level."""
    for m in _SVA.finditer(text):
        grund = m.group(1) or m.group(4)
        number = (m.group(2) or m.group(3) or "").translate(_DIGITS)
        if not grund and not number:
            continue  # "not SvA yet", "SAS" alone: no course told
        a = max(text.rfind(c, 0, m.start()) for c in ".!?؟።\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in ".!?؟።\n") if i >= 0]
        sentence = text[a:min(ends) if ends else len(text)]
        if _NEED.search(re.sub(r"[?؟፧]", " ", sentence)):
            continue
        level = SAS_GRUND if grund else SAS_3 if number == "3" and _DONE.search(sentence) else SAS_GY
        return level, m
    return None


def read_swedish_level(profile: Profile, text: str, message: int) -> None:
    """The person's Swedish: a CEFR level told beside the language's name, else an SvA course (:func:`_sva`), else
    an SFI course (its letter's level, else "sfi"); kept with its span. A level told earlier is kept, except that
    SFI told as finished now moves a learner at SFI on to :data:`SFI_DONE`, and an SvA course moves one at or just past
    SFI on to it. "Not SvA yet" names a level, no refusal of a course."""
    _not_refused(profile, text, message)
    known = next((lang.level for lang in profile.languages if lang.code == "sv" and lang.level), None)
    told = _told(text)
    sva = None if told else _sva(text)
    if sva is not None and (not known or known in _AT_SFI | {SFI_DONE, SAS_GRUND, SAS_GY}):
        course, at = sva
        profile.languages = [lang for lang in profile.languages if lang.code != "sv"]
        profile.languages.append(LanguageItem(code="sv", level=course, span=Span.of(text, at.start(), at.end(), message),
                                              confidence=0.8))
        return
    if known and known not in _AT_SFI:
        return
    m = told or _SFI.search(text)
    if m is None or told is None and _sfi_refused(text):
        return  # ("ما بدي SFI", I don't want SFI: a refusal, refused_form.py, never the level "sfi"; circum25)
    level = (told.group(1) or told.group(2)).casefold() if told else \
        SFI_DONE if _done(text, m) else SFI_LEVEL.get(m.group(1) or "", "sfi")
    if known and level != SFI_DONE:
        return
    profile.languages = [lang for lang in profile.languages if lang.code != "sv"]
    profile.languages.append(LanguageItem(code="sv", level=level, span=Span.of(text, m.start(), m.end(), message), confidence=0.8))


def _sfi_refused(text: str) -> bool:
    from assistant.interpretation.refused_form import refused_forms_in

    return any(form == "sfi" for form, _ in refused_forms_in(text))


#: Levels of someone at SFI, which SFI told as finished later replaces.
_AT_SFI = {"sfi", "a1", "a2"}
#: The steps of Swedish for newcomers: "not SvA" beside SFI is a level told, no refusal (swedish18).
_STEP = re.compile(r"\b(?:sfi|sas|sva)\b|svenska som andraspråk|swedish as a second language", re.IGNORECASE)


def _not_refused(profile: Profile, text: str, message: int) -> None:
    """Drop the refusals without a concept read from the words of a Swedish step in this message ("i finish sfi
    but not svenska som andraspråk" is no refusal of Swedish courses)."""
    profile.constraints = [c for c in profile.constraints if not (
        c.kind == "avoid" and c.concept is None and c.span is not None and c.span.message == message
        and _STEP.search(c.label or c.value or ""))]


_LANGUAGE_NAMED = re.compile(_SWEDISH, re.IGNORECASE)


def names_swedish_study(text: str) -> bool:
    """The clause names SFI, an SvA course or the Swedish language ("SFI D я закінчила", «ادرس سويدي ٢ بالكومفوكس»):
    what it finishes or studies is Swedish, no school level nor a training of its own (profile31; rater38 new03)."""
    return bool(_SFI.search(text) or _LANGUAGE_NAMED.search(text))
