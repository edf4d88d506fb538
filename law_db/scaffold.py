"""`python -m law_db new <code>`: a new jurisdiction file, pre-filled from pycountry and Babel
(names, parent, official languages), with the schema header and commented placeholders.

Every placeholder is a TODO that the validator refuses, so an unfinished file can never reach
the app by accident.
"""
from __future__ import annotations

import json
from pathlib import Path

import pycountry
from babel import Locale, UnknownLocaleError
from babel.core import get_global

from . import iso
from .eu import EU_MEMBER_STATES
from .loader import DATA_DIR, JURISDICTIONS

PLACEHOLDER = "TODO"


class ScaffoldError(Exception):
    pass


def official_languages(country: str) -> list[str]:
    """Official (or de facto official) national languages, from Babel's CLDR data, as ISO 639-1."""
    data = get_global("territory_languages").get(country, {})
    langs = [lang for lang, info in data.items()
             if info.get("official_status") in ("official", "de_facto_official") and "_" not in lang]
    langs.sort(key=lambda lang: -data[lang].get("population_percent", 0))
    out = []
    for lang in langs:
        code = "no" if lang == "nb" else lang
        if len(code) == 2 and pycountry.languages.get(alpha_2=code) and code not in out:
            out.append(code)
    return out


def native_name(code: str, languages: list[str]) -> str | None:
    if code == iso.EU:
        return None
    if "-" in code:
        return iso.english_name(code) if languages[:1] == ["en"] else None
    for lang in languages:
        try:
            name = Locale.parse(lang).territories.get(code)
        except (ValueError, UnknownLocaleError):
            continue
        if name:
            return name
    return None


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def render(code: str) -> str:
    if not iso.is_known_code(code):
        raise ScaffoldError(f"'{code}' is not an ISO 3166 country or subdivision code")
    country = iso.country_of(code)
    parent = country or ("EU" if code in EU_MEMBER_STATES else None)
    languages = official_languages(country or code) if code != iso.EU else ["en"]
    native = native_name(code, languages)
    lines = [
        "# yaml-language-server: $schema=../../schema/jurisdiction.schema.json",
        f"# New jurisdiction file for {iso.english_name(code)}. Replace every TODO, or delete the",
        "# optional entries you cannot source. CONTRIBUTING.md explains the sourcing standard;",
        "# law_db/TEMPLATE.yaml explains every field. `python -m law_db validate` lists what is left.",
        f"id: {code}",
        f"name: {_q(iso.english_name(code))}",
        f"native_name: {_q(native) if native else _q(PLACEHOLDER + ': name in the main official language')}",
    ]
    if parent:
        lines.append(f"parent: {parent}")
    lines.append(f"official_languages: [{', '.join(_q(lang) for lang in languages)}]" if languages
                 else f"official_languages: [{_q(PLACEHOLDER)}]")
    lines += [
        "emergency_numbers:",
        f"  - number: {_q(PLACEHOLDER)}              # e.g. \"112\"; quote it",
        f"    service: {_q(PLACEHOLDER + ': what it reaches')}",
        "    sources:",
        f"      - url: https://{PLACEHOLDER}.invalid/official-page-naming-the-number",
        f"        title: {_q(PLACEHOLDER + ': title of the page you read')}",
        "last_verified:                       # TODO: the day you checked, YYYY-MM-DD",
        "",
        "gaps: []                             # conducts with NO specific law: say so here, with sources",
        "",
        "provisions:                          # at least one; copy this block for each provision",
        f"  - id: {PLACEHOLDER.lower()}-provision-id        # stable slug, e.g. cp-197-7",
        f"    title: {_q(PLACEHOLDER + ': title in the original language')}",
        f"    citation: {_q(PLACEHOLDER + ': exact citation')}",
        "    kind: criminal                   # criminal | civil | protection_order | takedown | data_protection | copyright",
        "    specific: true                   # false for a general provision that has been applied",
        "    conducts: [share]                # share | threaten | record | synthetic | theft | minor",
        f"    summary: {_q(PLACEHOLDER + ': what it prohibits or gives, in plain words')}",
        "    status: in_force",
        f"    official_url: https://{PLACEHOLDER}.invalid/legislation-portal-page",
        "    sources:",
        f"      - url: https://{PLACEHOLDER}.invalid/page-you-read",
        f"        title: {_q(PLACEHOLDER + ': title of the page you read')}",
        "    last_verified:                   # TODO: YYYY-MM-DD",
        "    verification: secondary          # verified only when checked against the official text",
        "",
        "agencies: []                         # police cybercrime unit, prosecutor, regulator, data-protection authority",
        "support_organizations: []            # helplines, legal help, removal help",
        "removal_channels: []                 # e.g. a regulator's report form",
        "",
    ]
    return "\n".join(lines)


def create(code: str, data_dir: Path = DATA_DIR) -> Path:
    path = Path(data_dir) / JURISDICTIONS / f"{code}.yaml"
    if path.exists():
        raise ScaffoldError(f"{path} already exists; edit it instead")
    text = render(code)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as fh:  # "x": never overwrite, even in a race
        fh.write(text)
    return path
