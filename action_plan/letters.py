"""Ready-to-send documents filled from the plan: removal request, copyright notice, erasure
request, preservation request, incident summary.

Templates are data (action_plan/templates/): one file per document per locale, plus
documents.yaml saying which fields each needs and which provisions it relies on. What the person
types is passed in and returned as text; nothing is kept here.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

import yaml
from babel.dates import format_date

from i18n import Translator
from law_db import Database
from law_db.models import Provision
from law_db.portals import host_of, is_official_portal
from law_db.vocab import ProvisionKind

from .answers import Answers
from .documents import EVIDENCE_COLUMNS, pdf_text, use_font

TEMPLATES = Path(__file__).with_name("templates")
MAX_FIELD = 2000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@functools.lru_cache(maxsize=1)
def definitions() -> dict:
    with open(TEMPLATES / "documents.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)["documents"]


def template(doc_id: str, locale: str) -> str:
    path = TEMPLATES / locale / f"{doc_id}.md"
    if not path.exists():
        path = TEMPLATES / "en" / f"{doc_id}.md"
    return path.read_text(encoding="utf-8")


def _chain(answers: Answers, db: Database) -> list:
    code = answers.jurisdiction
    chain = db.chain(code) if code else []
    return chain or (db.chain(answers.country) if answers.country else [])


def available(answers: Answers, db: Database) -> list[str]:
    codes = {j.id for j in _chain(answers, db)}
    return [doc for doc, spec in definitions().items()
            if spec["available"] == "everywhere" or codes & set(spec["available"])]


def legal_basis(doc_id: str, answers: Answers, db: Database) -> list[tuple[str, Provision]]:
    spec = definitions()[doc_id]["legal_basis"]
    chain = _chain(answers, db)
    out: list[tuple[str, Provision]] = []
    for ref in spec.get("refs", []):
        p = db.provision(ref)
        if p:
            out.append((ref.split("/")[0], p))
    by_jurisdiction = spec.get("refs_by_jurisdiction", {})
    for j in chain:
        if j.id in by_jurisdiction:
            out += [(ref.split("/")[0], db.provision(ref)) for ref in by_jurisdiction[j.id] if db.provision(ref)]
            break
    kinds = {ProvisionKind(k) for k in spec.get("kinds", [])}
    conducts = answers.conducts
    for j in chain:
        for p in j.provisions:
            if p.kind in kinds and (not conducts or p.kind != ProvisionKind.CRIMINAL
                                    or conducts & {c.value for c in p.conducts}):
                out.append((j.id, p))
    return out


def clean(value: str | None) -> str:
    """What the person typed, as plain text: no control characters, bounded length."""
    return _CONTROL.sub("", (value or "").strip())[:MAX_FIELD]


def _blank(t: Translator, field: str) -> str:
    return t(f"doc.field.{field}.blank")


def render(doc_id: str, t: Translator, answers: Answers, db: Database, fields: dict,
           evidence_rows: list[dict] | None = None, today: dt.date | None = None,
           platform_id: str | None = None) -> str:
    """The document as plain text, ready to edit and send, followed by notes for the person.
    ``platform_id`` (from the database) fills in the recipient and cites its own policy page."""
    spec = definitions()[doc_id]
    platform = db.platform(platform_id) if platform_id else None
    if platform and not clean(fields.get("recipient")):
        fields = {**fields, "recipient": platform.name}
    values = {name: clean(fields.get(name)) or _blank(t, name) for name in spec["fields"]}
    values["policy_clause"] = (t("doc.policy_clause.platform", url=platform.policy_url) if platform and platform.policy_url
                               else t("doc.policy_clause.generic"))
    urls = [u for u in re.split(r"\s+", clean(fields.get("urls"))) if u]
    values["urls"] = "\n".join(f"- {u}" for u in urls) if urls else f"- {_blank(t, 'urls')}"
    values["date"] = format_date(today or dt.date.today(), format="long", locale=t.locale)
    basis = legal_basis(doc_id, answers, db)
    citations = t.join([p.citation for _, p in basis])
    values["citation"] = basis[0][1].citation if basis else ""
    values["legal_clause"] = t("doc.legal_clause", citations=citations) if basis else ""
    rows = [r for r in (evidence_rows or []) if any(clean(str(r.get(c) or "")) for c in EVIDENCE_COLUMNS)]
    rows.sort(key=lambda r: clean(str(r.get("date") or "")))
    values["timeline"] = "\n".join(
        "- " + " · ".join(clean(str(r.get(c) or "")) for c in ("date", "platform", "url", "account", "what_was_shown")
                          if clean(str(r.get(c) or ""))) for r in rows) or t("doc.none_yet")
    values["reports"] = "\n".join(
        f"- {clean(str(r.get('reported')))} ({clean(str(r.get('url') or r.get('platform') or ''))})"
        for r in rows if clean(str(r.get("reported") or ""))) or t("doc.none_yet")
    values["provisions"] = "\n".join(f"- {p.citation} ({t.place(code)}): {t.text(p.summary)}"
                                     for code, p in basis) or t("doc.none_yet")
    body = template(doc_id, t.locale).format_map(values)
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"

    notes = ["", "-" * 60, t("doc.notes.heading"), "", t("doc.not_legal_advice")]
    if t.has(f"doc.{doc_id}.warning"):
        notes += ["", t(f"doc.{doc_id}.warning")]
    if platform:
        notes += ["", t("doc.notes.platform_form", platform=platform.name)]
        notes += [f"- {ch.label}: {ch.url}" for ch in platform.channels]
    if basis:
        notes += ["", t("doc.notes.legal_basis")]
        for code, p in basis:
            key = "doc.notes.provision" if is_official_portal(p.official_url) else "doc.notes.provision_copy"
            notes.append(t(key, citation=p.citation, place=t.place(code), url=p.official_url,
                           host=host_of(p.official_url), date=p.last_verified.isoformat()))
            if p.verification.value == "secondary":
                notes.append("  " + t("item.secondary"))
    return body + "\n".join(notes) + "\n"


def as_markdown(text: str) -> bytes:
    """The document for a Markdown viewer: the text in a plain block, so nothing typed is formatted."""
    fence = "~~~~"
    while fence in text:
        fence += "~"
    return f"{fence}text\n{text}{fence}\n".encode("utf-8")


def as_pdf(text: str, title: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    family = use_font(pdf)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_title(pdf_text(title, family))
    pdf.add_page()
    pdf.set_font(family, size=10)
    for line in text.splitlines() or [""]:
        pdf.multi_cell(pdf.epw, 5, pdf_text(line, family) or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
