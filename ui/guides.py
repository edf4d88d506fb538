"""Guides: Markdown files in guides/<locale>/<slug>.md, rendered with markdown and sanitized
with nh3 (no scripts, no images, https links only) before they reach the page."""
from __future__ import annotations

import functools
import os
from pathlib import Path

import markdown
import nh3
import streamlit as st

GUIDES_DIR = Path(__file__).resolve().parent.parent / "guides"


def guides_dir() -> Path:
    """$APP_GUIDES_DIR (tests) or the repository's guides/ folder."""
    return Path(os.environ.get("APP_GUIDES_DIR") or GUIDES_DIR)
SLUGS = ("preserving-evidence", "getting-images-removed", "reporting-to-police", "sextortion", "deepfakes",
         "under-18", "supporting-a-friend", "staying-safe-online")
_ALLOWED_TAGS = {"h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "a", "blockquote", "br", "hr",
                 "code", "table", "thead", "tbody", "tr", "th", "td"}


def sanitize(html: str) -> str:
    """Only harmless tags; links only to https; no images, frames, scripts or event handlers."""
    return nh3.clean(html, tags=_ALLOWED_TAGS, attributes={"a": {"href", "title"}}, url_schemes={"https"},
                     link_rel="noopener noreferrer nofollow")


def html_for(slug: str, locale: str) -> str:
    if slug not in SLUGS:
        raise KeyError(slug)
    return _html(guides_dir(), slug, locale)


@functools.lru_cache(maxsize=64)
def _html(folder: Path, slug: str, locale: str) -> str:
    path = folder / locale / f"{slug}.md"
    if not path.exists():
        path = folder / "en" / f"{slug}.md"
    return sanitize(markdown.markdown(path.read_text(encoding="utf-8"), extensions=["tables"]))


def show(slug: str, locale: str) -> None:
    st.html(html_for(slug, locale))
