"""Nothing a person types reaches the disk (repository, home, temp) or the server's log, and the
page asks nothing of any other host."""
import os
import time
from pathlib import Path
from urllib.parse import urlsplit

from steps import continue_to_plan, start_safe_in

ROOT = Path(__file__).resolve().parents[2]
WAIT = 20000
MARKER = "Zq7Marker" + "Xv3"  # built so the source file itself never holds the whole string


def _files_changed_since(start: float, roots):
    skip_parts = {".git", ".venv", "node_modules", "__pycache__", ".pytest_cache"}
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in skip_parts and "playwright" not in d
                           and not d.startswith(".org.chromium")]
            for name in filenames:
                path = os.path.join(dirpath, name)
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                if st.st_mtime >= start and st.st_size < 5_000_000:
                    yield path


def test_typed_text_never_reaches_disk_log_or_other_hosts(page, server):
    start = time.time() - 1
    start_safe_in(page, server["url"], "Spain", "Step 1 of 6")
    continue_to_plan(page)
    page.get_by_role("heading", name="Prepare documents to send").wait_for(timeout=WAIT)
    for label in ("Your full name", "How they can contact you (email or address)"):
        field = page.get_by_label(label)
        field.fill(f"{MARKER} {label}")
        field.press("Tab")
    page.wait_for_function(
        f"[...document.querySelectorAll('textarea')].some(t => t.value.includes('{MARKER}'))", timeout=WAIT)
    page.goto(server["url"] + "/search")
    query = page.get_by_label("Words from a title, citation or summary, in any language")
    query.fill(MARKER)
    query.press("Enter")
    page.get_by_text("0 provisions found").wait_for(timeout=WAIT)
    page.wait_for_timeout(1000)

    assert MARKER not in page.url
    own = urlsplit(server["url"]).netloc
    assert sorted({u for u in page.requests_seen if urlsplit(u).netloc not in (own, "")}) == []
    assert MARKER not in Path(server["log"]).read_text(errors="replace")
    leaks = []
    for path in _files_changed_since(start, [ROOT, Path.home(), Path("/tmp")]):
        try:
            if MARKER.encode() in Path(path).read_bytes():
                leaks.append(path)
        except OSError:
            continue
    assert leaks == []
