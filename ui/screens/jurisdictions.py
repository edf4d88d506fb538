"""Every jurisdiction in the database, with its counts (the full law browser comes later)."""
import streamlit as st

import law_db
from ui import state
from ui.widgets import not_legal_advice

db = law_db.load()
t = state.translator()
st.title(t("ui.laws.title"))
st.write(t("ui.laws.intro"))
columns = ["code", "name", "parent", "provisions", "agencies", "support", "verified"]
rows = [
    dict(zip([t(f"ui.laws.col.{c}") for c in columns], [
        j.id, t.place(j.id), t.place(j.parent) if j.parent else "", len(j.provisions), len(j.agencies),
        len(j.support_organizations), j.last_verified.isoformat(),
    ]))
    for j in db.jurisdictions.values()
]
st.table(rows)
if db.problems:
    st.caption(t("ui.laws.problems", count=len(db.problems)))
not_legal_advice()
