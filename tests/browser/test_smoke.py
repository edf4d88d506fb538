"""What a person sees in a real browser: the questionnaire walked to a plan, the quick exit by
click and by shortcut, and no request to any other host."""
from pathlib import Path
from urllib.parse import urlsplit

from steps import continue_to_plan, start_safe_in

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
EXIT_HOST = "www.bbc.com"
WAIT = 20000


def _other_hosts(requests, base):
    own = urlsplit(base).netloc
    return sorted({u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")
                   and urlsplit(u).netloc != own})


def _continue(page):
    page.get_by_role("button", name="Continue").click()


def test_walk_to_a_plan_and_download_it(page, server):
    page.goto(server["url"])
    page.get_by_text("Are you in danger right now?").wait_for(timeout=WAIT)
    assert page.locator("input[type=file]").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "first-screen.png"), full_page=True)

    start_safe_in(page, server["url"], "Spain", "Step 1 of 6")
    _continue(page)
    page.get_by_text("My intimate images were shared or posted without my consent").click()
    page.get_by_text("Someone threatened to share them").click()
    _continue(page)
    page.get_by_text("Meta (Facebook, Instagram, Messenger, Threads)").click()
    _continue(page)
    page.get_by_text("Who did this?").wait_for(timeout=WAIT)
    page.get_by_role("button", name="I'd rather not say").click()
    page.get_by_text("18 or older").click()
    page.get_by_text("Yes, it is me").click()
    _continue(page)
    page.get_by_text("Get the images taken down").click()
    _continue(page)

    page.get_by_role("heading", name="Your action plan").wait_for(timeout=WAIT)
    page.get_by_role("heading", name="People who can support you").wait_for(timeout=WAIT)
    body = page.inner_text("body")
    (ARTIFACTS / "plan.txt").write_text(body)
    assert "197.7" in body and "European Union" in body and "StopNCII" in body
    assert "not legal advice" in body
    page.screenshot(path=str(ARTIFACTS / "plan.png"), full_page=True)

    with page.expect_download() as download:
        page.get_by_role("button", name="Download as text (Markdown)").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert text.startswith("# Your action plan") and "197.7" in text and "Evidence log" in text

    assert page.locator("input[type=file]").count() == 0
    assert _other_hosts(page.requests_seen, server["url"]) == []
    assert page.url.rstrip("/") == server["url"].rstrip("/") + "/help" or "?" not in page.url


def test_quick_exit_is_first_in_tab_order(page, server):
    page.goto(server["url"])
    page.get_by_role("button", name="Exit this page").wait_for(timeout=WAIT)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement && document.activeElement.id") == "quick-exit"


def _serve_neutral_exit_page(page):
    page.context.route(f"https://{EXIT_HOST}/**", lambda route: route.fulfill(status=200, body="neutral page"))


def test_quick_exit_by_click_leaves_and_back_does_not_return(page, server):
    _serve_neutral_exit_page(page)
    page.goto("about:blank")
    page.goto(server["url"])
    page.get_by_role("button", name="Exit this page").click()
    page.wait_for_url(f"https://{EXIT_HOST}/**", timeout=10000)
    page.go_back()
    assert not page.url.startswith(server["url"])


def test_quick_exit_by_pressing_shift_three_times(page, server):
    _serve_neutral_exit_page(page)
    page.goto("about:blank")
    page.goto(server["url"])
    page.get_by_role("button", name="Exit this page").wait_for(timeout=WAIT)
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"https://{EXIT_HOST}/**", timeout=10000)
    page.go_back()
    assert not page.url.startswith(server["url"])


def test_quick_exit_by_pressing_escape_twice(page, server):
    _serve_neutral_exit_page(page)
    page.goto(server["url"])
    page.get_by_role("button", name="Exit this page").wait_for(timeout=WAIT)
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(f"https://{EXIT_HOST}/**", timeout=10000)


def test_fill_a_document_and_download_it(page, server):
    start_safe_in(page, server["url"], "Spain", "Step 1 of 6")
    continue_to_plan(page)
    page.get_by_role("heading", name="Prepare documents to send").wait_for(timeout=WAIT)
    name = page.get_by_label("Your full name")
    name.fill("A. Example")
    name.press("Tab")
    page.wait_for_function(
        "[...document.querySelectorAll('textarea')].some(t => t.value.includes('My name is A. Example.'))",
        timeout=WAIT)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download (plain text)").click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"Subject: Request to remove intimate images shared without consent")
    assert b"My name is A. Example." in data and b"not legal advice" in data
