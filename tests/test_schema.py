"""The committed JSON Schema matches the models, and editors are pointed at it."""
import json

import jsonschema
import pytest
import yaml

from law_db import schema
from law_db.loader import DATA_DIR
from support import FIXTURES, ROOT


def test_committed_schema_is_up_to_date():
    assert schema.out_of_date() == [], "run `python -m law_db schema` and commit the result"


def test_out_of_date_schema_is_detected(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "SCHEMA_DIR", tmp_path)
    assert len(schema.out_of_date()) == 3
    schema.write_all()
    assert schema.out_of_date() == []
    (tmp_path / "jurisdiction.schema.json").write_text("{}")
    assert schema.out_of_date() == ["law_db/schema/jurisdiction.schema.json"]


def _data_files():
    files = sorted((DATA_DIR / "jurisdictions").glob("*.yaml"))
    files += [p for p in (DATA_DIR / "platforms.yaml", DATA_DIR / "international.yaml") if p.exists()]
    return files


def _schema_for(path):
    if path.name == "platforms.yaml":
        return "platforms.schema.json", "../schema/platforms.schema.json"
    if path.name == "international.yaml":
        return "international.schema.json", "../schema/international.schema.json"
    return "jurisdiction.schema.json", "../../schema/jurisdiction.schema.json"


@pytest.mark.parametrize("path", _data_files(), ids=lambda p: p.name)
def test_data_file_heads_with_schema_line_and_passes_json_schema(path):
    name, relative = _schema_for(path)
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={relative}"
    assert (path.parent / relative).resolve() == (ROOT / "law_db" / "schema" / name)
    instance = yaml.safe_load(path.read_text(encoding="utf-8"))
    instance = json.loads(json.dumps(instance, default=str))  # dates as strings, as editors see them
    jsonschema.validate(instance, json.loads((ROOT / "law_db" / "schema" / name).read_text()))


def test_json_schema_rejects_what_the_loader_rejects():
    spec = json.loads((ROOT / "law_db" / "schema" / "jurisdiction.schema.json").read_text())
    good = json.loads(json.dumps(yaml.safe_load((FIXTURES / "good/jurisdictions/AQ.yaml").read_text()), default=str))
    jsonschema.validate(good, spec)
    bad = json.loads(json.dumps(good))
    bad["provisions"][0]["conducts"] = ["sharing"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, spec)
    bad = json.loads(json.dumps(good))
    bad["provisions"][0]["official_url"] = "http://example.org"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, spec)
