"""Entry point: page set-up, the quick exit and language picker on every page, and the router."""
import streamlit as st

from ui import quick_exit, state, style
from ui.widgets import language_picker

@st.cache_resource(show_spinner=False)
def _warm_up() -> bool:
    """Load the data and the heavier libraries once per server process, so the first person to
    reach a plan does not wait for them."""
    import threading

    def work():
        import law_db
        import markdown, nh3, pandas, pyarrow  # noqa: F401  (used by guides and the evidence table)
        from action_plan import documents  # noqa: F401

        law_db.load()

    # after the first page is on screen, so it never competes with it
    timer = threading.Timer(3.0, work)
    timer.daemon = True
    timer.start()
    return True


_warm_up()
st.set_page_config(page_title="Help with image abuse / Ayuda", layout="centered")
t = state.translator()
quick_exit.render(label=t("ui.quick_exit"), aria=t("ui.quick_exit"))
style.apply()

pages = {
    t("nav.section.help"): [
        st.Page("ui/screens/help.py", title=t("nav.help"), url_path="help", default=True),
        st.Page("ui/screens/guides.py", title=t("nav.guides"), url_path="guides"),
        st.Page("ui/screens/safety.py", title=t("nav.safety"), url_path="safety"),
    ],
    t("nav.section.law"): [
        st.Page("ui/screens/laws.py", title=t("nav.laws"), url_path="laws"),
        st.Page("ui/screens/compare.py", title=t("nav.compare"), url_path="compare"),
        st.Page("ui/screens/search.py", title=t("nav.search"), url_path="search"),
    ],
    t("nav.section.maintain"): [
        st.Page("ui/screens/maintain.py", title=t("nav.maintain"), url_path="maintain"),
        st.Page("ui/screens/correct.py", title=t("nav.correct"), url_path="correct"),
    ],
}
# Our own sidebar links instead of Streamlit's navigation list, whose markup fails WCAG list rules.
page = st.navigation(pages, position="hidden")
with st.sidebar:
    for section, section_pages in pages.items():
        st.markdown(f"**{section}**")
        for p in section_pages:
            st.page_link(p)
language_picker()
page.run()
