"""Placeholder law list: every jurisdiction in the database, with its counts."""
import streamlit as st

import law_db

db = law_db.load()
st.title("Laws on image-based sexual abuse, by jurisdiction")
st.write(
    "This guide is being built. Below is every jurisdiction in its database. "
    "It is general information, not legal advice."
)
rows = [
    {
        "Code": j.id,
        "Jurisdiction": j.name,
        "Also applies": j.parent or "",
        "Provisions": len(j.provisions),
        "Agencies": len(j.agencies),
        "Support": len(j.support_organizations),
        "Last verified": j.last_verified.isoformat(),
    }
    for j in db.jurisdictions.values()
]
st.table(rows)
if db.problems:
    st.caption(f"{len(db.problems)} data problem(s) were found; the entries concerned are not shown.")
