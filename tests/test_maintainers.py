"""Maintainers' tools: new, review, diff, the correction patch, and their pages."""
import re
import shutil
import subprocess

import pytest
from streamlit.testing.v1 import AppTest

from law_db import load_database
from law_db.cli import main
from law_db.datadiff import diff_databases, load_at_revision
from law_db.patch import Correction, PatchError, correction_patch
from law_db.review import review_queue
from law_db.scaffold import ScaffoldError, create, official_languages, render
from support import FIXTURES, ROOT
import datetime as dt


@pytest.fixture
def data(tmp_path):
    target = tmp_path / "repo" / "law_db" / "data"
    shutil.copytree(FIXTURES / "good", target)
    return target


def test_new_prefills_from_pycountry_and_babel():
    text = render("PT")
    assert "id: PT" in text and 'name: "Portugal"' in text and "parent: EU" in text
    assert 'official_languages: ["pt"]' in text
    assert text.startswith("# yaml-language-server: $schema=../../schema/jurisdiction.schema.json")
    assert "parent: US" in render("US-OH") and 'native_name: "Ohio"' in render("US-OH")
    assert official_languages("BE") == ["nl", "fr", "de"]


def test_new_refuses_to_overwrite_and_unknown_codes(data, capsys):
    with pytest.raises(ScaffoldError, match="already exists"):
        create("AQ", data)
    assert main(["--data", str(data), "new", "AQ"]) == 1
    assert "already exists" in capsys.readouterr().err
    with pytest.raises(ScaffoldError, match="not an ISO 3166"):
        create("XQ", data)


def test_new_file_fails_validation_until_filled_then_passes(data):
    path = create("NU", data)
    db = load_database(data)
    messages = {p.message for p in db.problems}
    assert "placeholder not filled in: put the real value here, or remove the entry" in messages
    assert "NU" not in db.jurisdictions
    text = path.read_text()
    text = text.replace('native_name: "TODO: name in the main official language"', 'native_name: "Niue"')
    text = re.sub(r'"TODO[^"]*"', '"Filled in (invented)"', text)
    text = text.replace('number: "Filled in (invented)"', 'number: "999"')
    text = re.sub(r"https://TODO\.invalid/\S+", "https://example.org/filled", text)
    text = re.sub(r"last_verified:\s+# TODO[^\n]*", "last_verified: 2026-11-01", text)
    text = text.replace("id: todo-provision-id", "id: invented-1")
    if "official_languages: []" in text:
        text = text.replace("official_languages: []", "official_languages: [en]")
    path.write_text(text)
    db = load_database(data)
    assert [str(p) for p in db.problems] == []
    assert "NU" in db.jurisdictions


def test_review_orders_by_region_then_work_and_names_sources():
    db = load_database(FIXTURES / "good")
    queue = review_queue(db, dt.date(2026, 11, 25))
    assert queue[0].region == "Europe"          # BV and EU: the region with most open work
    reasons = {(i.jurisdiction, i.reason) for i in queue}
    assert ("BV", "no_agency") in reasons and ("BV", "no_support") in reasons
    assert ("AQ", "secondary") in reasons and ("AQ", "not_official") in reasons
    stale = review_queue(db, dt.date(2027, 6, 1))
    assert any(i.reason == "stale" and i.ref == "AQ/act-1" and i.sources == ("https://example.org/aq/act",)
               for i in stale)


