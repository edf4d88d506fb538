"""Streamlit presentation: shared components and page scripts (in ui/screens/). No legal logic here."""
