"""How long answers are, how many sources they cite, and how much Swedish a non-Swedish answer leaves unsaid.

    OPENBLAS_NUM_THREADS=1 VAGLEDNING_DATA_DIR=/work/shared/data VAGLEDNING_STORE_DIR=var/store \\
        .venv/bin/python benchmarks/bench_answer_form.py [--show N]

Raters read answers of 2,000–3,400 characters with nine sources (rater22); a person reads a screen, not a report.
This runs first turns and follow-ups in the 8 locales (people like rater22's: a barista who cannot work nights, a
dental assistant, a factory worker with back pain, a commerce graduate, a young man in Borlänge) through the real
engine, as the API does (grounded composer, no LLM), and prints per action and per locale the character length
(median, p90, max), the number of citations, and for non-Swedish answers the share of words outside «titles» and
quotes that are Swedish (a skill phrase left in Swedish) plus the share of all words inside «…» marks.
``--show N`` prints the N longest answers; ``--no-budget`` runs without the list answers' length budget.
"""
# ruff: noqa: E501 - the people's messages are kept whole, as written
from __future__ import annotations

import argparse
import os
import re
import statistics
from collections import defaultdict

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

#: (locale, turns): each conversation a person's first message and follow-ups (written for this benchmark).
CONVERSATIONS = [
    ("sv", ["Jag har jobbat som barista och på bygge i Västerås, jag kan inte jobba nätter", "Vad tjänar man?",
            "Vilka kurser finns?"]),
    ("sv", ["Jag har jobbat i fabrik i 20 år och har ont i ryggen. Jag bor i Norrköping", "Andra yrken?",
            "Är det realistiskt utan skola?"]),
    ("sv-easy", ["Jag jobba i fabrik länge. Jag har ont i rygg. Jag bor i Norrköping.", "Vad kan jag jobba med?",
                 "Vad gör man i jobbet?"]),
    ("sv-easy", ["Jag var tandsköterska i Irak. Jag bor i Göteborg.", "Behöver jag legitimation?"]),
    ("en", ["I have a degree in commerce from the UK and live in Lund", "What does it pay?",
            "Is it easy to get a job?", "Which courses are there?"]),
    ("en", ["I worked as a barista and in construction, I can't work nights", "Other jobs?",
            "Do I need Swedish?"]),
    ("ar", ["كنت مساعدة طبيب أسنان في العراق ١٢ سنة، أسكن في غوتنبرغ", "هل أحتاج إلى ترخيص؟", "كم الراتب؟"]),
    ("ar", ["عملت طباخاً لمدة ست سنوات في حلب", "أسكن في ستوكهولم", "ما هي الدورات المتاحة؟"]),
    ("so", ["Waxaan ahaa darawal baabuur Soomaaliya", "Waxaan degenahay Borlänge", "Imisa ayay bixisaa?"]),
    ("so", ["Waxaan ka shaqeeyay dhismaha, waxaan jiraa 23 sano", "Shaqo ma sahlan tahay in la helo?"]),
    ("ti", ["ኣብ ኣስመራ ከም ኤሌክትሪሻን ሸሞንተ ዓመት ሰሪሐ", "ፍቓድ የድልየኒ ዶ?", "ደሞዝ ክንደይ እዩ?"]),
    ("ti", ["ኣብ ህንጻ ስራሕን ከም ባሪስታን ሰሪሐ። ለይቲ ክሰርሕ ኣይክእልን", "ካልእ ስራሕ?"]),
    ("fa", ["در هرات خیاط بودم و لباس می دوختم", "در نورشوپینگ زندگی می کنم", "چه دوره‌هایی هست؟"]),
    ("fa", ["رانندگی تاکسی در مشهد کردم", "آیا به مجوز نیاز دارم؟"]),
    ("uk", ["Я була медсестрою в Харкові дванадцять років", "Чи потрібна мені ліцензія?", "Яка зарплата?"]),
    ("uk", ["Працював зварювальником на заводі в Дніпрі", "Чи легко знайти роботу?", "Інші професії?"]),
]

