"""The "prepare documents" part of the plan page: fields, an editable preview, downloads.
What the person types lives only in this browser session."""
from __future__ import annotations

import hashlib

import streamlit as st

from action_plan import letters


def render(t, answers, db) -> None:
    st.subheader(t("doc.section"))
    st.caption(t("doc.intro"))
    docs = letters.available(answers, db)
    doc = st.selectbox(t("doc.choose"), docs, format_func=lambda d: t(f"doc.title.{d}"), key="doc_choice")
    platform_id = None
    if doc in ("removal_request", "copyright_notice", "preservation_request"):
        options = [""] + [p.id for p in db.platforms]
        chosen = sorted(answers.where & {p.id for p in db.platforms})
        platform_id = st.selectbox(
            t("doc.platform"), options, index=options.index(chosen[0]) if chosen else 0, key="doc_platform",
            format_func=lambda pid: db.platform(pid).name if pid else t("doc.platform.none")) or None
    fields = {}
    for name in letters.definitions()[doc]["fields"]:
        label = t(f"doc.field.{name}.label")
        if name in ("urls", "description"):
            fields[name] = st.text_area(label, key=f"doc_field_{name}", max_chars=letters.MAX_FIELD, height=90)
        else:
            fields[name] = st.text_input(label, key=f"doc_field_{name}", max_chars=300)
    text = letters.render(doc, t, answers, db, fields, st.session_state.get("evidence_rows"), platform_id=platform_id)
    # a new widget whenever the inputs change, so edits made here stay until then
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    edited = st.text_area(t("doc.preview"), value=text, height=420, key=f"doc_text_{doc}_{digest}")
    c1, c2, c3 = st.columns(3)
    name = t(f"doc.title.{doc}")
    c1.download_button(t("doc.download.md"), lambda: letters.as_markdown(edited), file_name=f"{doc}.md",
                       mime="text/markdown", key="doc_dl_md", on_click="ignore")
    c2.download_button(t("doc.download.txt"), edited.encode("utf-8"), file_name=f"{doc}.txt",
                       mime="text/plain", key="doc_dl_txt", on_click="ignore")
    c3.download_button(t("doc.download.pdf"), lambda: letters.as_pdf(edited, name), file_name=f"{doc}.pdf",
                       mime="application/pdf", key="doc_dl_pdf", on_click="ignore")
