"""What the person's residence status allows, as far as they said it: a residence permit as a refugee, for
protection or as a family member (Arbetsförmedlingen's introduction programme, Etableringsprogrammet), or
temporary protection under the EU's Temporary Protection Directive (work is allowed; that programme is not
for them). Read from what the person wrote and the countries of their work; nothing is asked."""
from __future__ import annotations

import re

from assistant.state import TurnState
from vagledning.domain.marks import FULL_STOPS
from vagledning.domain.profile import Profile

#: A residence permit, as people write it (sv, en, ar, fa, so, ti, uk, ru): someone from Ukraine who says they have
#: one, and not one under temporary protection, may be in the introduction programme.
_PERMIT = re.compile(r"uppehållstillst|residence permit|إقامة|اقامة|اجازه اقامت|sharci deganaansho|ፍቓድ መንበሪ|"
                     r"መንበሪ ፍቓድ|посвідк|дозв\w* на прожива|вид на жительство", re.I)
_TEMPORARY = re.compile(r"tillfälligt skydd|massflykt|temporary protection|тимчасов\w* захист|временн\w* защит|"
                        r"حماية مؤقتة|الحماية المؤقتة|حمایت موقت|ilaalin\w* ku[- ]meel[- ]gaar|"
                        # (Tigrinya writes "temporary" ግዝያዊ or ግዜያዊ: qual6)
                        r"ግ[ዝዜ]ያዊ ሓለዋ", re.I)
#: Countries whose people in Sweden mostly hold temporary protection (the EU's temporary protection directive),
#: which is outside the introduction programme.
_TEMPORARY_PROTECTION = {"UA"}


def introduction_programme_fits(state: TurnState) -> bool:
    """Etableringsprogrammet is for a residence permit as a refugee, for protection or as a family member, in the
    first years after it; not offered to someone who has worked in Sweden (they are no longer newly arrived), nor
    to someone who says they have lived here for years or are not new (rater8 conv3: "bott i sverige 25 år, inte
    ny"), nor to someone who worked in a country of temporary protection (Ukraine) unless they wrote of a permit;
    and only to someone who says they are newly arrived (:func:`newly_arrived`): a degree from abroad or another
    language is no such sign (rater9 conv2/conv4: a nurse from Lagos and a pharmacist at SFI D got it unasked)."""
    if any((e.country or "").upper() == "SE" for e in state.profile.experiences) or settled(state):
        return False
    return newly_arrived(state) and not temporary_protection(state)


def temporary_protection(state: TurnState) -> bool:
    """The person said they have temporary protection, or worked in a country of temporary protection (Ukraine)
    and wrote of no other residence permit."""
    said = " ".join(m.content or "" for m in state.request.messages if m.role == "user")
    if _TEMPORARY.search(said):
        return True
    from_there = any((e.country or "").upper() in _TEMPORARY_PROTECTION for e in state.profile.experiences)
    return from_there and not _PERMIT.search(said)


#: "Not new (here)", as people write it: the person says they are no newcomer.
_NOT_NEW = re.compile(r"inte (?:ny|nyanländ|nykommen)\b|not (?:new|a newcomer|newly arrived)\b|"
                      r"(?:مو|مش|لست|ما اني|موب|ماني) (?:جديد|جديدة)|cusub ma ihi|ma ihi (?:qof )?cusub|"
                      r"ሓድሽ ኣይኮንኩን|ሓዳሽ ኣይኮንኩን|(?:تازه وارد|جدید|نو) نیستم|"
                      r"не (?:новенька|новенький|нова|новий|новоприбул\w*)\b", re.I)
#: Sweden or "here", and living or staying there, in the person's words.
_HERE = re.compile(r"sverige|sweden|here\b|\bhär\b|السويد|هنا|iswiidhan|swiidhan|halkan|ሽወደን|ኣብዚ|سویدن|سوئد|"
                   r"اینجا|швеці|\bтут\b", re.I)
_LIVE = re.compile(r"\bbott|\bbor\b|\blevt|\bvarit|lived|living|\blive\b|been|عايش|ساكن|اعيش|أعيش|اسكن|أسكن|صا?ر ?لي|"
                   r"nool|joog|deggan|degan|ነቢረ|ነይረ|እነብር|ጸኒሐ|زندگی|هستم|живу|живемо|прожи|перебува", re.I)
_YEARS = re.compile(r"(\d+)\s*(?:år\b|years?\b|yrs\b|سنة|سنين|سنوات|عام|sano|ዓመት|سال|років|роки|рік|лет|года)", re.I)
#: An age, not a stay: "I am 52 years", "عمري 52 سنة", "мені 52 роки".
_AGE = re.compile(r"(?:\bär|\bam|i'm|\bim|عمري|عمر|jir|ዕድመይ|ዕድሜ|سن|мені|мне)\s*$", re.I)
#: Etableringsprogrammet is for people who recently got their residence permit (Arbetsförmedlingen decides who is in
#: it); three years or more here is our own threshold for "no longer newly arrived", not an authority's figure.
SETTLED_YEARS = 3


