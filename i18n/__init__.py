"""The one translation layer: every UI string, question, answer label and plan sentence.

Catalogs are YAML files, one per locale (``i18n/<locale>.yaml``), keyed by the same stable ids
the questionnaire and plan use. Chosen over gettext .po files because the keys *are* our stable
ids (no English source string doubling as a key that breaks when wording changes), there is no
compile step, and a test can compare catalogs key by key and placeholder by placeholder. Babel
supplies locale negotiation and list formatting; pycountry supplies translated country names.

Whole sentences only, with named placeholders (``{country}``), never glued fragments. The
language lives in the caller's session state, never in a process-global.
"""
from __future__ import annotations

import functools
import gettext
import string
from pathlib import Path
from typing import Mapping

import pycountry
import yaml
from babel import Locale, UnknownLocaleError
from babel.lists import format_list

CATALOG_DIR = Path(__file__).parent
LOCALES = ("en", "es")
DEFAULT_LOCALE = "en"
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


@functools.lru_cache(maxsize=None)
def catalog(locale: str) -> Mapping[str, str]:
    with open(CATALOG_DIR / f"{locale}.yaml", encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {str(k): str(v) for k, v in data.items()}


def negotiate(browser_locale: str | None) -> str:
    """The supported locale closest to the browser's (``es-MX`` → ``es``); English otherwise."""
    if not browser_locale:
        return DEFAULT_LOCALE
    try:
        language = Locale.parse(browser_locale.replace("-", "_")).language
    except (ValueError, UnknownLocaleError):
        return DEFAULT_LOCALE
    return language if language in LOCALES else DEFAULT_LOCALE


def region_of(browser_locale: str | None) -> str | None:
    """The country part of a browser locale (``es-MX`` → ``MX``), if any."""
    if not browser_locale:
        return None
    try:
        return Locale.parse(browser_locale.replace("-", "_")).territory
    except (ValueError, UnknownLocaleError):
        return None


def most_specific(key: str, variants: list[str], params: set[str]) -> str:
    """The first of ``key.variant…`` messages that exists and needs only the given parameters.

    E.g. ``most_specific("why.law", ["noplace", "helper"], {...})`` tries why.law.noplace.helper,
    why.law.noplace, why.law.helper, why.law. Catalogs share keys, so English decides.
    """
    en = catalog(DEFAULT_LOCALE)
    candidates = []
    for n in range(len(variants), -1, -1):
        from itertools import combinations

        for combo in combinations(variants, n):
            candidates.append(".".join([key, *combo]))
    for candidate in candidates:
        if candidate in en and placeholders(en[candidate]) <= params:
            return candidate
    raise KeyError(f"no message for '{key}' with parameters {sorted(params)}")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class Translator:
    """Translations for one locale. ``t("key", name=value)``; falls back to English."""

    def __init__(self, locale: str):
        self.locale = locale if locale in LOCALES else DEFAULT_LOCALE

    def __call__(self, key: str, **params) -> str:
        text = catalog(self.locale).get(key)
        if text is None:
            text = catalog(DEFAULT_LOCALE).get(key)
        if text is None:
            raise KeyError(f"no message '{key}' in i18n/{DEFAULT_LOCALE}.yaml")
        return text.format(**params) if params else text

    def has(self, key: str) -> bool:
        return key in catalog(self.locale) or key in catalog(DEFAULT_LOCALE)

    def join(self, items: list[str]) -> str:
        """'a, b and c' in the locale's own way."""
        return format_list(items, locale=self.locale) if items else ""

    def text(self, value) -> str:
        """A data text (plain English or a mapping of locale → text) in this locale if present."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        return value.get(self.locale) or value.get(DEFAULT_LOCALE) or next(iter(value.values()))

    def text_is_translated(self, value) -> bool:
        return self.locale == DEFAULT_LOCALE or (isinstance(value, Mapping) and self.locale in value)

    def place(self, code: str) -> str:
        """Country or subdivision name in this locale, from pycountry's translations."""
        return _place_name(code, self.locale)


@functools.lru_cache(maxsize=4096)
def _place_name(code: str, locale: str) -> str:
    if code == "EU":
        return Translator(locale)("place.eu")
    if code == "GB-ENG":
        return Translator(locale)("place.gb_eng")
    if "-" in code:
        found = pycountry.subdivisions.get(code=code)
        domain = "iso3166-2"
    else:
        found = pycountry.countries.get(alpha_2=code)
        domain = "iso3166-1"
    if found is None:
        return code
    english = found.name
    if locale == "en":
        return getattr(found, "common_name", None) or english
    try:
        tr = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[locale])
    except OSError:
        return english
    return tr.gettext(english)
