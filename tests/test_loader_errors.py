"""Every broken fixture gets its exact message, and the good files beside it still load."""
import shutil

import pytest

from law_db import load_database
from support import FIXTURES, good_data_with

GOOD = {"AQ", "BV", "EU"}

# case folder → (the exact problems, with {d} for the data folder; what must still load)
CASES = {
    "syntax_error": ["{d}/jurisdictions/GS.yaml:20:12: YAML syntax error: did not find expected ',' or ']' (GS.yaml left out)"],
    "wrong_type_bool": ["{d}/jurisdictions/GS.yaml:18:15: provisions[0].specific: expected true or false, found 'yes' (GS/ordinance-1 left out)"],
    "missing_source": ["{d}/jurisdictions/GS.yaml:14:5: provisions[0].sources: required field is missing (GS/ordinance-1 left out)"],
    "unknown_conduct": ["{d}/jurisdictions/GS.yaml:19:23: provisions[0].conducts[1]: unknown conduct 'sharing'; expected one of: share, threaten, record, synthetic, theft, minor (GS/ordinance-1 left out)"],
    "duplicate_id": ["{d}/jurisdictions/GS.yaml:28:9: provisions[1].id: duplicate id 'ordinance-1' (first at line 14) (second GS/ordinance-1 left out)"],
    "dangling_parent": ["{d}/jurisdictions/GS.yaml:5:9: parent: a country's parent can only be EU, found 'EV'"],
    "http_url": ["{d}/jurisdictions/GS.yaml:22:19: provisions[0].official_url: links must start with https://; found 'http://example.org/gs/ordinance' (GS/ordinance-1 left out)"],
    "future_date": ["{d}/jurisdictions/GS.yaml:12:16: last_verified: date 2030-01-01 is in the future (GS.yaml left out)"],
    "tracking_parameter": ["{d}/jurisdictions/GS.yaml:22:19: provisions[0].official_url: remove the tracking parameter utm_source from the link (GS/ordinance-1 left out)"],
    "duplicate_across_files": ["{d}/jurisdictions/GS.yml:2:5: id: jurisdiction 'GS' is already defined in {d}/jurisdictions/GS.yaml (GS.yml left out)"],
    "bidi_control": ["{d}/jurisdictions/GS.yaml:16:15: provisions[0].citation: contains an invisible text-direction character (U+202E); remove it (GS/ordinance-1 left out)"],
    "unreachable_organization": ["{d}/jurisdictions/GS.yaml:43:5: support_organizations[0]: give at least one way to reach it: url, phone or email (GS/nowhere left out)"],
    "unknown_iso_code": ["{d}/jurisdictions/XQ.yaml:2:5: id: 'XQ' is not an ISO 3166 country or subdivision code (XQ.yaml left out)"],
    "duplicate_key": ["{d}/jurisdictions/GS.yaml:4:1: duplicate key 'name' (first at line 3) (GS.yaml left out)"],
    "unknown_field": [
        "{d}/jurisdictions/GS.yaml:28:5: provisions[1].citation: required field is missing (GS/ordinance-2 left out)",
        "{d}/jurisdictions/GS.yaml:30:14: provisions[1].citaton: unknown field 'citaton'; did you mean 'citation'? (GS/ordinance-2 left out)",
    ],
    "unquoted_no": ["{d}/jurisdictions/GS.yaml:5:22: official_languages[0]: expected text, found true/false (a yes/no value); put it in quotes (GS.yaml left out)"],
    "quoted_date": ["{d}/jurisdictions/GS.yaml:12:16: last_verified: expected a date written YYYY-MM-DD without quotes, found '2026-01-15' (GS.yaml left out)"],
    "dangling_reference": ["{d}/jurisdictions/GS.yaml:34:15: provisions[1].related[0]: reference 'ordinance-9' does not match any provision"],
    "id_mismatch": ["{d}/jurisdictions/GS.yaml:2:5: id: id 'HM' does not match the file name 'GS.yaml'; name the file HM.yaml (GS.yaml left out)"],
    "empty_file": ["{d}/jurisdictions/GS.yaml:1:1: file is empty (GS.yaml left out)"],
    "alias_bomb": ["{d}/jurisdictions/GS.yaml:1:4: anchors and aliases (& and *) are not allowed; write the value out (GS.yaml left out)"],
    "binary_junk": ["{d}/jurisdictions/GS.yaml:1:1: file is binary, not YAML text (GS.yaml left out)"],
    "wrong_subdivision_parent": ["{d}/jurisdictions/US-CA.yaml:5:9: parent: a subdivision's parent must be its country: write parent: US"],
    "unknown_language": ["{d}/jurisdictions/GS.yaml:5:26: official_languages[1]: 'qq' is not an ISO 639 language code (for example 'es' or 'en') (GS.yaml left out)"],
    "text_without_english": ["{d}/jurisdictions/GS.yaml:20:14: provisions[0].summary: a text given in several languages needs its English version under 'en' (GS/ordinance-1 left out)"],
    "unquoted_phone": [
        "{d}/jurisdictions/GS.yaml:7:3: emergency_numbers: needs at least 1 entry (or an emergency_note saying why no number could be confirmed) once the broken entries are left out (GS.yaml left out)",
        "{d}/jurisdictions/GS.yaml:7:13: emergency_numbers[0].number: expected text, found the number 999; put it in quotes (GS/999 left out)",
    ],
    "not_a_mapping": ["{d}/jurisdictions/GS.yaml:1:1: expected a mapping of fields, found a list (GS.yaml left out)"],
    "no_provisions": ["{d}/jurisdictions/GS.yaml:13:13: provisions: needs at least 1 entry (GS.yaml left out)"],
    "transposition_not_of_parent": ["{d}/jurisdictions/GS.yaml:44:9: transpositions[0].of: only a jurisdiction with a parent transposes its law: add parent: EU, or remove this entry"],
    "platform_bad_kind": [
        "{d}/platforms.yaml:3:3: platforms: needs at least 1 entry once the broken entries are left out (platforms.yaml left out)",
        "{d}/platforms.yaml:7:15: platforms[0].channels[0].kind: 'revenge' is not allowed here; expected one of: ncii, synthetic, sextortion, minor, privacy, copyright, delisting, general (platform/pictureshare left out)",
    ],
}


