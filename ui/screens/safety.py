"""What the quick exit does and does not do, and how to browse more safely."""
import streamlit as st

from ui import state
from ui.widgets import not_legal_advice

t = state.translator()
st.title(t("ui.safety.title"))
for key in ("ui.safety.p1", "ui.safety.p2", "ui.safety.p3", "ui.safety.p4", "ui.safety.p5"):
    st.markdown(t(key))
not_legal_advice()
