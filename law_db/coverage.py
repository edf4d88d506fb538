"""Coverage report: which jurisdictions exist, which UN member states are still missing, and
which conducts each jurisdiction's provisions cover."""
from __future__ import annotations

from dataclasses import dataclass

from . import iso
from .database import Database
from .models import covered_conducts
from .scopes import SCOPES, Scope
from .un_members import UN_MEMBER_STATES
from .vocab import Conduct


def conducts_covered(j) -> dict[Conduct, str]:
    """Per conduct: 'specific' (a provision aimed at it), 'general' (only general provisions),
    'gap' (the file says there is no law), or absent when the database says nothing."""
    out: dict[Conduct, str] = {}
    for gap in j.gaps:
        for c in gap.conducts:
            out[c] = "gap"
    for p in j.provisions:
        covered = covered_conducts(p)
        for c in (c for c in p.conducts if c.value in covered):
            if p.specific:
                out[c] = "specific"
            elif out.get(c) != "specific":
                out[c] = "general"
    return out


_MARK = {"specific": "●", "general": "○", "gap": "✗"}


def coverage_report(db: Database) -> str:
    conducts = list(Conduct)
    lines = ["Jurisdictions in the database", ""]
    header = f"{'id':<8}{'name':<28}{'prov':>5}  " + " ".join(f"{c.value[:9]:<9}" for c in conducts)
    lines.append(header)
    for j in db.jurisdictions.values():
        covered = conducts_covered(j)
        marks = " ".join(f"{_MARK.get(covered.get(c), '·'):<9}" for c in conducts)
        lines.append(f"{j.id:<8}{j.name[:27]:<28}{len(j.provisions):>5}  {marks}")
    lines += ["", "● specific provision   ○ only general provisions   ✗ no law (stated)   · nothing in the database", ""]
    countries = {code for code in db.jurisdictions if "-" not in code}
    missing = [code for code in UN_MEMBER_STATES if code not in countries]
    lines.append(f"UN member states covered: {len(UN_MEMBER_STATES) - len(missing)} of {len(UN_MEMBER_STATES)}")
    lines.append(f"Not yet in the database ({len(missing)}):")
    row = []
    for code in missing:
        row.append(f"{code} {iso.english_name(code)}")
    lines.extend("  " + "; ".join(row[i:i + 6]) for i in range(0, len(row), 6))
    lines += ["", "Committed scopes (python -m law_db coverage --scope NAME for details):"]
    for scope in SCOPES.values():
        counts = scope_counts(db, scope)
        lines.append(f"  {scope.name:<8}{len(counts.present):>4} of {len(scope.codes):<4}{scope.label}")
    lines += ["", f"Platforms: {len(db.platforms)}; international removal channels: "
              f"{len(db.international.removal_channels)}; international support organizations: "
              f"{len(db.international.support_organizations)}"]
    return "\n".join(lines)


@dataclass(frozen=True)
class ScopeCounts:
    present: tuple                # the scope's jurisdictions in the database
    missing: tuple[str, ...]      # codes not in it yet
    provisions: int
    verified: int


def scope_counts(db: Database, scope: Scope) -> ScopeCounts:
    present = tuple(db.jurisdictions[c] for c in scope.codes if c in db.jurisdictions)
    provisions = [p for j in present for p in j.provisions]
    return ScopeCounts(present, tuple(c for c in scope.codes if c not in db.jurisdictions), len(provisions),
                       sum(p.verification.value == "verified" for p in provisions))


def scope_report(db: Database, scope: Scope) -> str:
    """One committed scope: what is missing, how much is verified, where there is no specific law."""
    counts = scope_counts(db, scope)
    present = counts.present
    lines = [scope.label, "", f"In the database: {len(present)} of {len(scope.codes)}"]
    if counts.missing:
        lines.append("Missing: " + "; ".join(f"{c} {iso.english_name(c)}" for c in counts.missing))
    lines.append(f"Provisions: {counts.provisions} ({counts.verified} verified against the official text, "
                 f"{counts.provisions - counts.verified} secondary)")
    lines.append(f"Agencies: {sum(len(j.agencies) for j in present)}; support organizations: "
                 f"{sum(len(j.support_organizations) for j in present)}; "
                 f"without an agency: {', '.join(j.id for j in present if not j.agencies) or 'none'}")
    lines += ["", "Without a specific provision, per conduct (✗ the file says there is no law, "
              "○ only general provisions, · nothing in the database):"]
    for conduct in Conduct:
        marks = []
        for j in present:
            state = conducts_covered(j).get(conduct)
            if state != "specific":
                marks.append(f"{j.id} {_MARK.get(state, '·')}")
        lines.append(f"  {conduct.value:<10}{len(marks):>3}: {', '.join(marks) or '—'}")
    return "\n".join(lines)
