"""Entry point: page set-up, the quick exit on every page, and the router."""
import streamlit as st

from ui import quick_exit

st.set_page_config(page_title="Image abuse: your rights and help", page_icon=None, layout="wide")
quick_exit.render()

page = st.navigation(
    [st.Page("ui/screens/jurisdictions.py", title="Laws by jurisdiction", url_path="laws", default=True)]
)
page.run()
