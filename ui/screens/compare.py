"""Comparison matrix: jurisdictions × conducts, filterable by region and kind of law."""
from urllib.parse import urlencode

import streamlit as st

import law_db
from law_db import export
from law_db.matrix import COLUMNS, NO_ENTRY, matrix
from law_db.regions import region_of
from law_db.vocab import ProvisionKind
from ui import state
from ui.widgets import md_escape, not_legal_advice

db = law_db.load()
t = state.translator()
st.title(t("compare.title"))
st.write(t("compare.intro"))

present_regions = sorted({region_of(c) for c in db.jurisdictions}, key=lambda r: t(f"region.{r}"))
regions = st.multiselect(t("compare.regions"), present_regions, format_func=lambda r: t(f"region.{r}"),
                         key="compare_regions", placeholder=t("compare.all"))
kinds = st.multiselect(t("compare.kinds"), list(ProvisionKind), format_func=lambda k: t(f"kind.{k.value}"),
                       key="compare_kinds", placeholder=t("compare.all"))
table = matrix(db, set(regions) or None, set(kinds) or None)

MARK = {"specific": "●", "general": "○", "no_law": "✗", "no_entry": "—"}
header = [t("compare.jurisdiction")] + [t(f"column.{c}") for c in COLUMNS]
lines = ["| " + " | ".join(md_escape(h) for h in header) + " |", "|" + "---|" * len(header)]
for code in sorted(table, key=t.place):
    cells = [f"[{md_escape(t.place(code))}](laws?{urlencode({'j': code})})"]
    for column in COLUMNS:
        cell = table[code][column]
        mark = MARK[cell.status]
        if cell.status == NO_ENTRY:
            cells.append(mark)
        else:
            query = {"j": code} | ({"c": column} if column not in ("civil", "takedown") else {})
            cells.append(f"[{mark}](laws?{urlencode(query)})")
    lines.append("| " + " | ".join(cells) + " |")
st.markdown("\n".join(lines))
st.caption(t("compare.legend"))

rows = [{"jurisdiction": code, **{c: table[code][c].status for c in COLUMNS},
         **{f"{c}_provisions": "; ".join(table[code][c].provisions) for c in COLUMNS}} for code in table]
columns = ["jurisdiction", *COLUMNS, *[f"{c}_provisions" for c in COLUMNS]]
st.download_button(t("compare.download"), export.to_csv(rows, columns), file_name="comparison.csv",
                   mime="text/csv", key="dl_matrix")
not_legal_advice()
