"""The committed database: complete for the jurisdictions we promise, and internally sound."""
import pytest

import law_db
from law_db.models import covered_conducts
from law_db.scopes import SCOPES
from law_db.vocab import Service

DB = law_db.load()

# Every jurisdiction of the committed scopes (issues 7 and 8: US states, DC and Puerto Rico;
# Canada's provinces and territories; Latin America and the Caribbean; the Council of Europe, the
# EU and the UK's legal systems), plus the first ones promised.
PROMISED = sorted({code for scope in SCOPES.values() for code in scope.codes} | {"AU", "IN"})
PLATFORMS = ["meta", "x", "reddit", "tiktok", "snapchat", "telegram", "discord", "youtube", "google-search",
             "bing", "pornhub", "onlyfans", "tumblr", "pinterest"]


def test_no_problems_and_nothing_left_out():
    assert [str(p) for p in DB.problems] == []
    assert DB.left_out == ()


def test_promised_jurisdictions_are_all_in():
    assert set(PROMISED) <= set(DB.jurisdictions)


def test_promised_platforms_are_all_in():
    assert [p for p in PLATFORMS if DB.platform(p) is None] == []


def test_hash_blocking_for_adults_and_for_images_taken_before_18():
    hashing = [c for c in DB.international.removal_channels if c.kind.value == "hash_blocking"]
    assert {c.audience.value for c in hashing} >= {"adults", "minors"}


@pytest.mark.parametrize("code", PROMISED)
def test_each_jurisdiction_has_law_agency_and_support_in_reach(code):
    chain = DB.chain(code)
    assert chain[0].provisions
    assert chain[0].agencies, f"{code}: no agency of its own"
    orgs = [o for j in chain for o in j.support_organizations]
    orgs += [o for o in DB.international.support_organizations if o.serves is None or code.split("-")[0] in o.serves]
    assert orgs, f"{code}: no support organization, not even an international one"
    assert DB.emergency(code) is not None, f"{code}: neither an emergency number nor a note saying why not"


@pytest.mark.parametrize("code", ["US-CA", "US-NY", "US-TX"])
def test_us_states_sit_under_federal_law(code):
    assert [j.id for j in DB.chain(code)] == [code, "US"]


@pytest.mark.parametrize("code", ["ES", "FR", "DE", "IT", "IE"])
def test_eu_members_sit_under_eu_law(code):
    assert [j.id for j in DB.chain(code)] == [code, "EU"]


def test_a_service_is_listed_once_in_a_chain():
    """The same helpline in a state and its country would show twice in a plan."""
    for code in DB.jurisdictions:
        for kind in ("support_organizations", "removal_channels"):
            seen = {}
            for j in DB.chain(code):
                for o in getattr(j, kind):
                    if not o.url:
                        continue
                    assert o.url not in seen, f"{o.url} is in both {seen.get(o.url)} and {j.id}"
                    seen[o.url] = j.id


def test_specific_law_or_an_explicit_gap_for_sharing():
    """Where a country has no specific offence for sharing, its file says so."""
    for j in DB.jurisdictions.values():
        specific = any(p.specific and "share" in covered_conducts(p) for p in j.provisions)
        gap = any("share" in {c.value for c in g.conducts} for g in j.gaps)
        parent_specific = any(p.specific for k in DB.chain(j.id)[1:] for p in k.provisions)
        assert specific or gap or parent_specific or j.id == "GB", j.id


def test_helplines_exist_for_the_spanish_speaking_countries():
    for code in ["ES", "MX", "AR", "CO"]:
        assert any(Service.HELPLINE in o.services for j in DB.chain(code) for o in j.support_organizations), code
