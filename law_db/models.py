"""Typed models of the law database: what a jurisdiction file, the platforms file and the
international file may contain. The JSON Schema for editors is generated from these.

pydantic v2 rather than a hand-written JSON Schema: one definition gives validation with
precise error paths, typed objects for the app, and the JSON Schema for editors.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Optional, Union
from urllib.parse import urlsplit

import pycountry
from pydantic import (AfterValidator, BaseModel, ConfigDict, Field, Strict, StrictBool, StrictStr, field_validator,
                      model_validator)

from .clock import today
from .vocab import (
    AgencyKind,
    Audience,
    ChannelKind,
    Conduct,
    Cost,
    PlatformReportKind,
    ProvisionKind,
    Service,
    Status,
    TranspositionStatus,
    Verification,
)

# ---- reusable field types -------------------------------------------------------------

def _https_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme != "https":
        raise ValueError("links must start with https://")
    if not parts.netloc or any(c.isspace() for c in value):
        raise ValueError("not a valid web address")
    tracking = [p for p in parts.query.split("&") if p.split("=")[0].startswith(_TRACKING_PREFIXES)]
    if tracking:
        raise ValueError(f"remove the tracking parameter {tracking[0].split('=')[0]} from the link")
    return value


_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_eid", "igshid")


def _not_future(value: dt.date) -> dt.date:
    if value > today():
        raise ValueError(f"date {value.isoformat()} is in the future")
    return value


def _not_future_year(value: int) -> int:
    if value > today().year:
        raise ValueError(f"year {value} is in the future")
    return value


def _language(value: str) -> str:
    if pycountry.languages.get(alpha_2=value) is None and pycountry.languages.get(alpha_3=value) is None:
        raise ValueError(f"'{value}' is not an ISO 639 language code (for example 'es' or 'en')")
    return value


def _localized(value):
    if isinstance(value, dict) and "en" not in value:
        raise ValueError("a text given in several languages needs its English version under 'en'")
    return value


HttpsUrl = Annotated[
    StrictStr,
    Field(pattern=r"^https://\S+$", examples=["https://www.boe.es/buscar/act.php?id=BOE-A-1995-25444"]),
    AfterValidator(_https_url),
]
Date = Annotated[dt.date, Strict(), AfterValidator(_not_future), Field(examples=["2026-11-25"])]
AnyDate = Annotated[dt.date, Strict(), Field(examples=["2025-05-19"])]
Year = Annotated[int, Strict(), Field(ge=1800), AfterValidator(_not_future_year)]
Slug = Annotated[
    StrictStr,
    Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80, examples=["cp-197-7"]),
]
Phone = Annotated[
    StrictStr,
    Field(pattern=r"^\+?[0-9]([0-9 \-]*[0-9])?$", max_length=30, examples=["112", "+44 345 6000 459"]),
]
LanguageCode = Annotated[StrictStr, Field(pattern=r"^[a-z]{2,3}$", examples=["es"]), AfterValidator(_language)]
Locale = Annotated[StrictStr, Field(pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$")]
Text = Annotated[
    Union[StrictStr, dict[Locale, StrictStr]],
    AfterValidator(_localized),
    Field(description="Plain text in English, or a mapping of locale to text with an 'en' entry."),
]
ProvisionRef = Annotated[
    StrictStr,
    Field(
        pattern=r"^([A-Z]{2}(-[A-Z0-9]{1,3})?/)?[a-z0-9]+(-[a-z0-9]+)*$",
        description="A provision id in the same file, or JURISDICTION/provision-id elsewhere.",
        examples=["US/take-it-down-act", "cp-197-7"],
    ),
]
JurisdictionCode = Annotated[
    StrictStr,
    Field(pattern=r"^([A-Z]{2}(-[A-Z0-9]{1,3})?|EU)$", examples=["ES", "US-CA", "EU"]),
]


class Record(BaseModel):
    """Base of every model: unknown keys are typos, so they are rejected."""

    # defer_build: the validators are built on first use, so a process that loads a snapshot never pays for them
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True, defer_build=True)


class Source(Record):
    url: HttpsUrl
    """The page actually looked at. Official legislation portals first."""
    title: StrictStr = Field(min_length=3)
    """What the page is, e.g. 'BOE – Código Penal (consolidated text)'."""


Sources = Annotated[list[Source], Field(min_length=1)]


class Sourced(Record):
    """A factual record: it says where it comes from and when it was last checked."""

    sources: Sources
    """Every page this record's facts were confirmed on."""
    last_verified: Date
    """The day a maintainer last checked this record against its sources."""
    verification: Verification
    """`verified` against the official text, or `secondary` when only reputable secondary sources confirm it."""


