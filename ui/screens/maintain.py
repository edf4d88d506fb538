"""For maintainers: coverage by region, the review queue, and the data's current problems."""
import streamlit as st

import law_db
from law_db.clock import today
from law_db.coverage import conducts_covered, scope_counts
from law_db.regions import REGIONS, region_of
from law_db.review import review_queue
from law_db.scopes import SCOPES
from law_db.un_members import UN_MEMBER_STATES
from ui import state
from ui.widgets import md_escape

db = law_db.load()
t = state.translator()
st.title(t("maintain.title"))

st.subheader(t("maintain.problems"))
if db.problems:
    st.error(t("maintain.problems_count", count=len(db.problems)))
    st.code("\n".join(str(p) for p in db.problems), language=None, wrap_lines=True)
    st.markdown(t("maintain.left_out") + " " + md_escape(", ".join(db.left_out)))
else:
    st.success(t("maintain.no_problems"))

st.subheader(t("maintain.coverage"))
rows = []
for region in sorted(REGIONS, key=lambda r: t(f"region.{r}")):
    members = [c for c in UN_MEMBER_STATES if region_of(c) == region]
    here = [j for j in db.jurisdictions.values() if region_of(j.id) == region]
    countries = [j for j in here if "-" not in j.id and j.id in UN_MEMBER_STATES]
    rows.append({
        t("maintain.col.region"): t(f"region.{region}"),
        t("maintain.col.countries"): f"{len(countries)} / {len(members)}",
        t("maintain.col.subdivisions"): sum(1 for j in here if "-" in j.id),
        t("maintain.col.provisions"): sum(len(j.provisions) for j in here),
        t("maintain.col.verified"): sum(1 for j in here for p in j.provisions if p.verification.value == "verified"),
        t("maintain.col.full"): sum(1 for j in here if len(conducts_covered(j)) == 6),
    })
st.table(rows)

st.subheader(t("maintain.scopes"))
scope_rows = []
for name, scope in SCOPES.items():
    counts = scope_counts(db, scope)
    scope_rows.append({
        t("maintain.col.scope"): t(f"scope.{name}"),
        t("maintain.col.present"): f"{len(counts.present)} / {len(scope.codes)}",
        t("maintain.col.provisions"): counts.provisions,
        t("maintain.col.verified"): counts.verified,
        t("maintain.col.missing"): ", ".join(counts.missing) or "—",
    })
st.table(scope_rows)

st.subheader(t("maintain.review"))
months = st.number_input(t("maintain.months"), min_value=1, max_value=60, value=12, key="review_months")
queue = review_queue(db, today(), int(months))
st.caption(t("maintain.review_count", count=len(queue)))
by_jurisdiction: dict[str, list] = {}
for item in queue:
    by_jurisdiction.setdefault(item.jurisdiction, []).append(item)
for code, items in by_jurisdiction.items():
    with st.expander(f"{t.place(code)} ({code}) · {len(items)}"):
        for item in items:
            st.markdown(f"- **{md_escape(t(f'review.{item.reason}'))}** `{md_escape(item.ref)}`: {md_escape(item.detail)}")
            for url in item.sources:
                st.caption(md_escape(url))
