"""The quick-exit control shown on every page.

A real <button> moved to the very start of <body> so it is the first thing reached by Tab; it
hides the page at once and replaces the location (so Back does not return). Shift pressed three
times, or Esc twice, does the same. No request is made before the user leaves.
"""
from __future__ import annotations

import json

import streamlit as st

EXIT_URL = "https://www.bbc.com/weather"

_SCRIPT = """
<script>
(function () {
  const doc = window.parent ? window.parent.document : document;
  const win = doc.defaultView || window;
  if (doc.getElementById("quick-exit")) { return; }
  const leave = function () {
    doc.documentElement.style.visibility = "hidden";
    doc.title = "";
    try { win.top.location.replace(%(url)s); } catch (e) { win.location.replace(%(url)s); }
  };
  const button = doc.createElement("button");
  button.id = "quick-exit";
  button.type = "button";
  button.textContent = %(label)s;
  button.setAttribute("aria-label", %(aria)s);
  button.setAttribute("accesskey", "x");
  button.addEventListener("click", leave);
  doc.body.insertBefore(button, doc.body.firstChild);
  let shifts = [], escapes = [];
  doc.addEventListener("keydown", function (event) {
    const now = Date.now();
    if (event.key === "Shift" && !event.repeat) {
      shifts = shifts.filter(function (t) { return now - t < 1500; }).concat([now]);
      if (shifts.length >= 3) { leave(); }
    } else if (event.key === "Escape") {
      escapes = escapes.filter(function (t) { return now - t < 1000; }).concat([now]);
      if (escapes.length >= 2) { leave(); }
    }
  }, true);
})();
</script>
<style>
#quick-exit {
  position: fixed; top: 0.6rem; right: 0.75rem; z-index: 1000002;
  background: #b00020; color: #fff; border: 2px solid #fff; border-radius: 0.4rem;
  padding: 0.55rem 1.1rem; font-size: 1rem; font-weight: 700; cursor: pointer;
  box-shadow: 0 1px 4px rgba(0,0,0,.35);
}
#quick-exit:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
</style>
"""


def render(label: str = "Exit this page", aria: str = "Exit this page") -> None:
    """Put the quick-exit button on the page (once per browser page; harmless on reruns)."""
    st.html(
        _SCRIPT % {"url": json.dumps(EXIT_URL), "label": json.dumps(label), "aria": json.dumps(aria)},
        unsafe_allow_javascript=True,
    )
