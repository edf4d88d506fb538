"""How the law browser shows one provision, agency, organization or channel (no legal logic)."""
from __future__ import annotations

import re
from urllib.parse import urlencode

import streamlit as st

from law_db.portals import host_of, is_official_portal
from ui.widgets import md_escape, safe_url

LAWS_PAGE = "ui/screens/laws.py"


def permalink(code: str, provision_id: str | None = None) -> str:
    params = {"j": code} | ({"p": provision_id} if provision_id else {})
    base = (st.context.url or "").split("?", 1)[0]
    if not base.endswith("/laws"):
        base = base.rsplit("/", 1)[0] + "/laws" if base else "/laws"
    return f"{base}?{urlencode(params)}"


def citation_text(t, code: str, p) -> str:
    return t("laws.citation_text", citation=p.citation, place=t.place(code), url=p.official_url,
             date=p.last_verified.isoformat())


def sources(t, record) -> None:
    links = " · ".join(f"[{md_escape(s.title)}]({safe_url(s.url)})" for s in record.sources)
    st.caption(f"{md_escape(t('item.sources'))}: {links}")


def verification_badge(t, record) -> None:
    if record.verification.value == "secondary":
        st.warning(t("item.secondary"))
    else:
        st.success(t("laws.verified"))


def provision(t, code: str, p, expanded: bool = False) -> None:
    label = f"{p.citation} — {p.title_en or p.title}"
    with st.expander(md_escape(label), expanded=expanded):
        st.markdown(f"**{md_escape(p.title)}**" + (f"  \n{md_escape(p.title_en)}" if p.title_en else ""))
        st.markdown(md_escape(t.text(p.summary)))
        if not t.text_is_translated(p.summary):
            st.caption(t("item.only_english"))
        rows = [
            (t("laws.kind"), t(f"kind.{p.kind.value}")),
            (t("laws.conducts"), t.join([t(f"conduct.{c.value}") for c in p.conducts])
             + (f" ({t('laws.minors_only')})" if p.audience.value == "minors" else "")),
            (t("laws.specific"), t("laws.specific_yes") if p.specific else t("detail.general_provision")),
            (t("detail.penalties"), t.text(p.penalties)),
            (t("detail.relief"), t.text(p.relief)),
            (t("detail.limitation"), t.text(p.limitation_period)),
            (t("laws.enacted"), str(p.enacted or "")),
            (t("laws.amended"), ", ".join(str(y) for y in p.amended)),
            (t("laws.in_force"), p.in_force.isoformat() if p.in_force else ""),
            (t("laws.status"), t(f"status.{p.status.value}")),
            (t("laws.last_verified"), p.last_verified.isoformat()),
        ]
        st.markdown("\n".join(f"- **{md_escape(k)}:** {md_escape(v)}" for k, v in rows if v))
        if p.notes:
            st.info(md_escape(t.text(p.notes)))
        verification_badge(t, p)
        st.link_button(t("link.official_text") if is_official_portal(p.official_url)
                       else t("link.text_copy", host=host_of(p.official_url)), p.official_url)
        sources(t, p)
        st.caption(t("laws.copy_citation"))
        st.code(citation_text(t, code, p), language=None, wrap_lines=True)
        st.caption(t("laws.permalink"))
        st.code(permalink(code, p.id), language=None)
        st.page_link("ui/screens/correct.py", label=t("laws.suggest"), query_params={"j": code, "p": p.id})


def agency(t, a) -> None:
    with st.container(border=True):
        st.markdown(f"**{md_escape(a.name)}**" + (f" ({md_escape(a.native_name)})" if a.native_name else ""))
        st.caption(t(f"agency.{a.kind.value}"))
        st.markdown(md_escape(t.text(a.can_do)))
        details = [(t("detail.phone"), a.phone), (t("detail.email"), a.email)]
        st.markdown("\n".join(f"- **{md_escape(k)}:** {md_escape(v)}" for k, v in details if v))
        st.link_button(t("link.report") if a.report_url else t("link.website"), a.report_url or a.url)
        sources(t, a)


def organization(t, o) -> None:
    with st.container(border=True):
        st.markdown(f"**{md_escape(o.name)}**")
        if o.about:
            st.markdown(md_escape(t.text(o.about)))
        rows = [(t("detail.services"), t.join([t(f"service.{s.value}") for s in o.services])),
                (t("detail.phone"), o.phone or ""), (t("detail.hours"), t.text(o.hours)),
                (t("detail.cost"), t(f"cost.{o.cost.value}") if o.cost else "")]
        st.markdown("\n".join(f"- **{md_escape(k)}:** {md_escape(v)}" for k, v in rows if v))
        if o.url:
            st.link_button(t("link.website"), o.url)
        sources(t, o)


def channel(t, c) -> None:
    with st.container(border=True):
        st.markdown(f"**{md_escape(c.name)}** — {md_escape(c.operator)}")
        st.markdown(md_escape(t.text(c.how_it_works)))
        st.info(md_escape(t("item.limits", limits=t.text(c.limits))))
        st.link_button(t("link.start"), c.url)
        sources(t, c)


def directive_of(citation: str) -> str:
    """'Directive (EU) 2024/1385 of 14 May 2024, …, Art. 5' → 'Directive (EU) 2024/1385': a
    transposition status is for the whole directive."""
    return re.split(r",\s*(?:Art\.|Article)\s|\s+of\s+\d", citation, maxsplit=1)[0]


def transposition(t, entry, place: str, directive: str) -> None:
    """One member state's transposition of one directive, with its sources."""
    with st.container(border=True):
        st.markdown(f"**{md_escape(t('laws.transposition_of', directive=directive, place=place))}:** "
                    f"{md_escape(t(f'transposition.{entry.status.value}'))}")
        if entry.measures:
            st.markdown(f"- **{md_escape(t('laws.transposition_measures'))}:** {md_escape(entry.measures)}")
        st.markdown(md_escape(t.text(entry.note)))
        if entry.verification.value == "secondary":
            st.caption(t("item.secondary"))
        st.caption(t("laws.last_verified_file", date=entry.last_verified.isoformat()))
        sources(t, entry)


def transposition_table(t, rows: list[tuple[str, object | None]]) -> None:
    """What is known, as a table a lawyer can scan; the member states with no source yet, in one line."""
    known = [(place, e) for place, e in rows if e is not None]
    if known:
        lines = [f"| {md_escape(t('laws.member_state'))} | {md_escape(t('laws.status'))} | "
                 f"{md_escape(t('laws.transposition_measures'))} | {md_escape(t('laws.last_verified'))} |",
                 "|---|---|---|---|"]
        lines += [f"| {md_escape(place)} | {md_escape(t(f'transposition.{e.status.value}'))} | "
                  f"{md_escape(e.measures or '')} | {e.last_verified.isoformat()} |" for place, e in known]
        st.markdown("\n".join(lines))
    unknown = [place for place, e in rows if e is None]
    if unknown:
        st.markdown(f"**{md_escape(t('transposition.unknown'))}:** {md_escape(t.join(unknown))}")