#: rater22's four widget conversations (ti, ar, easy Swedish, en), the person's turns as written: where the long
#: answers came from (their 'click' turns left out).
RATER22 = [
    ('ti', [
        'ሰላም። ኣነ ካብ ኤርትራ እየ፡ 28 ዓመተይ። ኣብ ቨስተሮስ እየ ዝነብር። ኣብ ኤርትራን ሱዳንን ኣብ ህንጻ ስራሕ (ኮንስትራክሽን) ሰሪሐ፡ ድሕሪኡ ኣብ ካፌ ከም ባሪስታ ቡን ሰሪሐ። ቀልጢፈ ቀዋሚ ስራሕ ደልየ።',
        'ቲግርኛን ዓረብኛን ሒደት ሽወደንኛን። ኣብ ህንጻ ስራሕ እውን ሰሪሐ እየ፡ ንሱ ኣይረኣኹምን ዲኹም? ለይቲ ክሰርሕ ኣይክእልን እየ፡ ንእሽቶ ቆልዓ ኣለኒ።',
        'ደሞዝ ክንደይ እዩ ኣብ ህንጻ ስራሕ? ኣብ ካፌ ድማ?',
        'ሽወደንኛ ሒደት ጥራይ እፈልጥ፡ SFI B ዛዕባ ኣለኹ። እንታይ ኮርስ እዩ ዝሕግዘኒ ቀልጢፈ ስራሕ ንምርካብ? ኣብ ቨስተሮስ ጥራይ፡ ርሑቕ ክኸይድ ኣይክእልን',
        'መንጃ ፍቓድ የብለይን። ንህንጻ ስራሕ ኣገዳሲ ድዩ?',
        'ኣብ ቨስተሮስ ኣየናይ ስራሕ እዩ ብዙሕ ዘሎ፡ ህንጻ ወይስ ካፌ? ቀትሪ ጥራይ ክሰርሕ እደሊ',
        'ኣይፋል፡ ክሽነ ኣይደልን። ኣብ Västmanland ንህንጻ ስራሕ ክንደይ ምልክታት ስራሕ ኣሎ?',
        'ሆቴል ወይ ቤት መግቢ ኣይደልን! ህንጻ ስራሕ (bygg) ደልየ። ኣብ ቨስተሮስ ዕድል ስራሕ ህንጻ ከመይ እዩ?',
    ]),
    ('ar', [
        'مرحبا، آني من العراق عمري ٤١ سنة، ساكنة بگوتنبرغ. كنت أشتغل مساعدة طبيب أسنان بالعراق ١٢ سنة. شلون أگدر أشتغل بمجال الأسنان هنا بالسويد؟',
        'آني بگوتنبرغ، Göteborg. شهادتي دبلوم سنتين من معهد صحي ببغداد. هل أوراقي تنحسب هنا؟ لازم أعادل الشهادة؟',
        'طيب كم ياخذ وقت حتى أصير Tandsköterska هنا؟ وين أدرس بگوتنبرغ؟',
        'أگدر آخذ CSN وآني عمري ٤١؟ عندي ولدين بالمدرسة. وخلصت SFI D وهسه أدرس سويدي ١ بالكومفوكس',
        'لا آني ما أريد أصير معلمة! أريد شغل بالأسنان. شكد راتب الـ Tandsköterska بگوتنبرغ؟ وهل أگدر أشتغل Tandvårdsbiträde هسه وأدرس بنفس الوقت؟',
        'شكد الراتب؟',
        'ما عندي شغل هسه. أگدر أشتغل مساعدة (Tandvårdsbiträde) بعيادة أسنان هسه بدون شهادة سويدية، وبعدين أدرس؟ وشكد لازم تكون لغتي السويدية زينة؟',
        'وإذا ما قبلوني بالأسنان، شنو شغل ثاني قريب بالمجال الصحي بگوتنبرغ؟ بس مو شغل ليلي',
    ]),
    ('sv-easy', [
        'hej jag heter Bengt är 52 år bor i norrköping. jobbat 20 år på fabrik med pappersmaskin men fabriken har stängt nu. har ont i ryggen. kan inte data. vad kan jag jobba med',
        'jag körde pappersmaskinen, var maskinförare i kontrollrummet och skiftade. kan jag göra det igen nån annanstans? jag vill inte stå vid ett band hela dagen för ryggen',
        'nej inte grävmaskin. pappersbruk. processoperatör heter det nog. finns det sånt jobb i norrköping?',
        'jag är rädd för att plugga. gick ut nian för länge sen och det gick dåligt. är det realistiskt att jag får nytt jobb utan skola i min ålder?',
        'men jag kan inte data alls. måste man kunna dator för att vara processoperatör nu för tiden? och vad tjänar man',
        'du svarade inte om datorn. och fabriken lade ner, kan jag få hjälp från nån mer än arbetsförmedlingen?',
        'NEJ jag sa inte det. jag vill gärna vara processoperatör. facket sa nåt om TSL, vad är det?',
        'behöver jag kunna dator för jobbet?',
    ]),
    ('en', [
        "Hi! I moved to Lund last year with my husband (he works in IT here). I'm 30, I have a B.Com from Pune university and worked 3 yrs in an office doing invoices and some GST filing for a small firm. I want office work here. Is there demand for that kind of work around Lund/Malmö?",
        'Haha no, not the army :) I mean office jobs like accounts payable / invoicing, admin. What would those be called in Sweden?',
        "No!! I do NOT want army officer. I DO want redovisningsassistent, that is exactly my work. I'm choosing between two things: redovisningsassistent or löneadministratör (payroll). Which one is better for me, demand and salary wise?",
        'ok but what about löneadministratör? you only told me one. compare them please',
        'and how many ads for payroll in Skåne? Also my Swedish is weak, I finished SFI course D only. Do these jobs require fluent Swedish or can I start in English? many companies in Malmö use English',
        "you still didn't say the number of payroll ads in Skåne. Also, does my Indian B.Com count here? Is there a short course to learn Swedish accounting / payroll rules near Lund?",
        'Does my B.Com degree from India count in Sweden?',
        'Is it easy to get a job as löneadministratör in Skåne?',
    ]),
]

