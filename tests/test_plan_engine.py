"""The plan engine: answers in, plan out, over the invented fixture database."""
import pytest

from action_plan.answers import Answers
from action_plan.engine import build_plan
from action_plan.plan import SECTION_IDS, Msg
from action_plan.questions import screens
from law_db import load_database
from support import FIXTURES, good_data_with

DB = load_database(FIXTURES / "good")
PLATFORMS = frozenset(p.id for p in DB.platforms)


def plan_for(**raw):
    return build_plan(Answers.from_mapping(raw, PLATFORMS), DB)


def ids(plan, section=None):
    return [i.id for s in plan.sections if section in (None, s.id) for i in s.items]


def test_sections_in_order_of_urgency():
    assert [s.id for s in plan_for().sections] == list(SECTION_IDS)


# (answers, item ids that must be in the plan, item ids that must not)
CASES = {
    "every question skipped": (
        {},
        ["evidence/log", "removal/channel/INT/hashblock", "removal/channel/INT/youngblock",
         "support/org/INT/worldhelp"],
        ["right_now/emergency", "report/agency/AQ/police"],
    ),
    "danger with a country shows its number first": (
        {"in_danger": "danger_now", "country": "AQ"},
        ["right_now/emergency"],
        [],
    ),
    "danger without a country still says call": (
        {"in_danger": "danger_now"},
        ["right_now/emergency"],
        [],
    ),
    "share, adult, on a platform": (
        {"country": "AQ", "happened": ["shared"], "where": ["pictureshare"], "age_now": "adult"},
        ["removal/channel/INT/hashblock", "removal/platform/pictureshare/ncii", "report/agency/AQ/police",
         "report/provision/AQ/act-1", "legal_action/provision/AQ/act-2", "right_now/org/AQ/helpline"],
        ["removal/channel/INT/youngblock", "removal/platform/pictureshare/synthetic", "evidence/minor_warning",
         "removal/platform/pictureshare/general"],
    ),
    "threats only, nothing posted": (
        {"country": "AQ", "happened": ["threatened", "not_posted_yet"], "where": ["findit"], "age_now": "adult"},
        ["right_now/sextortion", "report/provision/AQ/act-1", "removal/channel/INT/hashblock"],
        ["legal_action/provision/AQ/act-2", "removal/delisting/findit"],
    ),
    "deepfake gets the platform's fake-image form": (
        {"country": "AQ", "happened": ["fake"], "where": ["pictureshare"]},
        ["removal/platform/pictureshare/synthetic"],
        ["report/provision/AQ/act-1"],
    ),
    "minor: under-18 hash, hotline, warning; not the adult service": (
        {"country": "AQ", "happened": ["shared", "under_18"], "age_now": "adult", "where": ["findit"]},
        ["evidence/minor_warning", "removal/channel/INT/youngblock", "report/channel/INT/childhotline",
         "removal/platform/findit/minor"],
        ["removal/channel/INT/hashblock"],
    ),
    "young person now: youth helpline": (
        {"country": "AQ", "happened": ["shared"], "age_now": "under_18"},
        ["right_now/org/INT/youthhelp", "evidence/minor_warning", "removal/channel/INT/youngblock"],
        ["removal/channel/INT/hashblock", "right_now/org/INT/worldhelp"],
    ),
    "a search engine the person named gets its delisting form": (
        {"country": "AQ", "happened": ["recorded"], "where": ["findit"], "age_now": "adult"},
        ["removal/delisting/findit"],
        ["removal/platform/findit/minor"],
    ),
    "a platform with no matching channel falls back to its help page": (
        {"country": "AQ", "happened": ["recorded"], "where": ["pictureshare"], "age_now": "adult"},
        ["removal/platform/pictureshare/ncii"],
        ["removal/platform/pictureshare/general"],
    ),
    "jurisdiction with a parent gets the parent's law": (
        {"country": "BV", "happened": ["shared"]},
        ["report/provision/BV/privacy-1", "report/provision/EU/dir-1"],
        ["report/provision/AQ/act-1"],
    ),
    "recording: general provision only": (
        {"country": "BV", "happened": ["recorded"]},
        ["report/provision/BV/privacy-1"],
        ["report/provision/EU/dir-1"],
    ),
    "other person's country adds its agencies and law": (
        {"country": "BV", "happened": ["shared"], "other_country": "AQ"},
        ["report/agency/AQ/police", "report/provision/AQ/act-1"],
        ["legal_action/provision/AQ/act-2"],
    ),
    "uncovered country: international routes only": (
        {"country": "FJ", "happened": ["shared"], "where": ["pictureshare"], "age_now": "adult"},
        ["removal/channel/INT/hashblock", "removal/platform/pictureshare/ncii", "support/org/INT/worldhelp"],
        ["report/agency/AQ/police"],
    ),
    "private messages get the in-app report step": (
        {"country": "AQ", "where": ["private_messages"]},
        ["removal/private_messages"],
        ["removal/delisting/findit"],
    ),
    "website: search delisting with its limits": (
        {"country": "AQ", "happened": ["shared"], "where": ["website"]},
        ["removal/delisting/findit"],
        [],
    ),
    "hacked account": (
        {"country": "AQ", "happened": ["hacked"]},
        ["evidence/log"],
        ["report/provision/AQ/act-1"],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_plan_cases(name):
    raw, present, absent = CASES[name]
    got = ids(plan_for(**raw))
    for item in present:
        assert item in got, f"{item} missing from {got}"
    for item in absent:
        assert item not in got, f"{item} should not be in the plan"


def test_every_conduct_finds_its_law_or_says_nothing():
    for happened, conduct in [("shared", "share"), ("threatened", "threaten"), ("fake", "synthetic")]:
        plan = plan_for(country="BV", happened=[happened])
        provisions = [i for i in plan.section("report").items if "/provision/" in i.id]
        for item in provisions:
            j, pid = item.id.split("/")[2:]
            assert conduct in {c.value for c in DB.provision(f"{j}/{pid}").conducts}


def test_every_item_says_why_and_sourced_items_carry_dates():
    plan = plan_for(country="BV", happened=["shared", "threatened", "under_18"], where=["pictureshare", "website"],
                    other_country="AQ", in_danger="danger_now", goals=["take_down"])
    for section in plan.sections:
        for item in section.items:
            assert isinstance(item.why, Msg) and item.why.key.startswith("why.")
            if item.sources and "/provision/" in item.id:
                assert item.last_verified is not None and item.url.startswith("https://")


def test_why_names_the_place_and_the_conducts():
    item = next(i for i in plan_for(country="BV", happened=["shared"]).section("report").items
                if i.id == "report/provision/EU/dir-1")
    params = dict(item.why.params)
    assert item.why.key == "why.law"
    assert params["law_place"].code == "EU" and params["place"].code == "BV"


def test_helper_gets_advice_on_supporting_someone():
    plan = plan_for(country="AQ", role="helper", happened=["shared"])
    item = plan.section("right_now").items[0]
    assert item.id == "right_now/helper" and item.guide == "supporting-a-friend"
    assert "right_now/helper" not in ids(plan_for(country="AQ", role="self"))


def test_why_picks_the_variant_that_fits_the_answers():
    with_place = plan_for(country="AQ", happened=["shared"]).section("support").items[0].why
    without = plan_for(happened=["shared"]).section("support").items[0].why
    assert (with_place.key, without.key) == ("why.support", "why.support.noplace")


def test_secondary_entries_are_flagged_and_noted():
    plan = plan_for(country="AQ", happened=["shared"])
    act2 = next(i for i in plan.section("legal_action").items if i.id.endswith("/act-2"))
    assert act2.secondary
    assert any(n.key == "note.secondary" for n in plan.notes)


def test_notes_for_unknown_and_uncovered_places():
    assert [n.key for n in plan_for().notes if n.key != "note.secondary"] == ["note.no_place"]
    assert [n.key for n in plan_for(country="FJ").notes if n.key != "note.secondary"] == ["note.not_covered"]
    assert not plan_for(country="FJ").covered and plan_for(country="AQ").covered


def test_goals_mark_sections_wanted():
    plan = plan_for(country="AQ", goals=["compensation", "talk"])
    assert {s.id for s in plan.sections if s.wanted} == {"legal_action", "support"}


@pytest.mark.parametrize("raw", [
    {"country": "ZZ"}, {"country": "<script>"}, {"country": 7}, {"happened": "shared"},
    {"happened": ["nonsense", None]}, {"region": "US-CA"}, {"country": "AQ", "region": "US-CA"},
    {"where": ["../../etc"]}, {"age_now": ["adult"]}, {"other_country": "x" * 10_000},
])
def test_odd_answers_still_give_a_valid_plan(raw):
    plan = plan_for(**raw)
    assert [s.id for s in plan.sections] == list(SECTION_IDS)
    assert "evidence/log" in ids(plan)


def test_questionnaire_fits_in_eight_screens_with_unique_ids():
    all_screens = screens()
    assert len(all_screens) <= 8
    qids = [q.id for s in all_screens for q in s.questions]
    assert len(qids) == len(set(qids))
    for s in all_screens:
        for q in s.questions:
            assert len(q.options) == len(set(q.options))


# ---- properties over random answers, with the real database ---------------------------------

from hypothesis import given, strategies as st  # noqa: E402

import law_db  # noqa: E402
from action_plan.questions import question  # noqa: E402

REAL = law_db.load()
REAL_PLATFORMS = frozenset(p.id for p in REAL.platforms)
_codes = sorted(REAL.jurisdictions) + ["FJ", "ZZ", "", "prefer_not_to_say"]
answers_strategy = st.fixed_dictionaries({}, optional={
    "in_danger": st.sampled_from(list(question("in_danger").options) + ["prefer_not_to_say", "x"]),
    "country": st.sampled_from([c.split("-")[0] for c in _codes]),
    "region": st.sampled_from([c for c in _codes if "-" in c] + [None]),
    "happened": st.lists(st.sampled_from(list(question("happened").options) + ["junk"]), max_size=8),
    "where": st.lists(st.sampled_from(sorted(REAL_PLATFORMS) + list(question("where").options)), max_size=6),
    "who": st.sampled_from(list(question("who").options) + [None]),
    "other_country": st.sampled_from([c.split("-")[0] for c in _codes] + [None]),
    "age_now": st.sampled_from(["under_18", "adult", None, 5]),
    "role": st.sampled_from(["self", "helper", None]),
    "goals": st.lists(st.sampled_from(list(question("goals").options)), max_size=5),
})


@given(answers_strategy)
def test_any_answers_give_a_sound_plan(raw):
    a = Answers.from_mapping(raw, REAL_PLATFORMS)
    plan = build_plan(a, REAL)
    assert [s.id for s in plan.sections] == list(SECTION_IDS)
    item_ids = plan.item_ids()
    assert len(item_ids) == len(set(item_ids)), "no item twice"
    assert "evidence/log" in item_ids
    for section in plan.sections:
        for item in section.items:
            assert item.why.key.startswith("why.")
            assert item.url is None or item.url.startswith("https://")
    if a.minor_images:
        assert "evidence/minor_warning" in item_ids
        assert not any(i.startswith("removal/channel/INT/stopncii") for i in item_ids)
    if a.in_danger == "danger_now":
        assert item_ids[0] == "right_now/emergency"


def test_shared_parent_with_the_other_persons_country_is_listed_once():
    plan = build_plan(Answers.from_mapping({"country": "EE", "other_country": "ES"}, REAL_PLATFORMS), REAL)
    item_ids = plan.item_ids()
    assert len(item_ids) == len(set(item_ids))
    assert any(i.startswith("report/agency/ES/") for i in item_ids)


def _db_with_unconfirmed_number(tmp_path, code="AQ"):
    def edit(text):
        start, end = text.index("emergency_numbers:"), text.index("last_verified:")
        return (text[:start] + "emergency_note:\n  text: No number could be confirmed (invented).\n"
                "emergency_numbers: []\n" + text[end:])
    db = load_database(good_data_with(tmp_path, code, edit)[0])
    assert db.problems == ()
    return db


def test_danger_where_no_number_is_confirmed_says_so_and_gives_the_note(tmp_path):
    db = _db_with_unconfirmed_number(tmp_path)
    plan = build_plan(Answers.from_mapping({"in_danger": "danger_now", "country": "AQ"}, PLATFORMS), db)
    item = plan.sections[0].items[0]
    assert item.id == "right_now/emergency"
    assert item.title == Msg.of("plan.emergency.unknown_title")
    assert item.body.key == "plan.emergency.unconfirmed_body"
    assert dict(item.body.params)["note"] == "No number could be confirmed (invented)."


def test_a_note_stops_the_parents_number_from_being_offered(tmp_path):
    db = _db_with_unconfirmed_number(tmp_path, "BV")  # its parent EU lists 112
    assert db.jurisdictions["EU"].emergency_numbers
    plan = build_plan(Answers.from_mapping({"in_danger": "danger_now", "country": "BV"}, PLATFORMS), db)
    item = plan.sections[0].items[0]
    assert item.title == Msg.of("plan.emergency.unknown_title")
    assert item.body.key == "plan.emergency.unconfirmed_body"


def test_no_local_support_is_said_before_the_international_services():
    bv = plan_for(country="BV")  # neither BV nor its parent EU lists a support organization
    support = next(s for s in bv.sections if s.id == "support")
    assert [i.id for i in support.items][:2] == ["support/none_local", "support/org/INT/worldhelp"]
    assert dict(support.items[0].body.params)["place"].code == "BV"
    aq = plan_for(country="AQ")  # AQ has its own
    assert "support/none_local" not in ids(aq, "support")
    assert "support/none_local" not in ids(plan_for(), "support")  # no place given: nothing to say


def test_an_organizations_about_text_is_the_items_body():
    item = next(i for s in plan_for(country="BV").sections for i in s.items if i.id == "support/org/INT/worldhelp")
    assert item.body == "An invented helpline that answers calls from anywhere."


def test_a_minors_only_law_is_not_offered_for_an_adults_images(tmp_path):
    def edit(text):
        kind_line = text.index("    kind:", text.index("  - id: act-1"))
        text = text[:kind_line] + "    audience: minors\n" + text[kind_line:]
        return text.replace("conducts: [share, threaten]", "conducts: [share, threaten, minor]", 1)
    data, _ = good_data_with(tmp_path, "AQ", edit)
    db = load_database(data)
    assert db.problems == ()
    conducts = [c.value for c in db.jurisdictions["AQ"].provisions[0].conducts]
    assert "minor" in conducts and "share" in conducts, "the fixture law must cover sharing and minors"
    adult = build_plan(Answers.from_mapping({"country": "AQ", "happened": ["shared"]}, PLATFORMS), db)
    child = build_plan(Answers.from_mapping({"country": "AQ", "happened": ["shared", "under_18"]}, PLATFORMS), db)
    assert not any(i.endswith("AQ/act-1") for i in adult.item_ids())
    assert any(i.endswith("AQ/act-1") for i in child.item_ids())


def test_international_services_do_not_claim_to_serve_the_place():
    plan = plan_for(country="BV", age_now="adult")
    whys = {i.id: i.why.key for s in plan.sections for i in s.items if "/INT/" in i.id and "/org/" in i.id}
    assert whys and all(k in ("why.support_international", "why.helpline_international") for k in whys.values())
