"""Pages through AppTest: the questionnaire walked in both languages, the plan's content, the
other pages, and the quick exit on every page."""
import pytest
from streamlit.testing.v1 import AppTest

from support import ROOT

TIMEOUT = 30


def app(locale="en-US"):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.context = {"locale": locale}
    return at.run()


def texts(at):
    """Everything written on the page, as one string."""
    parts = [e.value for kind in ("markdown", "caption", "title", "header", "subheader", "error", "warning", "info")
             for e in at.get(kind)]
    parts += [b.label for b in at.get("button")] + [b.proto.label for b in at.get("link_button")]
    return "\n".join(str(p) for p in parts).replace("\\", "")


def click(at, key):
    at.button(key=key).click()
    return at.run()


def walk_to_plan(at, country="US", region="US-CA"):
    at.radio(key="q_in_danger").set_value("safe_now")
    at.selectbox(key="q_country").set_value(country)
    at = click(at, "nav_next")
    if region:
        at.selectbox(key="q_region").set_value(region)
        at = click(at, "nav_next")
    at.checkbox(key="q_happened__shared").check()
    at.checkbox(key="q_happened__threatened").check()
    at = click(at, "nav_next")
    at.checkbox(key="q_where__meta").check()
    at = click(at, "nav_next")
    at.radio(key="q_who").set_value("partner_or_ex")
    at = click(at, "nav_next")
    at.radio(key="q_age_now").set_value("adult")
    at.radio(key="q_role").set_value("self")
    at = click(at, "nav_next")
    at.checkbox(key="q_goals__take_down").check()
    return click(at, "nav_next")


def test_first_screen_asks_about_danger_and_defaults_country_from_the_browser():
    at = app("es-MX")
    assert not at.exception
    assert at.radio(key="q_in_danger").label == "¿Estás en peligro ahora mismo?"
    assert at.selectbox(key="q_country").value == "MX"
    assert "Paso 1 de 6" in [p.proto.text for p in at.get("progress")][0]


def test_danger_shows_the_emergency_number_before_anything_else():
    at = app("en-US")
    at.radio(key="q_in_danger").set_value("danger_now")
    at.selectbox(key="q_country").set_value("ES")
    at.run()
    assert at.error[0].value.startswith("If you are in danger, call 112 now")


def test_whole_walk_in_english_gives_a_plan_with_state_and_federal_law():
    at = walk_to_plan(app("en-US"))
    assert not at.exception
    page = texts(at)
    assert "Your action plan" in page
    assert "Penal Code § 647(j)(4)" in page                     # California
    assert "15 U.S.C. § 6851" in page                           # federal civil action
    assert "StopNCII" in page
    assert "do not pay" in page
    assert "Because you said the images are on Meta" in page
    assert "not legal advice" in page
    assert [b.label for b in at.get("download_button")][:2] == ["Download as text (Markdown)", "Download as PDF"]


def test_whole_walk_in_spanish_gives_a_spanish_plan_with_eu_law():
    at = walk_to_plan(app("es-ES"), country="ES", region=None)
    assert not at.exception
    page = texts(at)
    assert "Tu plan de acción" in page
    assert "Tu Ayuda en Ciberseguridad" in page        # services by their own name for Spanish readers
    assert "197.7" in page
    assert "Unión Europea" in page
    assert "no pagues" in page
    assert "no asesoramiento legal" in page


def test_back_keeps_answers():
    at = app()
    at.radio(key="q_in_danger").set_value("safe_now")
    at.selectbox(key="q_country").set_value("FR")
    at = click(at, "nav_next")
    at.checkbox(key="q_happened__fake").check()
    at = click(at, "nav_back")
    assert at.selectbox(key="q_country").value == "FR"
    at = click(at, "nav_next")
    assert at.checkbox(key="q_happened__fake").value is True


def test_every_screen_can_be_skipped_to_a_plan():
    at = app()
    for _ in range(10):
        if not [b for b in at.button if b.key == "nav_skip"]:
            break
        at = click(at, "nav_skip")
    assert not at.exception
    page = texts(at)
    assert "Your action plan" in page
    assert "You did not say where you live" in page


def test_uncovered_country_says_so_and_still_helps():
    at = app()
    at.selectbox(key="q_country").set_value("FJ")
    at = click(at, "nav_next")
    while [b for b in at.button if b.key == "nav_next"]:
        at = click(at, "nav_next")
    page = texts(at)
    assert "Fiji is not in our database yet" in page
    assert "StopNCII" in page


def test_start_again_forgets_answers():
    at = walk_to_plan(app())
    at = click(at, "plan_restart")
    assert at.radio(key="q_in_danger").value is None
    assert "answers" not in at.session_state or not at.session_state["answers"].get("happened")


@pytest.mark.parametrize("page", ["ui/screens/guides.py", "ui/screens/safety.py", "ui/screens/laws.py",
                                  "ui/screens/compare.py", "ui/screens/search.py"])
def test_other_pages_run_with_quick_exit(page):
    at = app()
    at.switch_page(page).run()
    assert not at.exception
    html = [h.proto.body for h in at.get("html")]
    assert any('button.id = "quick-exit"' in body for body in html)


def test_no_file_upload_or_camera_anywhere():
    for path in list((ROOT / "ui").rglob("*.py")) + [ROOT / "app.py"]:
        code = path.read_text()
        assert "file_uploader" not in code and "camera_input" not in code, path


def test_language_picker_switches_everything_at_once():
    at = app("en-US")
    at.selectbox(key="language_picker").set_value("es").run()
    assert not at.exception
    assert at.radio(key="q_in_danger").label == "¿Estás en peligro ahora mismo?"
    assert at.title[0].value.startswith("Ayuda cuando")


def test_emergency_number_comes_before_anything_else_on_later_screens():
    at = app("es-MX")
    at.radio(key="q_in_danger").set_value("danger_now").run()
    at = click(at, "nav_next")
    kinds = [type(e).__name__ for e in at.main if type(e).__name__ not in ("Html", "UnknownElement", "SpecialBlock")]
    assert kinds[0] == "Error", kinds[:3]
    assert at.error[0].value.startswith("Si estás en peligro, llama ahora al 911")
