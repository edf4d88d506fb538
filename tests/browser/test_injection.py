"""Hostile text in every free-text field of the data and in a guide is shown as text: no script
runs, no frame or image loads, no link leads to javascript: or data:, no request leaves."""
import itertools
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from steps import continue_to_plan, start_safe_in
from support import Server

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
WAIT = 20000
PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src="https://evil.example/x.png" onerror="window.__xss=1">',
    "[click](javascript:window.__xss=1)",
    '<a href="javascript:window.__xss=1">click</a>',
    "![x](https://evil.example/pixel.png)",
    '<iframe src="https://evil.example/"></iframe>',
    "[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)",
    '<svg onload="window.__xss=1"></svg>',
    "$\\\\href{javascript:window.__xss=1}{x}$ {{7*7}} ${7*7}",
]
FREE_TEXT = {"title", "title_en", "citation", "summary", "penalties", "relief", "limitation_period", "notes", "name",
             "native_name", "can_do", "hours", "how_it_works", "limits", "note", "service", "label", "operator", "en",
             "es", "measures", "text"}


def _poison(value, key=None, counter=None):
    """Every free-text string replaced by an invented label and the next payload, in turn."""
    counter = counter if counter is not None else itertools.count(1)
    if isinstance(value, dict):
        return {k: _poison(v, k, counter) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, key, counter) for v in value]
    if isinstance(value, str) and key in FREE_TEXT:
        n = next(counter)
        return f"Invented {n} " + PAYLOADS[n % len(PAYLOADS)]
    return value


@pytest.fixture(scope="module")
def poisoned_server(chromium_path, tmp_path_factory):
    base = tmp_path_factory.mktemp("poison")
    data = base / "data"
    shutil.copytree(FIXTURES / "good", data)
    for path in data.rglob("*.yaml"):
        doc = yaml.safe_load(path.read_text())
        path.write_text(yaml.safe_dump(_poison(doc), allow_unicode=True, sort_keys=False))
    guides = base / "guides"
    shutil.copytree(ROOT / "guides", guides)
    for path in guides.rglob("*.md"):
        path.write_text(path.read_text() + "\n\n" + "\n\n".join(PAYLOADS) + "\n")
    srv = Server(base / "server.log", {"LAW_DB_DATA": str(data), "APP_GUIDES_DIR": str(guides)})
    yield srv
    srv.stop()


def _assert_inert(page, base):
    assert page.evaluate("window.__xss") is None
    found = page.evaluate("[...document.querySelectorAll('iframe[src*=\"evil\"], img[src*=\"evil\"], svg[onload]')].map(e => e.parentElement.parentElement.outerHTML.slice(0, 600))")
    assert found == []
    assert page.evaluate("document.querySelectorAll('iframe[src*=\"evil\"], img[src*=\"evil\"], svg[onload]').length") == 0
    hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
    assert [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:", "vbscript:"))] == []
    own = urlsplit(base).netloc
    assert sorted({u for u in page.requests_seen if urlsplit(u).netloc not in (own, "")}) == []


def test_law_pages_show_payloads_as_text(page, poisoned_server):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in ("/laws?j=AQ&p=act-1", "/laws?j=BV", "/laws?j=EU", "/compare", "/maintain"):
        page.goto(poisoned_server.url + path)
        page.get_by_role("button", name="Exit this page").wait_for(timeout=WAIT)
        page.wait_for_timeout(1500)
        _assert_inert(page, poisoned_server.url)
    page.goto(poisoned_server.url + "/laws?j=AQ&p=act-1")
    page.get_by_text("<script>window.__xss=1</script>").first.wait_for(timeout=WAIT)   # shown, as text
    assert dialogs == []


def test_plan_and_guides_show_payloads_as_text(page, poisoned_server):
    page.goto(poisoned_server.url + "/guides")
    page.get_by_role("button", name="Exit this page").wait_for(timeout=WAIT)
    page.wait_for_timeout(1500)
    _assert_inert(page, poisoned_server.url)
    start_safe_in(page, poisoned_server.url, "Antarctica")
    continue_to_plan(page)
    page.wait_for_timeout(1500)
    _assert_inert(page, poisoned_server.url)
