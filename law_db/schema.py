"""The JSON Schema files editors validate against, generated from the models."""
from __future__ import annotations

import json
from pathlib import Path

from .models import InternationalFile, Jurisdiction, PlatformsFile

SCHEMA_DIR = Path(__file__).parent / "schema"
SCHEMAS = {
    "jurisdiction.schema.json": Jurisdiction,
    "platforms.schema.json": PlatformsFile,
    "international.schema.json": InternationalFile,
}


def render(model) -> str:
    schema = model.model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def out_of_date() -> list[str]:
    stale = []
    for name, model in SCHEMAS.items():
        path = SCHEMA_DIR / name
        if not path.exists() or path.read_text(encoding="utf-8") != render(model):
            stale.append(f"law_db/schema/{name}")
    return stale


def write_all() -> list[str]:
    SCHEMA_DIR.mkdir(exist_ok=True)
    for name, model in SCHEMAS.items():
        (SCHEMA_DIR / name).write_text(render(model), encoding="utf-8")
    return [f"law_db/schema/{name}" for name in SCHEMAS]
