"""`python -m law_db` commands: exit codes and what they print."""
import shutil
import subprocess
import sys

from law_db.cli import main
from support import FIXTURES, ROOT


def test_validate_ok_on_good_fixture(capsys):
    assert main(["--data", str(FIXTURES / "good"), "validate"]) == 0
    assert capsys.readouterr().out == "OK: 3 jurisdictions, 4 provisions, 2 platforms, no problems.\n"


def test_validate_fails_and_reports(tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "good", data)
    shutil.copytree(FIXTURES / "broken" / "http_url", data, dirs_exist_ok=True)
    assert main(["--data", str(data), "validate"]) == 1
    out = capsys.readouterr().out
    assert "provisions[0].official_url: links must start with https://" in out
    assert out.rstrip().endswith("1 problem(s). Loaded 4 jurisdictions and 5 provisions; left out: GS/ordinance-1.")


def test_committed_database_validates():
    result = subprocess.run([sys.executable, "-m", "law_db", "validate"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK: ")


def test_coverage_lists_jurisdictions_and_missing_un_members(capsys):
    assert main(["--data", str(FIXTURES / "good"), "coverage"]) == 0
    out = capsys.readouterr().out
    assert "AQ      Antarctica" in out
    assert "UN member states covered: 0 of 193" in out
    assert "ES Spain" in out
    # AQ: share and threaten specific; BV: share and record general, synthetic stated gap
    aq = next(line for line in out.splitlines() if line.startswith("AQ "))
    assert aq.split()[-6:] == ["●", "●", "·", "·", "·", "·"]
    bv = next(line for line in out.splitlines() if line.startswith("BV "))
    assert bv.split()[-6:] == ["○", "·", "○", "✗", "·", "·"]


def test_stale_uses_months_and_today(capsys, monkeypatch):
    monkeypatch.setenv("LAW_DB_TODAY", "2026-11-25")
    assert main(["--data", str(FIXTURES / "good"), "stale", "--months", "12"]) == 0
    assert capsys.readouterr().out.strip() == "0 record(s) last verified more than 12 months ago."
    monkeypatch.setenv("LAW_DB_TODAY", "2027-03-01")
    assert main(["--data", str(FIXTURES / "good"), "stale", "--months", "12"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2026-01-15  AQ"
    assert "2026-01-15  AQ/act-1" in out
    assert "2026-01-15  BV/transposition of EU/dir-1" in out
    assert out[-1] == "18 record(s) last verified more than 12 months ago."


def test_scopes_hold_the_committed_jurisdictions():
    from law_db.scopes import COUNCIL_OF_EUROPE, SCOPES
    assert len(COUNCIL_OF_EUROPE) == 46 and not {"RU", "BY", "VA", "KZ"} & set(COUNCIL_OF_EUROPE)
    assert {name: len(s.codes) for name, s in SCOPES.items()} == {"us": 53, "canada": 14, "lac": 33, "europe": 50}
    assert {"US-DC", "US-PR", "US-WY"} <= set(SCOPES["us"].codes) and "US-GU" not in SCOPES["us"].codes
    assert {"CA-NU", "CA-QC"} <= set(SCOPES["canada"].codes)
    assert {"HT", "SR", "GY", "BZ"} <= set(SCOPES["lac"].codes) and "PR" not in SCOPES["lac"].codes


def test_coverage_of_one_scope(capsys):
    assert main(["--data", str(FIXTURES / "good"), "coverage", "--scope", "europe"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2] == "In the database: 1 of 50"
    assert out[3].startswith("Missing: AD Andorra; AL Albania; AM Armenia;")
    assert out[4] == "Provisions: 1 (1 verified against the official text, 0 secondary)"
    assert "  theft       1: EU ·" in out