SWEDISH = ("sv", "sv-easy")
#: Common Swedish words that are no other language's (the proof tests' reader, tests/dialogue_support.py, uses the
#: same idea); a word with å/ä/ö counts too.
_SV_WORDS = set(
    "och att det som en ett på för med är av till kan man inte eller om har ska vara den de från hos efter "
    "också även när så utan bara mycket kräver krävs yrket yrken utbildning utbildningen nivå arbete arbeta "
    "kunskap kunskaper hantera inom samt vid genom enligt".split())
_SV_LETTERS = re.compile(r"[åäö]", re.I)
_QUOTED = re.compile(r"«[^»]*»")
_LINK = re.compile(r"https?://\S+")


def swedish_share(answer: str) -> tuple[float, float]:
    """(share of words outside «…» that look Swedish, share of all words inside «…»)."""
    words = answer.split()
    quoted = sum(len(q.split()) for q in _QUOTED.findall(answer))
    rest = [w.strip(".,:;!?()\"'–-[]0123456789").casefold() for w in _QUOTED.sub(" ", _LINK.sub(" ", answer)).split()]
    rest = [w for w in rest if w]
    sv = sum(1 for w in rest if w in _SV_WORDS or _SV_LETTERS.search(w))
    return (sv / len(rest) if rest else 0.0), (quoted / len(words) if words else 0.0)


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]


def row(name: str, rows: list[dict]) -> str:
    chars = [r["chars"] for r in rows]
    cites = [r["cites"] for r in rows]
    foreign = [r for r in rows if r["locale"] not in SWEDISH]
    sv = f"{statistics.mean(r['sv'] for r in foreign):6.1%} {statistics.mean(r['quoted'] for r in foreign):6.1%}" \
        if foreign else f"{'-':>6} {'-':>6}"
    return (f"{name:<20} {len(rows):>3} {statistics.median(chars):>6.0f} {pct(chars, .9):>6.0f} {max(chars):>6} "
            f"{statistics.median(cites):>5.0f} {max(cites):>5} {sv}")


def main() -> None:
    from assistant.contract import ChatMessage, ChatRequest
    from assistant.engine import build_service
    from vagledning.settings import get_settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0, help="print the N longest answers")
    ap.add_argument("--no-budget", action="store_true", help="no length budget (assistant/composers/budget.py)")
    args = ap.parse_args()
    if args.no_budget:  # the same code without the list answers' budget: what the budget itself changes
        from assistant.composers import budget

        budget.BUDGET.clear()
    engine = build_service(get_settings().model_copy(update={"llm_base_url": None}))
    engine.ready()
    rows: list[dict] = []
    for locale, turns in CONVERSATIONS + RATER22:
        messages: list[ChatMessage] = []
        profile = None
        for i, said in enumerate(turns):
            messages.append(ChatMessage(role="user", content=said))
            resp = engine.turn(ChatRequest(messages=list(messages), profile=profile, language=locale))
            messages.append(ChatMessage(role="assistant", content=resp.answer))
            profile = resp.profile
            sv, quoted = swedish_share(resp.answer) if locale not in SWEDISH else (0.0, 0.0)
            rows.append({"locale": locale, "turn": "first" if i == 0 else "follow-up", "action": resp.action,
                         "chars": len(resp.answer), "cites": len(resp.citations), "sv": sv, "quoted": quoted,
                         "said": said, "answer": resp.answer})
    header = f"{'':<20} {'n':>3} {'chars':>6} {'p90':>6} {'max':>6} {'cites':>5} {'max':>5} {'sv-wd':>6} {'«»-wd':>6}"
    print(header)
    print(row("all", rows))
    for label, key in (("turn", "turn"), ("action", "action"), ("locale", "locale")):
        groups: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            groups[r[key]].append(r)
        for name in sorted(groups):
            print(row(f"{label} {name}", groups[name]))
    over = sum(1 for r in rows if r["chars"] > 1500)
    print(f"answers over 1,500 characters: {over}/{len(rows)}")
    for r in sorted(rows, key=lambda r: -r["chars"])[: args.show]:
        print(f"\n--- {r['locale']} {r['action']} {r['chars']} chars, {r['cites']} sources: {r['said']!r}\n{r['answer']}")


if __name__ == "__main__":
    main()
