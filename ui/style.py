"""Page-wide CSS that Streamlit's theme options cannot express (injected once per run, no script)."""
import streamlit as st

_CSS = """
<style>
/* captions and help text: at least 4.5:1 contrast on white (WCAG 1.4.3) */
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p,
[data-testid="stWidgetLabel"] p, [data-testid="stTooltipIcon"] { color: #4a4a4a !important; opacity: 1 !important; }
a { text-underline-offset: 2px; }
/* on phones the questions, not the title, should fill the first screen */
@media (max-width: 640px) { h1 { font-size: 1.75rem !important; line-height: 1.25 !important; } }
</style>
"""


def apply() -> None:
    st.html(_CSS)
