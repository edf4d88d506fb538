"""Small presentation helpers shared by pages: safe text, the language picker, the footer."""
from __future__ import annotations

import re

import streamlit as st

import i18n

from . import state

_MD_SPECIAL = "\\`*_[]<>#|~!$"
_LINE_START = re.compile(r"^(\s*)(?:([-+=>])|(\d+)([.)]))", re.MULTILINE)


def md_escape(text: str) -> str:
    """Text shown as-is: no Markdown formatting, HTML, images or links can come from data.
    (Dots and hyphens inside text stay unescaped so web addresses still read correctly.)"""
    escaped = "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in text)
    return _LINE_START.sub(
        lambda m: m.group(1) + ("\\" + m.group(2) if m.group(2) else m.group(3) + "\\" + m.group(4)), escaped)


def _language_chosen() -> None:
    st.session_state[state.LANG_KEY] = st.session_state["language_picker"]


def safe_url(url: str) -> str:
    """A validated https address for a Markdown link target: brackets and spaces encoded."""
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")


def language_picker() -> None:
    t = state.translator()
    current = state.locale()
    st.sidebar.selectbox(
        t("ui.language"), i18n.LOCALES, index=i18n.LOCALES.index(current),
        format_func=lambda code: i18n.LANGUAGE_NAMES[code], key="language_picker", on_change=_language_chosen,
    )


def not_legal_advice() -> None:
    st.caption(state.translator()("ui.not_legal_advice"))
