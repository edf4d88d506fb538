"""Which links the app calls the official text, and which "a copy on <host>"."""
import pytest

from law_db.portals import host_of, is_official_portal


@pytest.mark.parametrize("url", [
    "https://www.boe.es/buscar/act.php?id=BOE-A-1995-25444",
    "https://www2.gov.bc.ca/gov/content/safety",
    "https://legisquebec.gouv.qc.ca/fr/document/lc/P-9.0002",
    "https://jis.gov.jm/information/",
    "https://fgr.gob.cu/es/ley",
    "https://gov.bb/ministries",
    "https://statutes.capitol.texas.gov/Docs/PE/htm/PE.21.htm",
    "https://www.legis.state.tx.us/tlodocs/88R/billtext/html/HB00001F.htm",
    "https://laws.gnb.ca/en/document/cs/2022-c.1",
    "https://www.uscode.house.gov/view.xhtml",
    "https://code.dccouncil.gov/us/dc/council/code/sections/22-3052",
])
def test_official(url):
    assert is_official_portal(url), url


@pytest.mark.parametrize("url", [
    "https://law.justia.com/codes/alaska/",
    "https://govt.westlaw.com/nycrr/",
    "https://gov.example.com/law",
    "https://www.lawserver.com/law/state/kansas",
    "https://notgov.uk/x",
    "https://boe.es.example.org/x",
])
def test_a_copy_elsewhere(url):
    assert not is_official_portal(url), url


def test_host_drops_www():
    assert host_of("https://www.boe.es/x") == "boe.es"
