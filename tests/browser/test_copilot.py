"""The counsellor copilot in headless Chromium."""
from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

ACCOUNT = ("Jag heter Amal och jobbade som kock i sex år i Aleppo. I Sverige har jag praktiserat på en förskola "
           "med barn. Jag har truckkort och kan svetsa. Jag pratar arabiska och lite svenska. Jag har gått gymnasiet. "
           "Jag vill jobba med barn i Skåne.")


def analyse(page, api: str) -> None:
    page.goto(api + "/copilot")
    page.locator("#region option").nth(1).wait_for(state="attached")
    page.locator("#account").fill(ACCOUNT)
    page.locator("#region").select_option(index=1)
    page.get_by_role("button", name="Analysera").click()
    page.locator("#occupations > li").first.wait_for(timeout=60_000)


def test_copilot_summary_edit_and_export(page, browser_env, artifacts):
    requests: list[tuple[str, dict]] = []
    page.on("request", lambda r: requests.append((r.url, json.loads(r.post_data)))
            if r.method == "POST" else None)
    analyse(page, browser_env.api)
    assert [u.rsplit("/", 1)[-1] for u, _ in requests] == ["interpret", "match"]
    assert requests[1][1]["region"]                               # the chosen region is sent

    # Profile: evidence spans highlighted in the pasted text, each mark's text found in the account.
    marks = page.locator("#evidence mark")
    assert marks.count() >= 1
    for i in range(marks.count()):
        assert marks.nth(i).inner_text() in ACCOUNT
    assert page.locator("#evidence").inner_text().strip() == ACCOUNT.strip()

    occupations = page.locator("#occupations > li")
    first = occupations.first
    assert "Matchning" in first.locator(".score").inner_text()
    links = page.locator("#occupations a[href^='https://']")
    assert links.count() >= 1
    questions = page.locator("#questions li")
    page.screenshot(path=str(artifacts / "copilot-summary.png"), full_page=True)

    # Remove a wrong skill and re-run the match with the edited profile.
    skills = page.locator("li.skill")
    n_before = skills.count()
    assert n_before >= 1
    removed_id = skills.first.get_attribute("data-skill-id")
    skills.first.locator("button.remove").click()
    assert page.locator("li.skill").count() == n_before - 1
    page.get_by_role("button", name="Matcha om med ändrad profil").click()
    page.wait_for_function("() => document.querySelector('#status').textContent.startsWith('Klar')")
    rematch = requests[-1][1]
    assert requests[-1][0].endswith("/v1/match")
    assert removed_id in rematch["profile"]["removed_skill_ids"]
    assert removed_id not in [s["id"] for s in rematch["profile"]["skills"]]

    # Export as Markdown, built in the page.
    with page.expect_download() as info:
        page.get_by_role("button", name="Exportera som Markdown").click()
    download = info.value
    assert download.suggested_filename.startswith("fallsammanfattning-") and download.suggested_filename.endswith(".md")
    path = artifacts / download.suggested_filename
    download.save_as(str(path))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Fallsammanfattning")
    assert "## Profil" in text and "## Yrken som matchar" in text
    first_label = first.locator("h4").inner_text().split(" (SSYK")[0]
    assert first_label.replace("*", "") in text.replace("\\", "")
    assert "https://" in text
    if questions.count():
        assert "## Förslag på följdfrågor" in text
    assert "Borttagna av vägledaren: 1" in text

    # Print view: the button calls window.print(); print CSS hides the form and the buttons.
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed++; }; }")
    page.get_by_role("button", name="Utskriftsvy").click()
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    assert page.locator("#case-form").is_hidden()
    assert page.locator("#export-md").is_hidden()
    assert page.locator("#summary").is_visible()
    page.screenshot(path=str(artifacts / "copilot-print.png"), full_page=True)
    page.emulate_media(media="screen")

    assert page.evaluate("document.cookie") == ""
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert page.errors == []


def test_copilot_shows_problem_detail(page, browser_env):
    page.goto(browser_env.api + "/copilot")
    page.locator("#account").fill("x" * 10)
    page.evaluate("() => { document.querySelector('#account').value = 'a'.repeat(5000); }")
    page.get_by_role("button", name="Analysera").click()
    page.wait_for_function("() => document.querySelector('#error').textContent.length > 0")
    assert "too long" in page.locator("#error").inner_text()
