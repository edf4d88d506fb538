"""Suggest a correction to a provision: a form that produces a ready-to-paste patch and a note.
No login; nothing is stored or sent: the person copies or downloads the result and sends it."""
import streamlit as st

import law_db
from law_db.patch import CORRECTABLE, Correction, PatchError, correction_note, correction_patch
from ui import state
from ui.widgets import md_escape

db = law_db.load()
t = state.translator()
st.title(t("correct.title"))
st.write(t("correct.intro"))

code = st.query_params.get("j", "")
pid = st.query_params.get("p", "")
codes = sorted(db.jurisdictions, key=t.place)
code = st.selectbox(t("laws.choose"), codes, index=codes.index(code) if code in codes else 0,
                    format_func=lambda c: f"{t.place(c)} ({c})", key="correct_j")
ids = [p.id for p in db.jurisdictions[code].provisions]
pid = st.selectbox(t("correct.provision"), ids, index=ids.index(pid) if pid in ids else 0,
                   format_func=lambda i: db.provision(f"{code}/{i}").citation, key="correct_p")
provision = db.provision(f"{code}/{pid}")

with st.form("correction"):
    field = st.selectbox(t("correct.field"), list(CORRECTABLE), format_func=lambda f: t(f"correct.field.{f}"),
                         key="correct_field")
    locale = st.radio(t("correct.language"), ["en", "es"], horizontal=True, key="correct_locale")
    value = st.text_area(t("correct.value"), max_chars=4000, key="correct_value")
    source_url = st.text_input(t("correct.source_url"), max_chars=500, key="correct_url")
    source_title = st.text_input(t("correct.source_title"), max_chars=300, key="correct_title")
    reason = st.text_area(t("correct.reason"), max_chars=2000, key="correct_reason")
    submitted = st.form_submit_button(t("correct.make"))

if submitted:
    correction = Correction(code, pid, field, value, source_url.strip(), source_title.strip(), locale)
    if not value.strip():
        st.error(t("correct.need_value"))
    else:
        try:
            patch = correction_patch(correction)
        except PatchError as exc:
            st.error(md_escape(str(exc)))
        except ValueError:
            st.error(t("correct.bad_source"))
        else:
            st.success(t("correct.done"))
            note = correction_note(correction, reason)
            st.code(note, language=None, wrap_lines=True)
            st.code(patch, language="diff")
            st.download_button(t("correct.download"), note + "\n" + patch,
                               file_name=f"correction-{code}-{pid}.patch", mime="text/x-diff", key="dl_patch")
