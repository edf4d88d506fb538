"""Search provisions by words in their title, citation or summary, in any language."""
import streamlit as st

import law_db
from law_db import export
from law_db.search import search
from ui import law_view, state
from ui.widgets import md_escape, not_legal_advice

db = law_db.load()
t = state.translator()
st.title(t("search.title"))
query = st.text_input(t("search.label"), key="search_query", max_chars=200, placeholder=t("search.placeholder"))
if query.strip():
    hits = search(db, query)
    st.caption(t("search.count", count=len(hits)))
    for hit in hits:
        code, _, pid = hit.ref.partition("/")
        p = db.provision(hit.ref)
        summary = t.text(p.summary)
        with st.container(border=True):
            st.page_link(law_view.LAWS_PAGE, label=md_escape(f"{t.place(code)} · {p.citation}"),
                         query_params={"j": code, "p": pid})
            st.markdown(md_escape(p.title_en or p.title))
            st.caption(md_escape(summary[:240] + ("…" if len(summary) > 240 else "")))
    if hits:
        st.download_button(t("search.download"), export.to_csv(export.provision_rows(db, refs={h.ref for h in hits})),
                           file_name="search-results.csv", mime="text/csv", key="dl_search")
not_legal_advice()
