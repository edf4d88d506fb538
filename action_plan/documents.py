"""Downloads of the plan, built in memory (bytes), never written to disk."""
from __future__ import annotations

import unicodedata
from pathlib import Path

from fpdf import FPDF

from i18n import Translator

from .plan import Plan
from .render import md_escape, say, show_item, to_markdown

EVIDENCE_COLUMNS = ("date", "url", "platform", "account", "what_was_shown", "reported")


def _filled(rows) -> list[list[str]]:
    """The rows the person typed, cleaned to plain single-line text; empty rows dropped."""
    out = []
    for row in rows or ():
        cells = [" ".join(str(row.get(c) or "").split()) for c in EVIDENCE_COLUMNS]
        if any(cells):
            out.append(cells)
    return out


def evidence_log_markdown(t: Translator, rows=None) -> str:
    header = [t(f"evidence.column.{c}") for c in EVIDENCE_COLUMNS]
    lines = [f"## {t('evidence.log_title')}", "", t("evidence.log_intro"), "",
             "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for cells in _filled(rows):
        lines.append("| " + " | ".join(md_escape(c) for c in cells) + " |")
    lines += ["|" + "   |" * len(header) for _ in range(6)]
    return "\n".join(lines) + "\n"


def plan_markdown(plan: Plan, t: Translator, evidence_rows=None) -> bytes:
    return (to_markdown(plan, t) + "\n" + evidence_log_markdown(t, evidence_rows)).encode("utf-8")


_TYPOGRAPHY = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...",
                             "•": "-", "€": "EUR", "\u00a0": " ", "→": "->"})


_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}


def unicode_font_available() -> bool:
    return all((_DEJAVU / f).exists() for f in _FONT_FILES.values())


def use_font(pdf) -> str:
    """Register DejaVu Sans (every script the data uses) when the system has it (Debian's
    fonts-dejavu-core); otherwise the built-in Helvetica, with text reduced to Latin-1."""
    if unicode_font_available():
        for style, name in _FONT_FILES.items():
            pdf.add_font("DejaVu", style=style, fname=str(_DEJAVU / name))
        return "DejaVu"
    return "Helvetica"


def pdf_text(text: str, family: str) -> str:
    return text if family == "DejaVu" else _pdf_safe(text)


def _pdf_safe(text: str) -> str:
    """The PDF's built-in font covers Latin-1; other letters lose their accents, not their place."""
    out = []
    for ch in text.translate(_TYPOGRAPHY):
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
            out.append(base or "?")
    return "".join(out)


class _PlanPDF(FPDF):
    def __init__(self, footer_text: str):
        super().__init__(format="A4")
        self._footer_text = footer_text
        self.family = use_font(self)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family, size=8)
        self.cell(0, 8, pdf_text(f"{self._footer_text} {self.page_no()}", self.family), align="C")


def plan_pdf(plan: Plan, t: Translator, evidence_rows=None) -> bytes:
    pdf = _PlanPDF(t("plan.heading"))
    family = pdf.family
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_title(pdf_text(t("plan.heading"), family))
    pdf.add_page()
    width = pdf.epw

    def para(text: str, size: int = 10, style: str = "", space: float = 1.5) -> None:
        pdf.set_font(family, style=style, size=size)
        pdf.multi_cell(width, size * 0.5, pdf_text(text, family), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(space)

    para(t("plan.heading"), 18, "B", 3)
    para(t("plan.not_legal_advice"), 10, "I", 3)
    for note in plan.notes:
        para(say(t, note), 10, "I")
    for section in plan.sections:
        para(t(f"section.{section.id}"), 14, "B", 2)
        if not section.items:
            para(t("section.empty"))
        for item in section.items:
            s = show_item(t, item)
            para(s.title, 11, "B", 0.5)
            para(s.why, 9, "I", 0.5)
            if s.body:
                para(s.body, 10, "", 0.5)
            for label, value in s.details:
                para(f"{label}: {value}", 9, "", 0.2)
            for line in (s.limits, s.secondary, f"{s.url_label}: {s.url}" if s.url else "", s.last_verified):
                if line:
                    para(line, 9, "", 0.2)
            pdf.ln(2)
    para(t("evidence.log_title"), 14, "B", 2)
    para(t("evidence.log_intro"))
    pdf.set_font(family, size=7)
    with pdf.table(col_widths=(14, 26, 14, 14, 22, 14)) as table:
        table.row([pdf_text(t(f"evidence.column.{c}"), family) for c in EVIDENCE_COLUMNS])
        for cells in _filled(evidence_rows):
            table.row([pdf_text(c, family) for c in cells])
        for _ in range(8):
            table.row([""] * len(EVIDENCE_COLUMNS))
    return bytes(pdf.output())
