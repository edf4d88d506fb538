"""Ready-to-send documents: every template in several jurisdictions and languages, with the
elements each must have, the provision it relies on, and nothing kept afterwards."""
import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

import law_db
from action_plan import letters
from action_plan.answers import Answers
from i18n import Translator
from support import ROOT

DB = law_db.load()
TODAY = dt.date(2026, 11, 25)
FIELDS = {"full_name": "A. Example", "contact": "a.example@example.org", "recipient": "PictureShare Inc.",
          "urls": "https://example.org/p/1\nhttps://example.org/p/2", "description": "two photos (invented)",
          "first_seen": "1 November 2026", "signature": "A. Example", "account": "someone_1",
          "police_reference": "REF-0001"}
PLACES = [("US", "US-CA"), ("ES", None), ("GB", "GB-ENG"), ("MX", None), ("FJ", None)]


def answers(country, region=None):
    return Answers.from_mapping({"country": country, "region": region, "happened": ["shared", "threatened"]})


@pytest.mark.parametrize("locale", ["en", "es"])
@pytest.mark.parametrize("country,region", PLACES)
def test_every_available_template_renders_completely(locale, country, region):
    a = answers(country, region)
    for doc in letters.available(a, DB):
        text = letters.render(doc, Translator(locale), a, DB, FIELDS, today=TODAY)
        assert "{" not in text and "}" not in text, (doc, text)
        assert "A. Example" in text
        assert ("not legal advice" if locale == "en" else "no asesoramiento legal") in text
        for code, p in letters.legal_basis(doc, a, DB):
            assert p.citation in text and p.official_url in text


def test_erasure_request_only_where_gdpr_applies():
    assert "erasure_request" in letters.available(answers("ES"), DB)
    assert "erasure_request" in letters.available(answers("GB", "GB-ENG"), DB)
    assert "erasure_request" not in letters.available(answers("US", "US-CA"), DB)
    assert "erasure_request" not in letters.available(answers("FJ"), DB)


@pytest.mark.parametrize("country,region,article", [("ES", None, "Regulation (EU) 2016/679, Art. 17"),
                                                    ("GB", "GB-ENG", "UK GDPR, Art. 17")])
def test_erasure_request_names_article_17_and_the_controller(country, region, article):
    text = letters.render("erasure_request", Translator("en"), answers(country, region), DB, FIELDS, today=TODAY)
    assert f"under {article}" in text and "To PictureShare Inc.," in text
    assert "erase this data without undue delay" in text


def test_dmca_notice_has_all_six_statutory_elements():
    text = letters.render("copyright_notice", Translator("en"), answers("US", "US-CA"), DB, FIELDS, today=TODAY)
    assert "/A. Example/" in text                                                  # (i) signature
    assert "Photographs or videos that I took myself" in text                      # (ii) the work
    assert "- https://example.org/p/1\n- https://example.org/p/2" in text          # (iii) material, location
    assert "A. Example, a.example@example.org" in text                             # (iv) contact
    assert "good faith belief that use of the material in the manner complained of is not authorized" in text  # (v)
    assert "accurate, and I swear under penalty of perjury" in text                # (vi)
    assert "counter-notice" in text and "10 to 14 business days" in text           # the warning


def test_removal_request_cites_the_takedown_duty_where_there_is_one():
    text = letters.render("removal_request", Translator("en"), answers("US", "US-CA"), DB, FIELDS, today=TODAY)
    duty = DB.provision("US/take-it-down-removal")
    clause = next(line for line in text.splitlines() if line.startswith("This request also relies on: "))
    assert duty.citation in clause
    mx = letters.render("removal_request", Translator("es"), answers("MX"), DB, FIELDS, today=TODAY)
    assert "Esta solicitud se basa también en" not in mx  # no takedown provision in the data: no claim


def test_incident_summary_builds_a_dated_timeline_from_the_evidence_log():
    rows = [{"date": "2026-11-03", "url": "https://example.org/p/2", "platform": "PictureShare",
             "account": "someone_1", "what_was_shown": "second photo", "reported": "2026-11-04 platform form"},
            {"date": "2026-11-01", "url": "https://example.org/p/1", "platform": "PictureShare",
             "account": "someone_1", "what_was_shown": "first photo", "reported": ""}]
    text = letters.render("incident_summary", Translator("en"), answers("ES"), DB, FIELDS, rows, today=TODAY)
    assert text.index("2026-11-01") < text.index("2026-11-03")
    assert "- 2026-11-04 platform form (https://example.org/p/2)" in text
    assert "Ley Orgánica 10/1995, del Código Penal, art. 197.7 (Spain)" in text


def test_blank_fields_stay_as_visible_reminders():
    text = letters.render("removal_request", Translator("es"), answers("ES"), DB, {}, today=TODAY)
    assert "[tu nombre completo]" in text and "[dirección web]" in text


def test_typed_text_cannot_break_the_template_or_the_markdown():
    hostile = {k: "{full_name} ~~~~ <script>x</script>\x00\x1b" for k in FIELDS}
    text = letters.render("removal_request", Translator("en"), answers("ES"), DB, hostile, today=TODAY)
    assert "\x00" not in text and "\x1b" not in text and "{full_name} ~~~~" in text
    md = letters.as_markdown(text).decode()
    fence = md.split("text\n", 1)[0]
    assert fence.startswith("~~~~~") and md.rstrip().endswith(fence)


def test_pdf_bytes():
    text = letters.render("copyright_notice", Translator("es"), answers("US"), DB, FIELDS, today=TODAY)
    data = letters.as_pdf(text, "Aviso")
    assert data.startswith(b"%PDF-")


def _to_documents(at):
    at.radio(key="q_in_danger").set_value("safe_now")
    at.selectbox(key="q_country").set_value("ES")
    at.run()
    while [b for b in at.button if b.key == "nav_next"]:
        at.button(key="nav_next").click().run()
    return at


def test_documents_on_the_plan_page_and_nothing_persists_after_the_session():
    at = _to_documents(AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run())
    assert not at.exception
    at.selectbox(key="doc_choice").set_value("erasure_request").run()
    at.text_input(key="doc_field_full_name").input("A. Example").run()
    preview = next(a for a in at.text_area if a.key.startswith("doc_text_erasure_request_"))
    assert "My name is A. Example." in preview.value
    assert {b.label for b in at.get("download_button")} >= {"Download (Markdown)", "Download (plain text)",
                                                              "Download (PDF)"}
    # a new session (another person, or the same after closing the tab) starts empty
    fresh = _to_documents(AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run())
    assert "doc_field_full_name" not in fresh.session_state or fresh.session_state["doc_field_full_name"] == ""
    assert all("A. Example" not in a.value for a in fresh.text_area)


def test_a_chosen_platform_fills_the_recipient_and_cites_its_policy():
    meta = DB.platform("meta")
    text = letters.render("removal_request", Translator("en"), answers("ES"), DB, {}, today=TODAY, platform_id="meta")
    assert f"To {meta.name}," in text
    if meta.policy_url:
        assert f"under your own policy ({meta.policy_url})" in text
    assert all(ch.url in text for ch in meta.channels)
