"""Pages through AppTest: they run without exceptions and show the database."""
from streamlit.testing.v1 import AppTest

from support import ROOT

TIMEOUT = 30


def test_home_lists_jurisdictions():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.title[0].value == "Laws on image-based sexual abuse, by jurisdiction"
    import law_db
    codes = [row for row in at.table[0].value["Code"]]
    assert codes == list(law_db.load().jurisdictions)


def test_quick_exit_is_on_the_page():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    html = [h.proto.body for h in at.get("html")]
    assert any('button.id = "quick-exit"' in body and "location.replace" in body for body in html)
