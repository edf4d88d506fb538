"""WCAG checks with axe-core (from the npm registry, injected into the page) on the questionnaire
and the plan, and the whole questionnaire completed with the keyboard alone."""
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
WAIT = 20000


@pytest.fixture(scope="module")
def axe_source():
    if not AXE.exists():
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"{AXE} is missing; .ci/run installs it with npm")
        pytest.skip("axe-core not installed: npm install --no-save --prefix .cache/axe axe-core@4")
    return AXE.read_text(encoding="utf-8")


def _serious_violations(page, axe_source):
    page.add_script_tag(content=axe_source)
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    return [v for v in result if v["impact"] in ("serious", "critical")]


def _tab_to(page, js_test: str, limit: int = 80) -> None:
    """Press Tab (only) until the focused element passes ``js_test`` (a JS expression on `el`)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return !!el && ({js_test}); }})()"):
            return
    raise AssertionError(f"Tab never reached an element where {js_test}")


def _to_plan_with_keyboard(page):
    """Only Tab, arrow keys, Space and Enter: no mouse, no programmatic focus."""
    page.get_by_text("Are you in danger right now?").wait_for(timeout=WAIT)
    page.wait_for_timeout(500)
    _tab_to(page, "el.type === 'radio'")
    page.keyboard.press("ArrowDown")          # the second answer: "No, I am safe right now"
    page.wait_for_timeout(300)
    assert page.get_by_role("radio", name="No, I am safe right now").is_checked()
    for _ in range(10):
        if page.get_by_role("heading", name="Your action plan").count():
            break
        _tab_to(page, "el.tagName === 'BUTTON' && el.innerText.trim() === 'Continue'")
        page.keyboard.press("Enter")
        page.wait_for_timeout(500)
    page.get_by_role("heading", name="Your action plan").wait_for(timeout=WAIT)


def test_questionnaire_and_plan_have_no_serious_wcag_violations(page, server, axe_source):
    page.goto(server["url"])
    page.get_by_text("Are you in danger right now?").wait_for(timeout=WAIT)
    page.wait_for_timeout(1000)
    assert _serious_violations(page, axe_source) == []
    _to_plan_with_keyboard(page)
    page.wait_for_timeout(1500)
    assert _serious_violations(page, axe_source) == []


def test_keyboard_alone_reaches_the_plan(page, server):
    page.goto(server["url"])
    _to_plan_with_keyboard(page)
    assert "Right now" in page.inner_text("body")


@pytest.mark.parametrize("path, text", [
    ("/laws?j=EU", "Transposition by member states"),  # the member-state table
    ("/laws?j=SM", "No emergency telephone number for San Marino"),  # the note instead of a number
    ("/compare", "Compare jurisdictions"),
])
def test_law_pages_have_no_serious_wcag_violations(page, server, axe_source, path, text):
    page.goto(server["url"] + path)
    page.get_by_text(text).first.wait_for(timeout=WAIT)
    page.wait_for_timeout(1000)
    assert _serious_violations(page, axe_source) == []