# ---- jurisdiction contents ------------------------------------------------------------

class Provision(Sourced):
    id: Slug
    """Stable id, unique within the jurisdiction; never change it once published."""
    title: StrictStr = Field(min_length=2)
    """Title in the original language, as the official text has it."""
    title_en: Optional[StrictStr] = None
    """English title or translation of the title."""
    citation: StrictStr = Field(min_length=2)
    """Exact citation, e.g. 'Código Penal, art. 197.7'."""
    kind: ProvisionKind
    specific: StrictBool
    """True if the provision is aimed at image-based abuse; false for a general provision (privacy, harassment, cybercrime) that has been applied to it."""
    conducts: Annotated[list[Conduct], Field(min_length=1)]
    """Which conducts of the taxonomy the provision covers."""
    audience: Audience = Audience.ALL
    """Whose images it protects: everyone (all), or only people under 18 in the images (minors:
    child sexual abuse material and grooming laws). A minors-only law is not offered to an adult
    and counts only for the conduct 'minor' in coverage and comparisons."""
    summary: Text
    """Plain-language summary of what it prohibits or gives."""
    penalties: Optional[Text] = None
    """Penalties (criminal) as stated in the text."""
    relief: Optional[Text] = None
    """What a court can order or award (civil, protection orders, takedown)."""
    limitation_period: Optional[Text] = None
    enacted: Optional[Year] = None
    """Year the provision was first enacted."""
    amended: list[Year] = []
    """Years of amendments relevant to image-based abuse."""
    in_force: Optional[AnyDate] = None
    """Date in force (may be ahead of today only when status is not_yet_in_force)."""
    status: Status
    official_url: HttpsUrl
    """The provision on the official legislation portal."""
    related: list[ProvisionRef] = []
    """Provisions this one works with, e.g. the offence a civil remedy follows."""
    notes: Optional[Text] = None

    @model_validator(mode="after")
    def _minors_only_lists_minor(self):
        if self.audience == Audience.MINORS and Conduct.MINOR not in self.conducts:
            raise ValueError("a provision for minors only (audience: minors) must list the conduct minor")
        return self


def covered_conducts(p: "Provision") -> frozenset[str]:
    """The conducts a provision answers for anyone: a minors-only law answers only for 'minor'."""
    values = frozenset(c.value for c in p.conducts)
    return values & {"minor"} if p.audience == Audience.MINORS else values


class EmergencyNumber(Record):
    number: Phone
    service: StrictStr = Field(min_length=2)
    """What the number reaches, e.g. 'All emergencies'."""
    sources: Sources


class Gap(Sourced):
    """An explicit statement that the jurisdiction has no specific law for some conducts."""

    conducts: Annotated[list[Conduct], Field(min_length=1)]
    note: Text
    """What is missing, and which general provisions have been applied instead."""


class Agency(Sourced):
    id: Slug
    name: StrictStr = Field(min_length=2)
    native_name: Optional[StrictStr] = None
    kind: AgencyKind
    can_do: Text
    """What the agency can do for a person whose images were abused."""
    url: HttpsUrl
    report_url: Optional[HttpsUrl] = None
    phone: Optional[Phone] = None
    email: Optional[StrictStr] = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


class SupportOrganization(Sourced):
    id: Slug
    name: StrictStr = Field(min_length=2)
    native_name: Optional[StrictStr] = None
    about: Optional[Text] = None
    """What it does and how to reach it, in one or two plain sentences (opening times go in hours)."""
    services: Annotated[list[Service], Field(min_length=1)]
    audience: Audience = Audience.ALL
    """Whom it serves: all, adults or minors."""
    url: Optional[HttpsUrl] = None
    """The service's own website; leave out rather than give a news page (a phone is enough)."""
    phone: Optional[Phone] = None
    email: Optional[StrictStr] = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
    hours: Optional[Text] = None
    languages: list[LanguageCode] = []
    """Languages the service works in, only as its sources state them; leave empty if unstated."""
    cost: Optional[Cost] = None
    """Only as its sources state it; leave out if unstated."""
    serves: Optional[list[JurisdictionCode]] = None
    """Where it serves people (international file only); leave out for worldwide."""

    @model_validator(mode="after")
    def _reachable(self):
        # an organization nobody can reach is no help to anyone
        if not self.url and not self.phone and not self.email:
            raise ValueError("give at least one way to reach it: url, phone or email")
        return self


