"""What a person sees in a real browser: the page, the quick exit, and no request elsewhere."""
from urllib.parse import urlsplit

from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"

EXIT_HOST = "www.bbc.com"


def _own_host_only(requests, base):
    own = urlsplit(base).netloc
    return [u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")
            and urlsplit(u).netloc != own]


def test_first_page_loads_with_quick_exit_first_in_tab_order(page, server):
    page.goto(server["url"])
    page.get_by_text("Laws on image-based sexual abuse, by jurisdiction").wait_for(timeout=20000)
    button = page.get_by_role("button", name="Exit this page")
    button.wait_for(timeout=10000)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement && document.activeElement.id") == "quick-exit"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "laws-list.png"), full_page=True)
    assert _own_host_only(page.requests_seen, server["url"]) == []
    assert page.locator("input[type=file]").count() == 0


def _block_exit_site(page):
    page.context.route(f"https://{EXIT_HOST}/**", lambda route: route.fulfill(status=200, body="neutral page"))


def test_quick_exit_by_click_leaves_and_back_does_not_return(page, server):
    _block_exit_site(page)
    page.goto("about:blank")
    page.goto(server["url"])
    page.get_by_role("button", name="Exit this page").click()
    page.wait_for_url(f"https://{EXIT_HOST}/**", timeout=10000)
    page.go_back()
    assert not page.url.startswith(server["url"])


def test_quick_exit_by_pressing_shift_three_times(page, server):
    _block_exit_site(page)
    page.goto(server["url"])
    page.get_by_role("button", name="Exit this page").wait_for(timeout=20000)
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"https://{EXIT_HOST}/**", timeout=10000)
