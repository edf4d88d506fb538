"""Every string has a translation in every shipped locale, with the same placeholders."""
import re

import pytest

import i18n
from action_plan.documents import EVIDENCE_COLUMNS
from action_plan.plan import SECTION_IDS
from action_plan.questions import screens
from law_db.vocab import Conduct, Cost, Service
from support import ROOT
from ui.guides import SLUGS

EN = i18n.catalog("en")


@pytest.mark.parametrize("locale", i18n.LOCALES)
def test_same_keys_in_every_locale(locale):
    other = i18n.catalog(locale)
    assert sorted(set(EN) - set(other)) == [], f"missing in {locale}"
    assert sorted(set(other) - set(EN)) == [], f"only in {locale}"


@pytest.mark.parametrize("locale", i18n.LOCALES)
def test_same_placeholders_in_every_locale(locale):
    other = i18n.catalog(locale)
    wrong = [k for k in EN if i18n.placeholders(EN[k]) != i18n.placeholders(other[k])]
    assert wrong == []


def test_no_translation_is_left_in_english():
    es = i18n.catalog("es")
    def words(text):
        return re.sub(r"\{[a-z_]+\}", "", text).strip(" :()")

    same_in_both = {"agency.tribunal", "column.synthetic", "region.Asia"}  # the same word in both languages
    same = [k for k in EN if EN[k] == es[k] and len(words(EN[k])) > 3 and k not in same_in_both]
    assert same == []


def _expected_keys():
    keys = set()
    for screen in screens():
        keys.add(f"screen.{screen.id}.title")
        for q in screen.questions:
            keys.add(f"q.{q.id}.label")
            keys.update(f"a.{q.id}.{v}" for v in q.options)
    keys.update(f"section.{s}" for s in SECTION_IDS)
    keys.update(f"conduct.{c.value}" for c in Conduct)
    keys.update(f"service.{s.value}" for s in Service)
    keys.update(f"cost.{c.value}" for c in Cost)
    keys.update(f"guide.{s}" for s in SLUGS)
    keys.update(f"evidence.column.{c}" for c in EVIDENCE_COLUMNS)
    return keys


def _literal_keys_in_code():
    found = set()
    pattern = re.compile(r"""(?:\bt|Msg\.of|c\.why|Translator\([^)]*\))\(\s*["']([a-z_]+\.[a-z0-9_.\-]+)["']""")
    for path in list((ROOT / "ui").rglob("*.py")) + list((ROOT / "action_plan").glob("*.py")) + [ROOT / "app.py"]:
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_key_the_code_uses_exists():
    used = _expected_keys() | _literal_keys_in_code()
    assert len(used) > 100
    # why.* keys get .helper / .noplace variants; the base or a variant must exist
    missing = [k for k in used if k not in EN and not any(x.startswith(k + ".") for x in EN)]
    assert sorted(missing) == []


def test_why_variants_resolve_for_every_why_key():
    bases = {k.split(".")[1] for k in EN if k.startswith("why.")}
    for base in bases:
        assert f"why.{base}" in EN or f"why.{base}.noplace" in EN


def test_translator_falls_back_and_formats():
    t = i18n.Translator("es")
    assert t("ui.progress", step=2, total=7) == "Paso 2 de 7"
    assert t.join(["a", "b", "c"]) == "a, b y c"
    assert t.place("ES") == "España" and t.place("EU") == "la Unión Europea"
    assert i18n.Translator("en").place("GB-ENG") == "England and Wales"
    assert i18n.Translator("fr").locale == "en"


@pytest.mark.parametrize("browser,expected", [("es-MX", "es"), ("es", "es"), ("en-GB", "en"), ("fr-FR", "en"),
                                              (None, "en"), ("", "en"), ("zz-!!", "en")])
def test_negotiate(browser, expected):
    assert i18n.negotiate(browser) == expected
