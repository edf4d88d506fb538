"""The lawyers' pages through AppTest: browse, permalinks, matrix, search, downloads."""
import csv
import io

from streamlit.testing.v1 import AppTest

import law_db
from law_db import export
from law_db.matrix import matrix
from support import ROOT

TIMEOUT = 30


def page(path, locale="en-US", **params):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.context = {"locale": locale}
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    return at.switch_page(path).run()


def all_text(at):
    parts = [e.value for kind in ("markdown", "caption", "title", "header", "subheader", "info", "warning", "success",
                                  "code") for e in at.get(kind)]
    return "\n".join(str(p) for p in parts).replace("\\", "")


def test_list_without_a_jurisdiction_links_to_each():
    at = page("ui/screens/laws.py")
    assert not at.exception
    labels = [p.proto.label for p in at.get("page_link")]
    for code in law_db.load().jurisdictions:
        assert any(f"({code})" in label for label in labels), code


def test_permalink_opens_on_the_provision():
    at = page("ui/screens/laws.py", j="ES", p="cp-197-7")
    assert not at.exception
    opened = [e for e in at.expander if e.proto.expanded]
    assert len(opened) == 1 and "197.7" in opened[0].label
    codes = [c.value for c in at.get("code")]
    assert any(c.endswith("/laws?j=ES&p=cp-197-7") for c in codes)
    assert any(c.startswith("Ley Orgánica 10/1995, del Código Penal, art. 197.7 (Spain). Official text: https://")
               for c in codes)


def test_jurisdiction_page_shows_everything_and_its_parent():
    at = page("ui/screens/laws.py", j="US-CA")
    text = all_text(at)
    assert "Penal Code § 647(j)(4)" in "\n".join(e.label for e in at.expander).replace("\\", "")
    assert any("the law of United States" in p.proto.label for p in at.get("page_link"))
    assert "Agencies" in text and "Last checked" in text
    assert [b.label for b in at.get("download_button")] == ["Download as JSON", "Download as CSV"]


def test_unknown_jurisdiction_or_provision_gets_a_friendly_page():
    at = page("ui/screens/laws.py", j="<script>x</script>")
    assert not at.exception
    assert "There is no jurisdiction" in all_text(at)
    at = page("ui/screens/laws.py", j="ES", p="no-such-id")
    assert not at.exception
    assert "is not in this jurisdiction" in all_text(at)


def test_conduct_filter_from_the_matrix():
    at = page("ui/screens/laws.py", j="GB-ENG", c="synthetic")
    labels = " ".join(e.label for e in at.expander)
    assert "66E" in labels and "Theft Act" not in labels


def test_spanish_browser():
    at = page("ui/screens/laws.py", locale="es-ES", j="ES")
    assert at.title[0].value == "Leyes sobre abuso sexual basado en imágenes"
    assert "Castiga a quien" in all_text(at)


def test_matrix_links_cells_to_provisions_and_marks_no_law_apart_from_no_entry():
    at = page("ui/screens/compare.py")
    assert not at.exception
    table = next(m.value for m in at.markdown if m.value.startswith("| Jurisdiction"))
    assert "[●](laws?j=ES&c=share)" in table
    db = law_db.load()
    m = matrix(db)
    gap_cells = [(code, col) for code, row in m.items() for col, cell in row.items() if cell.status == "no_law"]
    assert gap_cells, "the data states some gaps"
    assert "✗" in table and "—" in table


def test_matrix_region_filter():
    at = page("ui/screens/compare.py")
    at.multiselect(key="compare_regions").select("Europe").run()
    table = next(m.value for m in at.markdown if m.value.startswith("| Jurisdiction"))
    assert "j=ES" in table and "j=US" not in table


def test_search_page():
    at = page("ui/screens/search.py")
    at.text_input(key="search_query").input("articulo 197.7").run()
    assert not at.exception
    links = [p.proto.label for p in at.get("page_link")]
    assert links[0].startswith("Spain · Ley Orgánica 10/1995, del Código Penal, art. 197.7")
    assert at.get("download_button")[0].label == "Download these results as CSV"


def test_export_function_behind_the_downloads_is_inert_for_spreadsheets():
    rows = list(csv.DictReader(io.StringIO(export.to_csv([{"id": "=1+1"}], ["id"]))))
    assert rows[0]["id"] == "'=1+1"


def test_transposition_shows_on_the_union_and_on_the_member_state(monkeypatch):
    from support import FIXTURES
    monkeypatch.setenv("LAW_DB_DATA", str(FIXTURES / "good"))
    union = all_text(page("ui/screens/laws.py", j="EU"))
    assert "Transposition by member states: Invented Directive" in union
    assert "| Bouvet Island | Partly transposed | Invented Act 1/2026 | 2026-01-15 |" in union
    member = all_text(page("ui/screens/laws.py", j="BV"))
    assert "Invented Directive in the law of Bouvet Island:** Partly transposed" in member
    assert "The invented act covers sharing; threats are not yet covered." in member


def test_a_place_without_a_confirmed_emergency_number_says_so():
    at = page("ui/screens/laws.py", j="SM")
    assert not at.exception
    warnings = [w.value for w in at.warning]
    assert any("No emergency telephone number for San Marino could be confirmed" in w for w in warnings)


def test_nunavut_is_not_offered_canadas_911():
    import law_db
    db = law_db.load()
    j = db.emergency("CA-NU")
    assert j.id == "CA-NU" and j.emergency_numbers == [] and "no territory-wide 911" in j.emergency_note.text["en"]


def test_eu_page_lists_known_transpositions_and_names_the_rest():
    at = page("ui/screens/laws.py", j="EU")
    table = next(m.value for m in at.markdown if m.value.startswith("| Member state |"))
    rows = {line.split(" | ")[0].strip("| "): line.split(" | ")[1] for line in table.splitlines()[2:]}
    assert rows["Denmark"] == "Not bound (opt-out)" and rows["Germany"] == "Not yet transposed"
    rest = next(m.value for m in at.markdown if m.value.startswith("**No information found:**"))
    assert "Denmark" not in rest and "Germany" not in rest and "Belgium" in rest
    assert len(rows) + rest.count(",") + 1 == 27
