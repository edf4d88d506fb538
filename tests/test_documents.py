"""Plan downloads: built in memory, in the person's language, with the evidence log they typed."""
import pytest

from action_plan import documents
from action_plan.answers import Answers
from action_plan.engine import build_plan
from i18n import Translator
from law_db import load_database
from support import FIXTURES

DB = load_database(FIXTURES / "good")
PLAN = build_plan(Answers.from_mapping({"country": "BV", "happened": ["shared", "threatened"],
                                        "where": ["pictureshare", "website"]}, frozenset({"pictureshare", "findit"})), DB)
ROWS = [{"date": "2026-11-20 10:00", "url": "https://example.org/a|b", "platform": "PictureShare",
         "account": "someone_1", "what_was_shown": "a photo\nfrom the beach", "reported": ""},
        {c: "" for c in documents.EVIDENCE_COLUMNS}]


@pytest.mark.parametrize("locale,heading", [("en", "# Your action plan"), ("es", "# Tu plan de acción")])
def test_markdown_is_whole_and_in_the_language(locale, heading):
    text = documents.plan_markdown(PLAN, Translator(locale), ROWS).decode("utf-8")
    assert text.startswith(heading)
    assert "Invented Privacy Act, s. 1" in text and "Invented Directive, Art. 1" in text
    assert "https://example.org/bv/privacy" in text
    assert text.count("## ") >= 7
    # the typed row is there, on one line, with its pipe escaped so the table holds
    assert "| 2026-11-20 10:00 | https://example.org/a\\|b | PictureShare | someone\\_1 | a photo from the beach |  |" in text


def test_markdown_escapes_data_so_it_cannot_inject_links_or_html():
    from action_plan.render import md_escape
    assert md_escape("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert(1)\\>"
    assert md_escape("[click](javascript:alert(1))") == "\\[click\\](javascript:alert(1))"


@pytest.mark.parametrize("locale", ["en", "es"])
def test_pdf_is_a_pdf_and_survives_any_letter(locale):
    rows = [dict(ROWS[0], what_was_shown="Łódź – “quoted” … 東京 ✓")]
    data = documents.plan_pdf(PLAN, Translator(locale), rows)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(data) > 2000


def test_nothing_is_written_to_disk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    documents.plan_pdf(PLAN, Translator("en"), ROWS)
    documents.plan_markdown(PLAN, Translator("en"), ROWS)
    assert list(tmp_path.iterdir()) == []


def test_pdf_keeps_every_letter_when_the_unicode_font_is_there(monkeypatch):
    rows = [dict(ROWS[0], what_was_shown="Łódź Ελληνικά кириллица")]
    data = documents.plan_pdf(PLAN, Translator("en"), rows)
    if documents.unicode_font_available():
        assert b"DejaVu" in data
    monkeypatch.setattr(documents, "unicode_font_available", lambda: False)
    data = documents.plan_pdf(PLAN, Translator("en"), rows)
    assert data.startswith(b"%PDF-") and b"DejaVu" not in data
