"""Per-session state: the language and the answers. Kept in st.session_state only, never in
the URL, a file, a log or a process-global; dropped when the session ends."""
from __future__ import annotations

import streamlit as st

import i18n

LANG_KEY = "lang"
ANSWERS_KEY = "answers"
STEP_KEY = "step"


def locale() -> str:
    if LANG_KEY not in st.session_state:
        st.session_state[LANG_KEY] = i18n.negotiate(st.context.locale)
    return st.session_state[LANG_KEY]


def translator() -> i18n.Translator:
    return i18n.Translator(locale())


def browser_region() -> str | None:
    return i18n.region_of(st.context.locale)


def answers() -> dict:
    value = st.session_state.get(ANSWERS_KEY)
    if not isinstance(value, dict):
        value = st.session_state[ANSWERS_KEY] = {}
    return value


def step() -> int:
    value = st.session_state.get(STEP_KEY, 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        value = 0  # anything odd in the session starts the questions again rather than failing
    st.session_state[STEP_KEY] = value
    return value


def go_to(index: int) -> None:
    st.session_state[STEP_KEY] = max(0, index)


def forget_everything() -> None:
    for key in list(st.session_state.keys()):
        if key != LANG_KEY:
            del st.session_state[key]