def _data_with(case: str, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "good", data)
    shutil.copytree(FIXTURES / "broken" / case, data, dirs_exist_ok=True)
    return data


def test_every_broken_fixture_has_a_case():
    assert {p.name for p in (FIXTURES / "broken").iterdir()} == set(CASES)


def test_good_fixture_loads_clean():
    db = load_database(FIXTURES / "good")
    assert db.problems == ()
    assert set(db.jurisdictions) == GOOD
    assert len(db.platforms) == 2


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_fixture_message_and_the_rest_still_loads(case, tmp_path):
    data = _data_with(case, tmp_path)
    db = load_database(data)
    assert [str(p) for p in db.problems] == [m.format(d=data) for m in CASES[case]]
    assert GOOD <= set(db.jurisdictions)
    if case != "platform_bad_kind":
        assert [p.id for p in db.platforms] == ["pictureshare", "findit"]


def test_broken_entry_costs_only_itself(tmp_path):
    db = load_database(_data_with("unknown_conduct", tmp_path))
    gs = db.jurisdictions["GS"]
    assert [p.id for p in gs.provisions] == ["ordinance-2"]
    assert db.left_out == ("GS/ordinance-1",)


def test_oversized_file_is_refused_without_reading_it_as_yaml(tmp_path):
    data = _data_with("empty_file", tmp_path)
    (data / "jurisdictions" / "GS.yaml").write_bytes(b"# " + b"x" * 5_000_000 + b"\n")
    db = load_database(data)
    assert [str(p) for p in db.problems] == [
        f"{data}/jurisdictions/GS.yaml:1:1: file is 5,000,003 bytes; the limit is 1,000,000 (GS.yaml left out)"
    ]


def test_deep_nesting_is_refused(tmp_path):
    data = _data_with("empty_file", tmp_path)
    (data / "jurisdictions" / "GS.yaml").write_text("a: " + "[" * 50 + "]" * 50 + "\n")
    db = load_database(data)
    assert [p.message for p in db.problems] == ["nested more than 20 levels deep"]


def test_bom_and_crlf_line_endings_load(tmp_path):
    data = _data_with("empty_file", tmp_path)
    text = (FIXTURES / "good" / "jurisdictions" / "AQ.yaml").read_text().replace("id: AQ", "id: GS")
    (data / "jurisdictions" / "GS.yaml").write_bytes("\ufeff".encode() + text.replace("\n", "\r\n").encode())
    db = load_database(data)
    assert db.problems == ()
    assert "GS" in db.jurisdictions


