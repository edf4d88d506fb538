"""Small presentation helpers shared by pages: safe text, the language picker, the footer."""
from __future__ import annotations

import streamlit as st

import i18n
from action_plan.render import md_escape, safe_url  # noqa: F401  (one escaper for page and downloads)

from . import state


def _language_chosen() -> None:
    st.session_state[state.LANG_KEY] = st.session_state["language_picker"]


def language_picker() -> None:
    t = state.translator()
    current = state.locale()
    st.sidebar.selectbox(
        t("ui.language"), i18n.LOCALES, index=i18n.LOCALES.index(current),
        format_func=lambda code: i18n.LANGUAGE_NAMES[code], key="language_picker", on_change=_language_chosen,
    )


def not_legal_advice() -> None:
    st.caption(state.translator()("ui.not_legal_advice"))
