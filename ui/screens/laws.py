"""The law browser: one jurisdiction at a time, with permalinks (?j=ES&p=<provision id>)."""
import streamlit as st

import law_db
from law_db import export
from law_db.models import covered_conducts
from law_db.vocab import Conduct, ProvisionKind
from ui import law_view, state
from ui.widgets import md_escape, not_legal_advice

db = law_db.load()
t = state.translator()
st.title(t("laws.title"))

codes = sorted(db.jurisdictions, key=t.place)
wanted = st.query_params.get("j", "")
wanted_provision = st.query_params.get("p", "")
wanted_conduct = st.query_params.get("c", "")
if wanted and wanted not in db.jurisdictions:
    st.info(t("laws.unknown", code=md_escape(wanted[:12])))
    wanted = ""

choice = st.selectbox(t("laws.choose"), [""] + codes, index=([""] + codes).index(wanted),
                      format_func=lambda c: t("ui.choose") if not c else f"{t.place(c)} ({c})", key="laws_pick")
if choice != wanted:
    st.query_params.clear()
    if choice:
        st.query_params["j"] = choice
    st.rerun()

if not choice:
    st.write(t("laws.intro"))
    for code in codes:
        j = db.jurisdictions[code]
        st.page_link(law_view.LAWS_PAGE, label=t("laws.list_item", place=t.place(code), code=code,
                                                 count=len(j.provisions)), query_params={"j": code})
    if db.problems:
        st.caption(t("ui.laws.problems", count=len(db.problems)))
    not_legal_advice()
    st.stop()

j = db.jurisdictions[choice]
st.header(md_escape(f"{t.place(j.id)} · {j.native_name}"))
if j.summary:
    st.markdown(md_escape(t.text(j.summary)))
st.caption(t("laws.last_verified_file", date=j.last_verified.isoformat()))
if j.parent and j.parent in db.jurisdictions:
    st.page_link(law_view.LAWS_PAGE, label=t("laws.parent", place=t.place(j.parent)), query_params={"j": j.parent})
children = db.children(j.id)
if children:
    st.markdown(f"**{t('laws.subdivisions')}**")
    for child in sorted(children, key=lambda c: t.place(c.id)):
        st.page_link(law_view.LAWS_PAGE, label=t.place(child.id), query_params={"j": child.id})

emergency = ", ".join(f"{n.number} ({n.service})" for n in j.emergency_numbers)
if emergency:
    st.markdown(f"**{md_escape(t('laws.emergency'))}:** {md_escape(emergency)}")
if j.emergency_note:
    st.warning(f"**{md_escape(t('laws.emergency'))}:** {md_escape(t.text(j.emergency_note.text))}")
    if j.emergency_note.sources:
        law_view.sources(t, j.emergency_note)

for gap in j.gaps:
    st.warning(md_escape(t("laws.gap", conducts=t.join([t(f"conduct.{c.value}") for c in gap.conducts]),
                           note=t.text(gap.note))))

provisions = list(j.provisions)
if wanted_conduct in {c.value for c in Conduct}:
    provisions = [p for p in provisions if wanted_conduct in covered_conducts(p)]
    st.info(t("laws.filtered", conduct=t(f"conduct.{wanted_conduct}")))
if wanted_provision and wanted_provision not in {p.id for p in j.provisions}:
    st.info(t("laws.unknown_provision", id=md_escape(wanted_provision[:60])))

st.subheader(t("laws.provisions"))
for kind in ProvisionKind:
    group = [p for p in provisions if p.kind == kind]
    if group:
        st.markdown(f"#### {t(f'kind.{kind.value}')}")
        for p in group:
            law_view.provision(t, j.id, p, expanded=(p.id == wanted_provision))

for p in j.provisions:
    ref = f"{j.id}/{p.id}"
    entries = {c.id: next((e for e in c.transpositions if e.of == ref), None) for c in children}
    if any(entries.values()):
        st.subheader(md_escape(t("laws.transposition_heading", directive=law_view.directive_of(p.citation))))
        st.caption(t("laws.transposition_intro"))
        law_view.transposition_table(t, [(t.place(c), entries[c]) for c in sorted(entries, key=t.place)])

for entry in j.transpositions:
    target = db.provision(entry.of)
    if target is not None:
        law_view.transposition(t, entry, t.place(j.id), law_view.directive_of(target.citation))

if j.agencies:
    st.subheader(t("laws.agencies"))
    for a in j.agencies:
        law_view.agency(t, a)
if j.support_organizations:
    st.subheader(t("section.support"))
    for o in j.support_organizations:
        law_view.organization(t, o)
if j.removal_channels:
    st.subheader(t("laws.channels"))
    for c in j.removal_channels:
        law_view.channel(t, c)

st.subheader(t("laws.download"))
col1, col2 = st.columns(2)
col1.download_button(t("laws.download_json"), export.to_json(db, [j.id]), file_name=f"{j.id}.json",
                     mime="application/json", key="dl_json")
col2.download_button(t("laws.download_csv"), export.to_csv(export.provision_rows(db, [j.id])),
                     file_name=f"{j.id}.csv", mime="text/csv", key="dl_csv")
not_legal_advice()