#: A stay counted from its start in Arabic ("بالسويد من ١٥ سنة", in Sweden since 15 years; rater32 conv04).
_SINCE = re.compile(r"(?:من|صا?رلي|صار لي)\s*\d")


def settled(state: TurnState) -> bool:
    """The person says they are not new here, or that they have lived in Sweden – or in a Swedish place they told
    ("lived in stockholm 25 yrs": rater32 conv10) – for three years or more."""
    places = {c.span.quote.casefold() for c in state.profile.constraints
              if c.kind in ("municipality", "region") and c.span is not None and len(c.span.quote) >= 3}
    for m in [*state.request.messages, None]:
        said = state.text if m is None else (m.content if m.role == "user" else "")
        for sentence in re.split(rf"[{FULL_STOPS}\n]", western(said or "")):
            if _NOT_NEW.search(sentence):
                return True
            here = _HERE.search(sentence) or any(q in sentence.casefold() for q in places)
            if here and _SINCE_YEAR.search(sentence) and arrived_long_ago(sentence):
                return True
            if not (here and (_LIVE.search(sentence) or _SINCE.search(sentence))):
                continue
            if any(int(y.group(1)) >= SETTLED_YEARS and not _AGE.search(sentence[:y.start()])
                   for y in _YEARS.finditer(sentence)):
                return True
    return False


#: A stay counted from a year ("since 2014", "sen 2014", «من ٢٠١٤», "tan iyo 2014", «ካብ 2014», «از ۲۰۱۴», «з 2014
#: року»), or an arrival in a year ("kom 2015", "came in 2015", «جيت ٢٠١٥», «۲۰۱۵ اومدم»): fit24, rater34 replay05,
#: a man here since 2015 was told "if you have not studied Swedish yet, start with SFI".
_SINCE_YEAR = re.compile(r"(?:\bsedan|\bsen|\bsince|\bfrom|\bkom|\bkommit|\bflyttade|\bcame|\bmoved|\barrived|منذ|من|"
                         r"جيت|اجيت|وصلت|tan iyo|imid|yimid|ካብ|መጺአ|መጻእኩ|از|آمدم|اومدم|امدم|رسیدم|\bз\b|приїха|"
                         r"переїха)\D{0,24}(?:19|20)\d\d\b|(?:19|20)\d\d\D{0,12}(?:آمدم|اومدم|امدم|رسیدم|جيت|اجيت|"
                         r"وصلت|imid|yimid|መጺአ|መጻእኩ|kom\b|came\b|arrived\b|приїха|переїха)", re.I)
#: A year that is a birth, not an arrival: "född 1990", "born in 1990", «مواليد ١٩٩٠», «متولد ۱۳۷۰».
_BORN = re.compile(r"född|born|مواليد|ولدت|dhashay|ተወሊደ|متولد|به دنیا|народил|народж", re.I)


def arrived_long_ago(sentence: str) -> bool:
    """The latest year a sentence of arrival names (a birth year left out) is SETTLED_YEARS or more ago."""
    import datetime

    if _BORN.search(sentence):
        return False
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", sentence)]
    return bool(years) and datetime.date.today().year - max(years) >= SETTLED_YEARS


def western(text: str) -> str:
    """Arabic-Indic and Persian digits as 0-9."""
    return text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))


