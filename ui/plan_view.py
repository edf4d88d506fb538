"""Shows a plan: sections in order of urgency, each item with why, source and date; downloads."""
from __future__ import annotations

import streamlit as st

from action_plan import documents
from action_plan.render import say, show_item
from ui import documents_view, guides
from law_db.portals import host_of
from ui.widgets import md_escape, safe_url


def _evidence_editor(t) -> None:
    """An evidence log to fill in: it lives in this browser session only and goes into the downloads."""
    columns = [t(f"evidence.column.{c}") for c in documents.EVIDENCE_COLUMNS]
    rows = st.session_state.get("evidence_rows") or [dict.fromkeys(documents.EVIDENCE_COLUMNS, "")]
    edited = st.data_editor(
        rows, num_rows="dynamic", key="evidence_editor", width="stretch",
        column_config={c: st.column_config.TextColumn(label) for c, label in zip(documents.EVIDENCE_COLUMNS, columns)},
    )
    st.session_state["evidence_rows"] = [dict(r) for r in edited]


def _item(t, item) -> None:
    s = show_item(t, item)
    with st.container(border=True):
        st.markdown(f"**{md_escape(s.title)}**")
        st.caption(md_escape(s.why))
        if s.body:
            st.markdown(md_escape(s.body))
        if s.only_english:
            st.caption(md_escape(t("item.only_english")))
        if s.details:
            st.markdown("\n".join(f"- **{md_escape(label)}:** {md_escape(value)}" for label, value in s.details))
        if s.limits:
            st.info(md_escape(s.limits))
        if s.secondary:
            st.warning(md_escape(s.secondary))
        if s.url:
            st.link_button(s.url_label, s.url)
        if s.evidence_log:
            _evidence_editor(t)
        if s.guide:
            # inline, not a link: a guide's name in the address bar would say what happened
            with st.expander(t("ui.read_guide", guide=t(f"guide.{s.guide}"))):
                guides.show(s.guide, t.locale)
        meta = [md_escape(s.last_verified)] if s.last_verified else []
        if s.sources:
            links = ", ".join(f"[{md_escape(host_of(u))}]({safe_url(u)})" for u in s.sources)
            meta.append(f"{md_escape(t('item.sources'))}: {links}")
        if meta:
            st.caption(" · ".join(meta))


def render(plan, t, answers, db) -> None:
    st.header(t("plan.heading"))
    st.info(t("plan.not_legal_advice"))
    for note in plan.notes:
        st.warning(md_escape(say(t, note)))
    # a short table of contents: the plan is long
    st.markdown(" · ".join(f"[{md_escape(t(f'section.{s.id}'))}](#plan-{s.id.replace('_', '-')})"
                           for s in plan.sections if s.items))
    for section in plan.sections:
        st.subheader(t(f"section.{section.id}"), anchor=f"plan-{section.id.replace('_', '-')}")
        if section.wanted:
            st.caption(t("section.wanted"))
        if not section.items:
            st.write(t("section.empty"))
        for item in section.items:
            _item(t, item)
    st.subheader(t("ui.download.title"))
    st.caption(t("ui.download.note"))
    col1, col2 = st.columns(2)
    rows = st.session_state.get("evidence_rows")
    # made only when clicked (deferred), so a rerun never pays for a PDF nobody asked for
    col1.download_button(t("ui.download.markdown"), data=lambda: documents.plan_markdown(plan, t, rows),
                         file_name=t("ui.download.filename") + ".md", mime="text/markdown", key="dl_md",
                         on_click="ignore")
    col2.download_button(t("ui.download.pdf"), data=lambda: documents.plan_pdf(plan, t, rows),
                         file_name=t("ui.download.filename") + ".pdf", mime="application/pdf", key="dl_pdf",
                         on_click="ignore")
    documents_view.render(t, answers, db)
