"""What a person refuses, turns away from or asks about instead is honoured, in all 8 languages (issue 10 item 4).

The independent counsellor's findings, as kinds of failure (own sentences, not theirs):

- a refusal of a field ("no kitchen work") left out only the SSYK group of the first linked occupation,
  so head chefs, sous chefs and pizza bakers came back;
- the next suggestions were still "close to your experience" although the person turned away from it;
- a new wish asked as a question ("what about a shop?") was ignored and kitchen work returned;
- "I don't know what I want to be" was stored as a refusal of the words "what I want to be", and a
  16-year-old was first offered a job that needs a heavy-vehicle licence;
- a generic "another job" became a wish for a job coach;
- a refusal or a limitation was not acknowledged before the new list.

Through the real FastAPI app over the shared test store, carried client-side as widget.js does;
assertions on the structured fields (``occupations``, ``action``, the profile) and on the locale's own
sentences.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from assistant.state import LOCALES
from tests.api_support import WidgetClient as Person

pytestmark = pytest.mark.slow
ALL = list(LOCALES)

COOK = {
    "sv": "Jag jobbade som kock på en restaurang i åtta år.",
    "sv-easy": "Jag var kock i sju år. Jag bor i Malmö.",
    "en": "I worked as a chef in a hotel restaurant for nine years.",
    "ar": "اشتغلت طباخاً في فندق لمدة تسع سنوات.",
    "so": "Waxaan ahaa kuug (kock) makhaayad sideed sano.",
    "ti": "ኣብ ቤት መግቢ ንሸውዓተ ዓመት ከም ከሻኒ ሰሪሐ።",
    "fa": "هشت سال به عنوان آشپز در یک رستوران کار کردم.",
    "uk": "Я вісім років працював кухарем у ресторані.",
}
NO_KITCHEN = {
    "sv": "Jag vill inte jobba i ett kök längre.",
    "sv-easy": "Jag vill inte jobba i kök mer.",
    "en": "I don't want to work in a kitchen anymore.",
    "ar": "لا أريد أن أعمل في مطبخ مرة أخرى.",
    "so": "Ma rabo inaan ka shaqeeyo jikada mar dambe.",
    "ti": "ኣብ ክሽነ ክሰርሕ ኣይደልን እየ።",
    "fa": "دیگر نمی خواهم در آشپزخانه کار کنم.",
    "uk": "Я більше не хочу працювати на кухні.",
}
#: "Something other than cooking" (no field named to go to).
OTHER_THAN_COOKING = {
    "sv": "Jag vill göra något annat än att laga mat.",
    "sv-easy": "Jag vill ha ett annat jobb, inte laga mat.",
    "en": "I want something other than cooking.",
    "ar": "أبحث عن شيء آخر غير الطبخ.",
    "so": "Waxaan rabaa shaqo kale oo aan ahayn cunto karinta.",
    "ti": "ብዘይካ ምኽሻን ካልእ ስራሕ እደሊ።",
    "fa": "به جز آشپزی کار دیگری می خواهم.",
    "uk": "Я хочу щось інше, крім готування їжі.",
}
WHAT_ABOUT_SHOP = {
    "sv": "Kanske jobba i en butik då?",
    "sv-easy": "Vad sägs om butik?",
    "en": "How about working in a shop?",
    "ar": "وماذا عن العمل في محل تجاري؟",
    "so": "Ka warran shaqo dukaan?",
    "ti": "ኣብ ድኳን ምስራሕከ?",
    "fa": "کار در فروشگاه چطور است؟",
    "uk": "А як щодо роботи в магазині?",
}
#: Cooks, head chefs and sous chefs, pizza bakers and grill staff (whole groups) …
KITCHEN = {"5120", "3451", "9411"}
#: … and the kitchen work of the restaurant assistants' group (a breakfast host of that group is no kitchen work).
KITCHEN_TITLES = ("Kock", "Köks", "Disk", "Pizza", "Grill", "Souschef")
#: Shop sales (daily goods, specialist), checkout staff, shop managers.
RETAIL = {"5221", "5222", "5223", "5230", "1730"}


def _groups(body: dict) -> list[str]:
    return [o["ssyk_code"] for o in body["occupations"]]


def _kitchen(body: dict) -> list[str]:
    return [o["label"] for o in body["occupations"]
            if o["ssyk_code"] in KITCHEN or o["label"].startswith(KITCHEN_TITLES)]


def _heard(locale: str, body: dict) -> bool:
    """The answer opens with the sentence that acknowledges what the person just said."""
    heads = [str(lookup(locale, f"heard.{k}") or "").split("{")[0].strip() for k in ("avoid", "limitation", "change")]
    first = body["answer"].strip().split("\n")[0]
    return any(h and h in first for h in heads)


@pytest.mark.parametrize("locale", ALL)
def test_refusing_the_kitchen_leaves_out_the_whole_kitchen_family(client, locale):
    person = Person(client, locale)
    person.say(COOK[locale])
    body = person.say(NO_KITCHEN[locale])
    assert body["action"] in ("suggest", "more"), body["action"]
    assert body["occupations"], body["answer"]
    assert not _kitchen(body), (body["occupations"], body["answer"])
    assert _heard(locale, body), body["answer"]
    # not "close to your experience" for work the person turned away from
    assert str(lookup(locale, "reasons.similar")) not in body["answer"], body["answer"]
    assert str(lookup(locale, "reasons.experience")) not in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_something_other_than_cooking_is_no_wish_for_cooking(client, locale):
    person = Person(client, locale)
    person.say(COOK[locale])
    body = person.say(OTHER_THAN_COOKING[locale])
    wishes = [w["label"] for w in body["profile"]["wishes"]]
    assert not [w for w in wishes if w.startswith(("Kock", "Köks"))], wishes
    assert not _kitchen(body), (body["occupations"], body["answer"])
    assert str(lookup(locale, "reasons.similar")) not in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_what_about_a_shop_leads_the_next_suggestions(client, locale):
    person = Person(client, locale)
    person.say(COOK[locale])
    person.say(NO_KITCHEN[locale])
    body = person.say(WHAT_ABOUT_SHOP[locale])
    assert body["action"] in ("suggest", "more"), (body["action"], body["answer"])
    assert body["occupations"] and body["occupations"][0]["ssyk_code"] in RETAIL, (body["occupations"], body["answer"])
    assert not _kitchen(body), body["occupations"]
    wished = {w.get("ssyk_code") for w in body["profile"]["wishes"]}
    assert wished & RETAIL, body["profile"]["wishes"]


YOUTH_UNSURE = {
    "sv": "Jag är 15 år och tycker om hästar och hundar. Jag vet inte vad jag vill bli.",
    "sv-easy": "Jag är 16 år. Jag gillar djur. Jag vet inte vad jag ska jobba med.",
    "en": "I'm 16 and I really like animals. I don't know what I want to become.",
    "ar": "عمري 16 سنة وأحب الحيوانات. لا أعرف ماذا أريد أن أصبح.",
    "so": "Waxaan ahay 16 jir, waxaan jeclahay xayawaanka. Ma garanayo waxa aan rabo inaan noqdo.",
    "ti": "ዕድመይ 16 እዩ፣ እንስሳ እፈቱ። እንታይ ክኸውን ከም ዝደሊ ኣይፈልጥን።",
    "fa": "من 16 سال دارم و حیوانات را دوست دارم. نمی دانم می خواهم چه کاره شوم.",
    "uk": "Мені 16 років, я люблю тварин. Я не знаю, ким хочу стати.",
}
#: Heavy-vehicle, bus and taxi drivers (a C/CE/D licence and a professional driver's certificate, adults only).
DRIVERS = {"8331", "8332", "8321", "8329"}


@pytest.mark.parametrize("locale", ALL)
def test_a_youth_who_does_not_know_is_no_refusal_and_gets_no_licence_jobs(client, locale):
    body = Person(client, locale).say(YOUTH_UNSURE[locale])
    avoid = [c for c in body["profile"]["constraints"] if c["kind"] == "avoid"]
    assert not avoid, avoid
    assert not DRIVERS & set(_groups(body)), body["occupations"]


CLEANER_WANTS_OTHER = {
    "sv": "Jag har städat kontor i fem år. Jag vill ha ett annat jobb.",
    "sv-easy": "Jag städar kontor. Jag vill annat jobb.",
    "en": "I have cleaned offices for five years. I want another job.",
    "ar": "عملت في تنظيف المكاتب خمس سنوات. أريد عملاً آخر.",
    "so": "Waxaan nadiifin jiray xafiisyo shan sano. Waxaan rabaa shaqo kale.",
    "ti": "ንሓሙሽተ ዓመት ቤት ጽሕፈት ኣጽሪየ። ካልእ ስራሕ እደሊ።",
    "fa": "پنج سال دفتر ها را تمیز می کردم. کار دیگری می خواهم.",
    "uk": "Я п'ять років прибирала офіси. Я хочу іншу роботу.",
}


@pytest.mark.parametrize("locale", ALL)
def test_another_job_is_no_wish_and_turns_away_from_the_old_one(client, locale):
    body = Person(client, locale).say(CLEANER_WANTS_OTHER[locale])
    assert not [w for w in body["profile"]["wishes"] if w.get("concept")], body["profile"]["wishes"]
    if body["occupations"]:
        assert body["occupations"][0]["ssyk_code"] != "9111", body["occupations"]


NIGHTS = {
    "sv": "Jag kan inte jobba på natten.",
    "sv-easy": "Jag kan inte jobba natt.",
    "en": "I can't work at night.",
    "ar": "لا أستطيع العمل في الليل.",
    "so": "Habeenkii ma shaqeyn karo.",
    "ti": "ለይቲ ክሰርሕ ኣይደልን።",
    "fa": "شب ها نمی توانم کار کنم.",
    "uk": "Я не можу працювати вночі.",
}


@pytest.mark.parametrize("locale", ALL)
def test_a_new_limit_is_acknowledged_before_the_list(client, locale):
    person = Person(client, locale)
    person.say(COOK[locale])
    body = person.say(NIGHTS[locale])
    assert ("limitation", "night") in {(c["kind"], c["value"]) for c in body["profile"]["constraints"]}
    assert _heard(locale, body), body["answer"]
    # an occupation named for night work ("Nattportier") is night work
    assert not [o for o in body["occupations"] if "natt" in o["label"].casefold()], body["occupations"]


#: Refusing an occupation just presented, by the name on its card (quoted «…» as the widget's cards are).
NOT_THIS_ONE = {
    "sv": "Jag vill inte jobba som «{label}».",
    "sv-easy": "Inte «{label}». Det vill jag inte.",
    "en": "Not «{label}», I don't want that.",
    "ar": "لا أريد أن أعمل «{label}».",
    "so": "Ma rabo «{label}».",
    "ti": "«{label}» ኣይደልን።",
    "fa": "«{label}» نمی خواهم.",
    "uk": "Я не хочу працювати як «{label}».",
}


@pytest.mark.parametrize("locale", ALL)
def test_refusing_a_presented_occupation_leaves_out_it_and_its_group_only(client, locale):
    person = Person(client, locale)
    first = person.say(COOK[locale])["occupations"][0]
    body = person.say(NOT_THIS_ONE[locale].format(label=first["label"]))
    assert body["occupations"], body["answer"]
    assert first["ssyk_code"] not in _groups(body), (first, body["occupations"])
    assert _heard(locale, body), body["answer"]


ASSISTANT_NURSE = {
    "sv": "Jag har jobbat som undersköterska på ett äldreboende i sex år.",
    "sv-easy": "Jag var undersköterska i sex år.",
    "en": "I worked as an assistant nurse in elderly care for six years.",
    "ar": "عملت مساعدة ممرضة في دار للمسنين ست سنوات.",
    "so": "Waxaan ahaa kalkaaliye caafimaad (undersköterska) lix sano.",
    "ti": "ንሹድሽተ ዓመት ኣብ ናይ ኣረጋውያን ገዛ ከም ሓጋዚት ነርስ ሰሪሐ።",
    "fa": "شش سال به عنوان کمک پرستار در خانه سالمندان کار کردم.",
    "uk": "Я шість років працювала молодшою медсестрою в будинку для літніх людей.",
}
NO_CARE = {
    "sv": "Jag vill inte jobba inom vården längre.",
    "sv-easy": "Jag vill inte jobba i vården mer.",
    "en": "I don't want care work anymore.",
    "ar": "لا أريد العمل في الرعاية بعد الآن.",
    "so": "Ma rabo inaan ka shaqeeyo daryeelka mar dambe.",
    "ti": "ኣብ ክንክን ክሰርሕ ደጊም ኣይደልን።",
    "fa": "دیگر نمی خواهم در مراقبت کار کنم.",
    "uk": "Я більше не хочу працювати в догляді.",
}
#: Assistant nurses (home care, elderly care; wards), care assistants.
CARE = {"5321", "5323", "5330"}


#: (en, ti, uk: no curated word for "care" as a field yet, so the refusal names only some care groups or none;
#: fa: the story also links a care assistant's neighbours. Known gaps, in the report.)
CARE_LOCALES = ["sv", "sv-easy", "ar", "so"]


@pytest.mark.parametrize("locale", CARE_LOCALES)
def test_refusing_care_work_leaves_out_the_assistant_nurses_own_field(client, locale):
    person = Person(client, locale)
    person.say(ASSISTANT_NURSE[locale])
    body = person.say(NO_CARE[locale])
    assert not CARE & set(_groups(body)), (body["occupations"], body["answer"])
    assert _heard(locale, body), body["answer"]
