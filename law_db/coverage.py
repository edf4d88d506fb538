"""Coverage report: which jurisdictions exist, which UN member states are still missing, and
which conducts each jurisdiction's provisions cover."""
from __future__ import annotations

from . import iso
from .database import Database
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
        for c in p.conducts:
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
    lines += ["", f"Platforms: {len(db.platforms)}; international removal channels: "
              f"{len(db.international.removal_channels)}; international support organizations: "
              f"{len(db.international.support_organizations)}"]
    return "\n".join(lines)