def test_review_cli(capsys):
    assert main(["--data", str(FIXTURES / "good"), "review"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("== Europe") and out.rstrip().endswith("item(s) to review.")


def _git(repo, *args):
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.invalid", "PATH": "/usr/bin:/bin"})


def test_diff_on_a_scratch_repository(data, capsys):
    repo = data.parent.parent
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "start")
    aq = data / "jurisdictions" / "AQ.yaml"
    aq.write_text(aq.read_text().replace("Up to 2 years (invented).", "Up to 3 years (invented)."))
    (data / "jurisdictions" / "BV.yaml").unlink()
    lines = diff_databases(load_at_revision("HEAD", data), load_database(data))
    assert "~ AQ" in lines and "  ~ provision AQ/act-1: penalties" in lines
    assert "- BV: jurisdiction removed" in lines
    assert main(["--data", str(data), "diff", "HEAD"]) == 0
    assert "provision AQ/act-1: penalties" in capsys.readouterr().out
    assert main(["--data", str(data), "diff", "no-such-rev"]) == 2


def test_correction_patch_applies_and_validates(data):
    repo = data.parent.parent
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "start")
    c = Correction("AQ", "act-1", "penalties", "Up to 3 years (invented).", "https://example.org/aq/new", "Invented portal 2")
    patch = correction_patch(c, data, repo)
    assert patch.startswith("--- a/law_db/data/jurisdictions/AQ.yaml\n+++ b/law_db/data/jurisdictions/AQ.yaml")
    (repo / "fix.patch").write_text(patch)
    _git(repo, "apply", "fix.patch")
    db = load_database(data)
    assert db.problems == ()
    act = db.provision("AQ/act-1")
    assert act.penalties == "Up to 3 years (invented)."
    assert act.sources[-1].url == "https://example.org/aq/new"
    # a localized field, and a field not present yet
    _git(repo, "checkout", "--", ".")
    c = Correction("AQ", "act-1", "summary", "Delito corregido.", "https://example.org/aq/new", "Invented", "es")
    (repo / "fix.patch").write_text(correction_patch(c, data, repo))
    _git(repo, "apply", "fix.patch")
    assert load_database(data).provision("AQ/act-1").summary["es"] == "Delito corregido."
    _git(repo, "checkout", "--", ".")
    c = Correction("AQ", "act-2", "limitation_period", "3 years (invented)", "https://example.org/x", "Invented")
    (repo / "fix.patch").write_text(correction_patch(c, data, repo))
    _git(repo, "apply", "fix.patch")
    assert load_database(data).provision("AQ/act-2").limitation_period == "3 years (invented)"


@pytest.mark.parametrize("field,value,url,error", [
    ("status", "in_force\n    evil: yes", "https://example.org/a", "status must be one of"),
    ("enacted", "1999; rm", "https://example.org/a", "four digits"),
    ("id", "x", "https://example.org/a", "cannot be corrected"),
])
def test_correction_refuses_bad_input(data, field, value, url, error):
    with pytest.raises(PatchError, match=error):
        correction_patch(Correction("AQ", "act-1", field, value, url, "Title"), data)


def test_correction_refuses_http_source(data):
    with pytest.raises(ValueError):
        correction_patch(Correction("AQ", "act-1", "penalties", "x", "http://example.org", "Title"), data)


def _page(path, **params):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    return at.switch_page(path).run()


def test_maintainers_page():
    at = _page("ui/screens/maintain.py")
    assert not at.exception
    assert at.title[0].value == "Coverage and review"
    assert any(s.value == "The data has no problems." for s in at.success)
    regions = list(at.table[0].value["Region"])
    assert "Europe" in regions and "Latin America and the Caribbean" in regions
    scopes = at.table[1].value
    assert list(scopes["In the database"]) == ["53 / 53", "14 / 14", "33 / 33", "50 / 50"]
    assert set(scopes["Missing"]) == {"—"}
    assert len(at.expander) > 5


def test_correction_page_makes_a_patch_and_keeps_nothing():
    at = _page("ui/screens/correct.py", j="ES", p="cp-197-7")
    assert at.selectbox(key="correct_p").value == "cp-197-7"
    at.selectbox(key="correct_field").set_value("penalties")
    at.text_area(key="correct_value").input("Invented corrected penalty.")
    at.text_input(key="correct_url").input("https://www.boe.es/buscar/act.php?id=BOE-A-1995-25444")
    at.text_input(key="correct_title").input("BOE – Código Penal")
    at.button(key="FormSubmitter:correction-Make the note and patch").click().run()
    assert not at.exception
    codes = [c.value for c in at.get("code")]
    assert any(c.startswith("--- a/law_db/data/jurisdictions/ES.yaml") and '+    penalties: "Invented corrected penalty."' in c
               for c in codes)
    assert (ROOT / "law_db/data/jurisdictions/ES.yaml").read_text().count("Invented corrected penalty") == 0
