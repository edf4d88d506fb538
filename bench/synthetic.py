"""A synthetic database N times the real one, for measuring how load and validation grow:
each real jurisdiction file is copied under ISO 3166-2 subdivision codes not in the data."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pycountry

from law_db.loader import DATA_DIR


def build(factor: int, target: Path, source: Path = DATA_DIR) -> int:
    """Write the real data plus (factor - 1) copies of every jurisdiction; return the file count."""
    shutil.copytree(source, target, dirs_exist_ok=True)
    originals = sorted((source / "jurisdictions").glob("*.yaml"))
    present = {p.stem for p in originals}
    codes = (s.code for s in pycountry.subdivisions if s.code not in present)
    written = len(originals)
    for _ in range(factor - 1):
        for path in originals:
            code = next(codes)
            country = code.split("-")[0]
            text = path.read_text(encoding="utf-8")
            text = re.sub(r"(?m)^id: .*$", f"id: {code}", text, count=1)
            text = re.sub(r"(?m)^parent: .*\n", "", text, count=1)
            if country in present:  # a subdivision of a country in the data takes it as parent
                text = text.replace(f"id: {code}\n", f"id: {code}\nparent: {country}\n", 1)
            (target / "jurisdictions" / f"{code}.yaml").write_text(text, encoding="utf-8")
            written += 1
    return written
