"""A plan in one language: translated strings, Markdown and PDF, all built in memory."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from babel.dates import format_date

from i18n import Translator

from .plan import Item, Joined, Msg, Place, Plan


def say(t: Translator, value: Any) -> str:
    """Translate a Msg, Place, Joined list or data Text into the translator's language."""
    if value is None:
        return ""
    if isinstance(value, Msg):
        params = {name: say(t, v) for name, v in value.params}
        if value.key == "language.name":
            return _language_name(params["code"], t.locale)
        return t(value.key, **params)
    if isinstance(value, Place):
        return t.place(value.code)
    if isinstance(value, Joined):
        return t.join([say(t, v) for v in value.items])
    if isinstance(value, (dict, str)):
        return t.text(value)
    if isinstance(value, dt.date):
        return format_date(value, format="long", locale=t.locale)
    return str(value)


def _language_name(code: str, locale: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).get_display_name(locale) or code
    except (ValueError, UnknownLocaleError):
        return code


@dataclass(frozen=True)
class ShownItem:
    """An item as a person sees it, in one language."""

    id: str
    title: str
    why: str
    body: str
    url: str | None
    url_label: str
    details: tuple[tuple[str, str], ...]
    limits: str
    last_verified: str
    secondary: str
    sources: tuple[str, ...]
    only_english: bool
    guide: str | None
    evidence_log: bool


def show_item(t: Translator, item: Item) -> ShownItem:
    only_english = t.locale != "en" and any(isinstance(v, (dict, str)) and not t.text_is_translated(v)
                                            for v in (item.body, item.limits) if v is not None)
    return ShownItem(
        id=item.id,
        title=say(t, item.title),
        why=say(t, item.why),
        body=say(t, item.body),
        url=item.url,
        url_label=say(t, item.url_label) if item.url_label else "",
        details=tuple((t(d.label), say(t, d.value)) for d in item.details),
        limits=t("item.limits", limits=say(t, item.limits)) if item.limits else "",
        last_verified=t("item.last_verified", date=say(t, item.last_verified)) if item.last_verified else "",
        secondary=t("item.secondary") if item.secondary else "",
        sources=item.sources,
        only_english=only_english,
        guide=item.guide,
        evidence_log=item.evidence_log,
    )


_MD_SPECIAL = "\\`*_{}[]<>#|~!$"
_LINE_START = re.compile(r"^(\s*)(?:([-+=>])|(\d+)([.)]))", re.MULTILINE)


def md_escape(text: str) -> str:
    """Text shown as-is in Markdown (the page, the downloads): no formatting, HTML, images or links
    can come from data or from what someone typed. Dots and hyphens inside text stay unescaped so
    web addresses still read correctly."""
    escaped = "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in text)
    return _LINE_START.sub(
        lambda m: m.group(1) + ("\\" + m.group(2) if m.group(2) else m.group(3) + "\\" + m.group(4)), escaped)


def safe_url(url: str) -> str:
    """A validated https address for a Markdown link target: brackets and spaces encoded."""
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")


def to_markdown(plan: Plan, t: Translator) -> str:
    """The whole plan as Markdown, for download. Contains nothing the person typed."""
    lines = [f"# {t('plan.heading')}", "", t("plan.not_legal_advice"), ""]
    for note in plan.notes:
        lines += [f"> {md_escape(say(t, note))}", ""]
    for section in plan.sections:
        lines += [f"## {t('section.' + section.id)}", ""]
        if section.wanted:
            lines += [f"*{t('section.wanted')}*", ""]
        if not section.items:
            lines += [t("section.empty"), ""]
        for item in section.items:
            s = show_item(t, item)
            lines.append(f"### {md_escape(s.title)}")
            lines.append("")
            lines.append(f"*{md_escape(s.why)}*")
            lines.append("")
            if s.body:
                lines += [md_escape(s.body), ""]
            for label, value in s.details:
                lines.append(f"- **{md_escape(label)}:** {md_escape(value)}")
            if s.limits:
                lines.append(f"- {md_escape(s.limits)}")
            if s.url:
                lines.append(f"- {md_escape(s.url_label)}: <{s.url}>")
            if s.last_verified:
                lines.append(f"- {md_escape(s.last_verified)}")
            if s.secondary:
                lines.append(f"- {md_escape(s.secondary)}")
            if s.sources:
                lines.append(f"- {t('item.sources')}: " + ", ".join(f"<{u}>" for u in s.sources))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
