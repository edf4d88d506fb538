"""The law browser in a real browser: a permalink opens on its provision."""
from pathlib import Path
from urllib.parse import urlsplit

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
WAIT = 20000


def test_permalink_opens_on_the_provision(page, server):
    page.goto(server["url"] + "/laws?j=ES&p=cp-197-7")
    page.get_by_text("Punishes anyone who, without the authorisation").wait_for(timeout=WAIT)
    page.get_by_text("/laws?j=ES&p=cp-197-7").wait_for(timeout=WAIT)
    page.get_by_text("Ley Orgánica 10/1995, del Código Penal, art. 197.7 (Spain)").wait_for(timeout=WAIT)
    body = page.inner_text("body")
    assert "laws?j=ES&p=cp-197-7" in body          # the shareable link is shown
    assert "Ley Orgánica 10/1995, del Código Penal, art. 197.7 (Spain)" in body
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "permalink.png"))
    own = urlsplit(server["url"]).netloc
    assert [u for u in page.requests_seen if urlsplit(u).netloc not in (own, "")] == []


def test_matrix_cell_leads_to_its_provisions(page, server):
    page.goto(server["url"] + "/compare")
    page.get_by_role("heading", name="Compare jurisdictions").wait_for(timeout=WAIT)
    page.screenshot(path=str(ARTIFACTS / "compare.png"))
    link = page.locator("a[href$='laws?j=GB-ENG&c=synthetic']").first
    href = link.get_attribute("href")
    page.goto(server["url"] + "/" + href.split("/")[-1])   # Markdown links open a new tab; follow it here
    page.get_by_text("Showing only provisions that cover fake or AI-made sexual images.").wait_for(timeout=WAIT)


def test_quick_exit_is_on_every_page(page, server):
    for path in ("/help", "/guides", "/safety", "/laws", "/compare", "/search", "/laws?j=ES"):
        page.goto(server["url"] + path)
        page.get_by_role("button", name="Exit this page").wait_for(timeout=WAIT)
