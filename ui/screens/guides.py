"""All guides, chosen from a list (the choice stays in the session, not in the address)."""
import streamlit as st

from ui import guides, state
from ui.widgets import not_legal_advice

t = state.translator()
st.title(t("ui.guides.title"))
slug = st.radio(t("ui.guides.choose"), guides.SLUGS, format_func=lambda s: t(f"guide.{s}"), key="guide_choice")
guides.show(slug, t.locale)
not_legal_advice()