class RemovalChannel(Sourced):
    id: Slug
    name: StrictStr = Field(min_length=2)
    kind: ChannelKind
    operator: StrictStr = Field(min_length=2)
    url: HttpsUrl
    audience: Audience
    """Age of the person in the images the channel handles: adults, minors (taken before 18) or all."""
    how_it_works: Text
    limits: Text
    """What it cannot do, said plainly (e.g. hashing reaches only participating platforms)."""
    legal_basis: list[ProvisionRef] = []
    serves: Optional[list[JurisdictionCode]] = None
    """Where it accepts reports (international file only); leave out for worldwide."""


class Transposition(Sourced):
    """How far this jurisdiction has put a directive of its parent (the EU) into its own law."""

    of: ProvisionRef
    """A provision of the directive in the parent's file, e.g. EU/dir-2024-1385-art-5. The status is
    for the whole directive; the note says which parts have been transposed."""
    status: TranspositionStatus
    measures: Optional[StrictStr] = None
    """The national act(s) or bill as cited by the sources, e.g. 'Act No. 12/2026'."""
    note: Text
    """What has been done so far, in plain words; a pending bill is called a bill."""


class EmergencyNote(Record):
    """Why no emergency number is listed, and what to do instead, with the sources of any fact in it."""

    text: Text
    sources: list[Source] = []
    """Pages for the facts the text states (e.g. that a territory has no 911); none when it only
    says that nothing could be confirmed."""


EMERGENCY_MESSAGE = "needs at least 1 entry (or an emergency_note saying why no number could be confirmed)"


class Jurisdiction(Record):
    """One file in law_db/data/jurisdictions/, named <id>.yaml."""

    id: JurisdictionCode
    """ISO 3166-1 alpha-2 (ES), ISO 3166-2 (US-CA) or EU."""
    name: StrictStr = Field(min_length=2)
    """English name."""
    native_name: StrictStr = Field(min_length=2)
    parent: Optional[JurisdictionCode] = None
    """The jurisdiction whose law also applies: US-CA → US; EU members → EU."""
    official_languages: Annotated[list[LanguageCode], Field(min_length=1)]
    emergency_note: Optional[EmergencyNote] = None
    """Only when no emergency number could be confirmed: say so, and what to do instead."""
    emergency_numbers: list[EmergencyNumber]
    """At least one, sourced; an empty list only with an emergency_note (never a guessed number)."""
    last_verified: Date
    summary: Optional[Text] = None
    """One or two sentences on the legal picture, for the law browser."""
    gaps: list[Gap] = []
    """Conducts with no specific law, said explicitly."""
    provisions: Annotated[list[Provision], Field(min_length=1)]
    agencies: list[Agency] = []
    support_organizations: list[SupportOrganization] = []
    removal_channels: list[RemovalChannel] = []
    transpositions: list[Transposition] = []
    """EU member states: how far the parent's directives are in national law, where known."""

    @field_validator("emergency_numbers")
    @classmethod
    def _number_or_note(cls, numbers, info):
        # emergency_note is declared before emergency_numbers, so it is already in info.data
        if not numbers and not info.data.get("emergency_note"):
            raise ValueError(EMERGENCY_MESSAGE)
        return numbers


# ---- shared files ---------------------------------------------------------------------

class PlatformChannel(Record):
    kind: PlatformReportKind
    url: HttpsUrl
    label: StrictStr = Field(min_length=2)
    """What the page is called, e.g. 'Report non-consensual intimate imagery'."""
    notes: Optional[Text] = None


class Platform(Sourced):
    id: Slug
    name: StrictStr = Field(min_length=2)
    owner: StrictStr = Field(min_length=2)
    covers: list[StrictStr] = []
    """Products the channels cover, e.g. Facebook, Instagram."""
    policy_url: Optional[HttpsUrl] = None
    channels: Annotated[list[PlatformChannel], Field(min_length=1)]
    stopncii_partner: Optional[StrictBool] = None
    """True only when StopNCII.org lists the platform as a partner."""
    notes: Optional[Text] = None


class PlatformsFile(Record):
    """law_db/data/platforms.yaml"""

    platforms: Annotated[list[Platform], Field(min_length=1)]


class InternationalFile(Record):
    """law_db/data/international.yaml: resources that serve people in many countries."""

    removal_channels: list[RemovalChannel] = []
    support_organizations: list[SupportOrganization] = []