#: Being newly arrived, as people write it (life10): new here, just came, came last year or some months ago, a new
#: residence permit, starting SFI. A permit as such (:data:`_PERMIT`) says it too; settled() and work in Sweden win.
_NEW = re.compile(
    r"nyanländ|nykommen|\bny i sverige|nyinflyttad|(?:precis|nyss|nyligen|just) (?:kommit|flyttat|anlänt)|"
    r"kom (?:hit|till sverige) (?:i fjol|förra året|förra månaden|nyligen|nyss|för \S+ månader? sedan)|började (?:på )?sfi|"
    r"newly arrived|new (?:in|to) sweden|\bnewcomer|just (?:arrived|came|moved)|recently (?:arrived|came|moved)|"
    r"came (?:here|to sweden) (?:last year|last month|recently|this year|\S+ months? ago)|arrived (?:last year|recently)|"
    r"started sfi|"
    r"وصلت (?:ع|على |الى |إلى |ل)?(?:السويد|سويد|هون|هنا)|وصلت (?:من|قبل) (?:سنة|شهر|شهرين|سنتين)|واصل جديد|"
    r"جديدة? (?:ب|في |عال)?السويد|لسا (?:جيت|واصل)|(?:بلشت|بدأت|ابتديت) (?:ب)?sfi|"
    r"(?:ahay|ahayn) (?:qof )?cusub|cusub (?:ayaan|baan) ahay|(?:ku )?cusub (?:ahay )?(?:iswiidhan|halkan)|"
    r"(?:dhawaan|bishii hore) (?:ayaan|baan) (?:imid|imaaday|yimid)|sa?nnadkii hore (?:ayaan|baan) (?:imid|imaaday|yimid)|"
    r"(?:ayaan|baan) bilaabay sfi|"
    r"ሓድሽ (?:እየ|መጻኢ|ኣብ ሽወደን)|ሓዳሽ እየ|ቀረባ እዋን (?:መጺአ|ዝመጻእኩ)|ሕጂ (?:መጺአ|ዝመጻእኩ)|ዓሚ[^።]{0,20}(?:መጺአ|ዝመጻእኩ)|ዝሓለፈ ወርሒ[^።]{0,20}(?:መጺአ|ዝመጻእኩ)|"
    r"تازه (?:آمد|اومد|وارد|رسید|به سویدن)|(?:پارسال|سال گذشته|ماه گذشته|ماه پیش) (?:به \S+ )?(?:آمد|اومد)|"
    r"(?:اس اف ای|sfi) (?:را |رو )?شروع|"
    r"нещодавно (?:приїха|переїха)|щойно (?:приїха|переїха)|недавно (?:приїха|переїха)|торік приїха|"
    r"приїха\w* (?:\S+ )?(?:місяц\w*|рік) тому|приїха\w* (?:до \S+ )?минулого (?:місяця|року)|(?:почав|почала|почали) (?:sfi|сфі)", re.I)
#: Months here ("8 månader i Sverige", "صرلي 6 شهور بالسويد"): under a year, newly arrived.
_MONTHS = re.compile(r"\d+\s*(?:månad|months?|شهر|شهور|أشهر|اشهر|bilood|ወርሒ|ኣዋርሕ|ماه|місяц)", re.I)


def newly_arrived(state: TurnState) -> bool:
    """The person says they are new in Sweden (arrived recently, a new residence permit, starting SFI) or that they
    have lived here under :data:`SETTLED_YEARS` years (our threshold, not an authority's: Arbetsförmedlingen decides
    who is in the introduction programme)."""
    for m in state.request.messages:
        said = western(m.content or "") if m.role == "user" else ""
        if _NEW.search(said) or (_PERMIT.search(said) and not _TEMPORARY.search(said)):
            return True
        for sentence in re.split(rf"[{FULL_STOPS}\n]", said):
            if not (_HERE.search(sentence) and _LIVE.search(sentence)):
                continue
            if _MONTHS.search(sentence) or any(int(y.group(1)) < SETTLED_YEARS and not _AGE.search(sentence[:y.start()])
                                               for y in _YEARS.finditer(sentence)):
                return True
    return False


def asks_right_to_work(state: TurnState, asked: str) -> bool:
    """Someone with temporary protection asks whether they may work here at all ("får jag jobba med tillfälligt
    skydd?", «чи можу я вже працювати, поки вчу шведську?»; rater21 conv2 T5/T6 got the study-leave law and a list of
    teachers): the right to work of their permit answers it. Not "what work can I do?", and not "may I work as a
    nurse?" named in this message (a question of that work: its licence, its pay, a job meanwhile), unless the protection
    itself is named; an occupation of an earlier turn does not make it one."""
    from assistant.intent_cues import has

    if not temporary_protection(state) or not has("work_allowed", asked) or has("wh_work", asked):
        return False
    if _TEMPORARY.search(asked):
        return True
    named = state.focus is not None and state.focus.named
    if named and state.action in ("licence", "recognition"):
        return False
    if has("swedish", state.text):  # "… while I learn Swedish (as a mechanic, say)?": whether the permit lets them work
        return True
    told = state.message_profile
    # A story told with the question ("12 years an accountant in Kharkiv … can I work here as ekonomiassistent?"), a
    # job meanwhile («а поки що де можу працювати?») or an occupation named ("… as an assistant nurse? and what does a
    # midwife earn?"): a question of that work, not of the permit.
    return not (named or has("meanwhile", asked) or (told is not None and told.experiences))


def drop_status_words(profile: Profile, text: str) -> None:
    """Work, wishes, interests and skills read from the words of a residence status: Tigrinya «ግዝያዊ ሓለዋ» (temporary
    protection) was read as a guard's work (ሓለዋ: guarding; mend21), "skydd" or "protection" may be read alike. The
    status is the person's situation (:func:`temporary_protection`), never work done or wished."""
    spans = [(m.start(), m.end()) for m in _TEMPORARY.finditer(text or "")]
    if not spans:
        return
    for name in ("experiences", "wishes", "interests", "skills"):
        kept = [i for i in getattr(profile, name) if (s := getattr(i, "span", None)) is None
                or not any(s.start < b and a < s.end for a, b in spans)]
        setattr(profile, name, kept)
