"""Open-data export (JSON round trip, CSV inert in spreadsheets) and search."""
import csv
import io
import json
import shutil

import pytest

import law_db
from law_db import export, load_database
from law_db.cli import main
from law_db.search import fold, search
from support import FIXTURES

DB = load_database(FIXTURES / "good")


def test_json_round_trip_gives_the_same_records():
    text = export.to_json(DB)
    document = json.loads(text)
    assert (document["format"], document["version"]) == ("ibsa-law-db", 1)
    back = export.jurisdictions_from_json(text)
    assert back == list(DB.jurisdictions.values())


def test_json_round_trip_on_the_real_database():
    db = law_db.load()
    assert export.jurisdictions_from_json(export.to_json(db)) == list(db.jurisdictions.values())


def test_json_refuses_another_format():
    with pytest.raises(ValueError):
        export.jurisdictions_from_json('{"format": "other", "version": 1, "jurisdictions": []}')


def test_csv_has_stable_ids_and_documented_columns():
    rows = list(csv.DictReader(io.StringIO(export.to_csv(export.provision_rows(DB)))))
    assert [r["id"] for r in rows] == ["AQ/act-1", "AQ/act-2", "BV/privacy-1", "EU/dir-1"]
    assert tuple(rows[0]) == export.CSV_COLUMNS
    assert rows[0]["conducts"] == "share; threaten" and rows[0]["summary_es"] == "Delito inventado."


PAYLOADS = ["=HYPERLINK(\"https://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
            "\tTAB", "\rCR"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_injection_in_an_entry_comes_out_inert(payload, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "good", data)
    path = data / "jurisdictions" / "AQ.yaml"
    text = path.read_text().replace("citation: Invented Images Act, s. 1", f"citation: {json.dumps(payload)}")
    path.write_text(text)
    db = load_database(data)
    assert db.problems == ()
    rows = list(csv.DictReader(io.StringIO(export.to_csv(export.provision_rows(db)), newline="")))
    cell = rows[0]["citation"]
    assert cell == "'" + payload
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_cli_export_writes_both_formats(tmp_path, capsys):
    out = tmp_path / "db.csv"
    assert main(["--data", str(FIXTURES / "good"), "export", "--format", "csv", "--output", str(out)]) == 0
    assert out.read_text().startswith("id,jurisdiction,")
    assert main(["--data", str(FIXTURES / "good"), "export", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "ibsa-law-db"


@pytest.mark.parametrize("text,folded", [("Artículo 197.7", "articulo 197.7"), ("STRAẞE § 201a", "strasse § 201a"),
                                         ("  Código—Penal ", "codigo penal")])
def test_fold(text, folded):
    assert fold(text) == folded


def test_search_ignores_case_and_accents_and_ranks_citations_first():
    db = law_db.load()
    hits = search(db, "ARTICULO 197.7")
    assert hits and hits[0].ref == "ES/cp-197-7"
    assert search(db, "codigo penal 197") == search(db, "Código Penal 197")


def test_search_finds_by_summary_in_any_language():
    db = law_db.load()
    english = {h.ref for h in search(db, "deepfake")}
    assert any(ref.startswith("GB-ENG/") for ref in english)
    spanish = {h.ref for h in search(db, "difunda imagenes")}
    assert "ES/cp-197-7" in spanish


def test_search_empty_or_hostile_query():
    assert search(DB, "") == [] and search(DB, "   ") == []
    assert search(DB, "<script>alert(1)</script>" * 50) == []
    assert [h.ref for h in search(DB, "invented directive")][0] == "EU/dir-1"