def test_future_in_force_needs_not_yet_in_force_status(tmp_path):
    data = _data_with("empty_file", tmp_path)
    text = (FIXTURES / "good" / "jurisdictions" / "AQ.yaml").read_text().replace("id: AQ", "id: GS")
    text = text.replace("    status: in_force\n    official_url: https://example.org/aq/act\n    related",
                        "    in_force: 2027-05-19\n    status: in_force\n    official_url: https://example.org/aq/act\n    related")
    (data / "jurisdictions" / "GS.yaml").write_text(text)
    db = load_database(data)
    assert [str(p) for p in db.problems] == [
        f"{data}/jurisdictions/GS.yaml:23:15: provisions[0].in_force: date 2027-05-19 is in the future; set status: not_yet_in_force"
    ]
    (data / "jurisdictions" / "GS.yaml").write_text(text.replace("status: in_force\n    official_url: https://example.org/aq/act\n    related",
                                                                 "status: not_yet_in_force\n    official_url: https://example.org/aq/act\n    related"))
    assert load_database(data).problems == ()


def test_right_to_left_text_and_mixed_line_endings_load(tmp_path):
    data = _data_with("empty_file", tmp_path)
    text = (FIXTURES / "good" / "jurisdictions" / "AQ.yaml").read_text().replace("id: AQ", "id: GS")
    text = text.replace("native_name: Antarctica", "native_name: \"القارة القطبية الجنوبية · אנטארקטיקה\"")
    lines = text.split("\n")
    mixed = "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(lines))
    (data / "jurisdictions" / "GS.yaml").write_bytes(mixed.encode("utf-8"))
    db = load_database(data)
    assert db.problems == ()
    assert db.jurisdictions["GS"].native_name.startswith("القارة")


def test_at_least_25_bad_inputs_are_covered():
    assert len(CASES) >= 25  # plus the generated cases above: oversize, deep nesting, BOM/CRLF, RTL/mixed


def test_subdivision_needs_its_country_as_parent_only_when_the_country_is_in(tmp_path):
    data = _data_with("empty_file", tmp_path)
    (data / "jurisdictions" / "GS.yaml").unlink()
    aq = (FIXTURES / "good" / "jurisdictions" / "AQ.yaml").read_text()
    (data / "jurisdictions" / "FR-BL.yaml").write_text(aq.replace("id: AQ", "id: FR-BL"))
    assert load_database(data).problems == ()          # France not in: a subdivision alone is fine
    (data / "jurisdictions" / "FR.yaml").write_text(aq.replace("id: AQ", "id: FR"))
    assert [str(p) for p in load_database(data).problems] == [
        f"{data}/jurisdictions/FR-BL.yaml:3:5: id: FR.yaml exists, so this subdivision needs parent: FR"]


@pytest.mark.parametrize("of, message", [
    ("AQ/act-1", "'AQ/act-1' is not a provision of the parent EU; write EU/<provision-id>"),
    ("EU/dir-9", "reference 'EU/dir-9' does not match any provision"),
])
def test_transposition_must_name_a_provision_of_the_parent(of, message, tmp_path):
    data, bv = good_data_with(tmp_path, "BV", lambda text: text.replace("  - of: EU/dir-1", f"  - of: {of}"))
    line = bv.read_text(encoding="utf-8").splitlines().index(f"  - of: {of}") + 1
    db = load_database(data)
    assert [str(p) for p in db.problems] == [f"{bv}:{line}:9: transpositions[0].of: {message}"]
    assert "BV" in db.jurisdictions


def _without_numbers(text: str) -> str:
    start = text.index("emergency_numbers:")
    return text[:start] + "emergency_numbers: []\n" + text[text.index("last_verified:", start):]


def _minors_only(text: str) -> str:
    kind_line = text.index("    kind:", text.index("  - id: act-1"))
    return text[:kind_line] + "    audience: minors\n" + text[kind_line:]


@pytest.mark.parametrize("edit, marker, column, message", [
    (_without_numbers, "emergency_numbers: []", 20, "emergency_numbers: needs at least 1 entry (or an emergency_note "
     "saying why no number could be confirmed) (AQ.yaml left out)"),
    (_minors_only, "  - id: act-1", 5, "provisions[0]: a provision for minors only (audience: minors) must list the "
     "conduct minor (AQ/act-1 left out)"),
])
def test_rules_across_fields_name_the_line(edit, marker, column, message, tmp_path):
    data, aq = good_data_with(tmp_path, "AQ", edit)
    line = aq.read_text(encoding="utf-8").splitlines().index(marker) + 1
    db = load_database(data)
    assert [str(p) for p in db.problems] == [f"{aq}:{line}:{column}: {message}"]
    assert {"BV", "EU"} <= set(db.jurisdictions)
