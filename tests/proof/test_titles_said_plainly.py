"""'I am a pharmacist' with no verb, through the service as the widget sends it (issue 9): the title
reaches the profile as experience in every script ('Я фармацевт з України', 'أنا صيدلاني' was
redacted to 'أنا [namn]', 'ኣነ ፋርማሲስት እየ', 'من داروساز هستم')."""
import pytest

from tests.api_support import WidgetClient

PHARMACY = {"2281", "3213", "5227"}


@pytest.mark.parametrize("lang,text", [
    ("uk", "Я фармацевт з України."),
    ("ar", "أنا صيدلاني."),
    ("so", "Waxaan ahay farmashiiste."),
    ("ti", "ኣነ ፋርማሲስት እየ።"),
    ("fa", "من داروساز هستم."),
    ("en", "I'm a pharmacist from Syria."),
])
def test_a_plain_title_is_experience(client, lang, text):
    body = WidgetClient(client, lang).say(text)
    codes = {e.get("ssyk_code") for e in (body["profile"] or {}).get("experiences", [])}
    assert codes & PHARMACY, (codes, body["answer"][:200])
