"""The validated snapshot: used when nothing changed, ignored when anything did."""
import shutil

import law_db
from law_db import loader, snapshot
from support import FIXTURES


def test_snapshot_is_used_then_invalidated_by_a_change(tmp_path, monkeypatch):
    monkeypatch.setenv("LAW_DB_CACHE", str(tmp_path / "cache"))
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "good", data)
    first = law_db.load(data)
    assert list((tmp_path / "cache").glob("*.pickle"))
    loader._cache.clear()
    monkeypatch.setattr(loader, "load_database", lambda *_: (_ for _ in ()).throw(AssertionError("parsed again")))
    again = law_db.load(data)                       # a new process would get it from the snapshot
    assert list(again.jurisdictions) == list(first.jurisdictions)
    loader._cache.clear()
    aq = data / "jurisdictions" / "AQ.yaml"
    aq.write_text(aq.read_text().replace("Up to 2 years", "Up to 4 years"))
    monkeypatch.undo()
    monkeypatch.setenv("LAW_DB_CACHE", str(tmp_path / "cache"))
    changed = law_db.load(data)
    assert changed.provision("AQ/act-1").penalties == "Up to 4 years (invented)."


def test_key_depends_on_content_and_day(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "good", data)
    k1 = snapshot.key(data)
    monkeypatch.setenv("LAW_DB_TODAY", "2026-12-01")
    assert snapshot.key(data) != k1


def test_corrupt_snapshot_means_a_normal_load(tmp_path, monkeypatch):
    monkeypatch.setenv("LAW_DB_CACHE", str(tmp_path))
    (tmp_path / "abc.pickle").write_bytes(b"not a pickle")
    assert snapshot.read("abc") is None
