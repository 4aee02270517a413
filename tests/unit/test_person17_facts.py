"""Facts a person states about themselves, read in all 8 languages (person17, rater16): hating one's work is a
refusal (``no_longer.yaml``), an adult's age told in passing is read (``adult_age.py``), and a Swedish licence or
degree held is told apart from a question about getting one (``held_swedish.py``), and "I can't read much Swedish
yet" is the person's level, never a refusal (``little_swedish.py``)."""
from __future__ import annotations

import pytest

from assistant.held_swedish import holds_swedish
from assistant.interpretation.adult_age import told_age
from assistant.interpretation.little_swedish import LEVEL, read_little_swedish, says_little_swedish
from assistant.interpretation.no_longer import marker
from assistant.interpretation.refused_thing import names_something

HATE = {
    "sv": "hatar det typ",
    "sv-easy": "Jag hatar det jobbet.",
    "en": "honestly i cant stand it",
    "ar": "والله اكره هالشغل",
    "so": "shaqadaas waan necbahay",
    "ti": "ግን እጸልኦ እየ",
    "fa": "از کارم بدم میایه",
    "uk": "і ненавиджу цю роботу",
}
AGES = {
    "sv": "tja. e 24 o jobbar på ett lager",
    "sv-easy": "Jag är 24 år.",
    "en": "im 24, work in a warehouse",
    "ar": "عمري ٢٤ سنة",
    "so": "waxaan ahay nin 24 jir ah",
    "ti": "24 ዓመተይ እዩ",
    "fa": "من ۲۴ ساله هستم",
    "uk": "Олена, 24 роки, бухгалтерка",
}
NOT_AGES = ["jag är 30 minuter bort", "lönen e 25 000 i månaden", "i am 30 years in this job", "20 ساله که کار میکنم",
            "працювала бухгалтером 20 років, потім", "waxaan ahay darawal 10 sano"]
HOLDS = {
    "sv": "ja har svenskt b-körkort sen 2 år",
    "sv-easy": "Jag har svenskt körkort.",
    "en": "i have a swedish B licence",
    "ar": "عندي رخصة سويدية نوع B",
    "so": "waxaan haystaa liisanka B ee iswiidhan",
    "ti": "ናይ ሽወደን መንጃ ፍቓድ B ኣለኒ",
    "fa": "گواهینامه سویدنی B دارم",
    "uk": "у мене шведські права категорії B",
}
ASKS = ["do i have to get a swedish licence?", "jag vill ta svenskt körkort", "i have a licence from iraq",
        "كيف احصل على رخصة سويدية؟", "liisanka iswiidhan sidee baan ku helaa?"]


@pytest.mark.parametrize("locale", list(HATE))
def test_hating_the_work_is_a_refusal_that_names_nothing_of_its_own(locale):
    text = HATE[locale]
    assert marker(text) is not None, text
    assert not names_something(text), text  # the work told beside it is what it refuses (leave_own.py)


@pytest.mark.parametrize("locale", list(AGES))
def test_an_adult_age_told_in_passing_is_read(locale):
    found = told_age(AGES[locale])
    assert found is not None and found[0] == 24, (locale, found)


@pytest.mark.parametrize("text", NOT_AGES)
def test_hours_money_and_years_of_work_are_no_age(text):
    assert told_age(text) is None, text


@pytest.mark.parametrize("locale", list(HOLDS))
def test_a_swedish_licence_held_is_read_for_the_drivers_routes_only(locale):
    assert holds_swedish(HOLDS[locale], "8331"), HOLDS[locale]
    assert not holds_swedish(HOLDS[locale], "2221"), HOLDS[locale]  # a B licence says nothing of a nursing degree


@pytest.mark.parametrize("text", ASKS)
def test_asking_for_a_swedish_licence_holds_none(text):
    assert not holds_swedish(text), text


LITTLE_SWEDISH = {
    "sv": "jag kan inte läsa svenska så bra än",
    "sv-easy": "Jag kan lite svenska.",
    "en": "i cant read swedish well yet",
    "ar": "ما اعرف اقرا سويدي منيح",
    "so": "af-iswiidhiga ma aqrin karo weli",
    "ti": "ሽወደንኛ ከንብብ ኣይክእልን",
    "fa": "سویدنی را زیاد خوانده نمیتوانم هنوز",
    "uk": "шведською ще погано читаю",
}
NOT_LITTLE = ["min svenska är bra", "jag pratar svenska och arabiska", "kan jag jobba utan svenska?",
              "i speak swedish fluently"]


@pytest.mark.parametrize("locale", list(LITTLE_SWEDISH))
def test_little_swedish_is_read_as_the_persons_level_and_refuses_nothing(locale):
    from vagledning.domain.profile import Constraint, Profile, Span

    text = LITTLE_SWEDISH[locale]
    misread = Constraint(kind="avoid", value="x", label="x", span=Span.of(text, 0, len(text), 0), confidence=0.8)
    profile = Profile(constraints=[misread])
    read_little_swedish(profile, text, 0)
    assert [(lang.code, lang.level) for lang in profile.languages] == [("sv", LEVEL)], (locale, profile.languages)
    assert not profile.constraints, (locale, profile.constraints)


@pytest.mark.parametrize("text", NOT_LITTLE)
def test_swedish_named_otherwise_is_no_little_swedish(text):
    assert says_little_swedish(text) is None, text


@pytest.mark.parametrize(("region", "clinic"), [("Dalarnas län", "amm_uppsala"), ("Stockholms län", "amm_bedomning"),
                                                (None, "amm_bedomning"), ("Skåne län", None)])
def test_the_clinic_for_work_and_health_is_the_persons_regions_or_none(region, clinic):
    """Region Stockholm's clinic is not offered to a man in Dalarna: his region's (Uppsala's, for Uppsala,
    Gävleborg and Dalarna), Stockholm's for Stockholm or an unknown region, none where none is curated."""
    from assistant.contract import ChatMessage, ChatRequest
    from assistant.fit_question import ASSESS_ROUTES
    from assistant.route_conditions import applies
    from assistant.state import TurnState
    from vagledning.domain.profile import Constraint, Profile, Span

    lives = [Constraint(kind="region", value=region, label=region, span=Span.of(region, 0, len(region), 0),
                        confidence=0.9)] if region else []
    state = TurnState(request=ChatRequest(messages=[ChatMessage(role="user", content="x")], language="sv"),
                      language="sv", text="x", profile=Profile(constraints=lives))
    assert next((key for key in ASSESS_ROUTES if applies(state, key)), None) == clinic, region
