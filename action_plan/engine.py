"""Answers in, plan out: ``build_plan(answers, db)``. Pure: no Streamlit, no I/O, no randomness.

Ordered by urgency: right now, keep evidence, get it removed, report, legal action, support.
Every item says why it applies and carries its source and last_verified date.
"""
from __future__ import annotations

from i18n import most_specific
from law_db import Database
from law_db.portals import host_of, is_official_portal
from law_db.models import Agency, Provision, RemovalChannel, SupportOrganization
from law_db.vocab import AgencyKind, Audience, ChannelKind, PlatformReportKind, ProvisionKind, Service, Verification

from .answers import Answers
from .plan import Detail, Item, Joined, Msg, Place, Plan, Section

_AGENCY_ORDER = [AgencyKind.CYBERCRIME_UNIT, AgencyKind.POLICE, AgencyKind.PROSECUTOR,
                 AgencyKind.ONLINE_SAFETY_REGULATOR, AgencyKind.DATA_PROTECTION_AUTHORITY,
                 AgencyKind.TRIBUNAL, AgencyKind.OTHER]
_LEGAL_KINDS = [ProvisionKind.CIVIL, ProvisionKind.PROTECTION_ORDER, ProvisionKind.TAKEDOWN,
                ProvisionKind.DATA_PROTECTION, ProvisionKind.COPYRIGHT]
_GOAL_SECTIONS = {"take_down": "removal", "make_stop": "report", "report_police": "report",
                  "compensation": "legal_action", "talk": "support"}


class _Context:
    """What the rules need to know, worked out once from the answers."""

    def __init__(self, answers: Answers, db: Database):
        self.a = answers
        self.db = db
        code = answers.jurisdiction
        self.chain = db.chain(code) if code else []
        if not self.chain and answers.region and answers.country:
            self.chain = db.chain(answers.country)  # the region is not in yet: its country still applies
        self.place = Place(code) if code else None
        self.country = answers.country
        self.conducts = answers.conducts
        self.helper = answers.helper

    def why(self, key: str, **params) -> Msg:
        """A 'why' sentence; the helper variant when someone is helping another person."""
        if self.place is not None and "place" not in params:
            params["place"] = self.place
        variants = (["noplace"] if self.place is None else []) + (["helper"] if self.helper else [])
        return Msg.of(most_specific(key, variants, set(params)), **params)

    def conduct_list(self) -> Joined:
        return Joined(tuple(Msg.of(f"conduct.{c}") for c in sorted(self.conducts)))

    def audience_ok(self, audience: Audience, images: bool = True) -> bool:
        """Channels are by the age of the person in the images; services by the person's age now."""
        if audience == Audience.ALL:
            return True
        minor = self.a.minor_images if images else self.a.age_now == "under_18"
        unknown = (not images and self.a.age_now is None) or (images and not self.conducts and self.a.age_now is None)
        if unknown:
            return True
        return (audience == Audience.MINORS) == minor

    def serves_here(self, serves) -> bool:
        if serves is None:
            return True
        if self.country is None:
            return False
        return self.country in serves or (self.a.region in serves if self.a.region else False)


def _title(record, languages=()) -> object:
    """The record's English name, and its own-language name for readers of that language."""
    if not getattr(record, "native_name", None):
        return record.name
    return {"en": record.name, **{lang: record.native_name for lang in languages if lang != "en"}}


def _languages(db: Database, prefix: str) -> tuple[str, ...]:
    j = db.jurisdictions.get(prefix)
    return tuple(j.official_languages) if j else ()


def _sourced(record) -> dict:
    return {
        "last_verified": record.last_verified,
        "secondary": record.verification == Verification.SECONDARY,
        "sources": tuple(s.url for s in record.sources),
    }


def _provision_item(p: Provision, code: str, why: Msg, section: str) -> Item:
    details = [Detail("detail.citation", p.citation), Detail("detail.place", Msg.of("place.name", place=Place(code)))]
    if p.penalties:
        details.append(Detail("detail.penalties", p.penalties))
    if p.relief:
        details.append(Detail("detail.relief", p.relief))
    if p.limitation_period:
        details.append(Detail("detail.limitation", p.limitation_period))
    if not p.specific:
        details.append(Detail("detail.general", Msg.of("detail.general_provision")))
    return Item(
        id=f"{section}/provision/{code}/{p.id}",
        title=p.title_en or p.title,
        body=p.summary,
        why=why,
        url=p.official_url,
        url_label=Msg.of("link.official_text") if is_official_portal(p.official_url)
        else Msg.of("link.text_copy", host=host_of(p.official_url)),
        details=tuple(details),
        **_sourced(p),
    )


def _agency_item(ag: Agency, code: str, why: Msg, languages=()) -> Item:
    details = []
    if ag.phone:
        details.append(Detail("detail.phone", ag.phone))
    if ag.email:
        details.append(Detail("detail.email", ag.email))
    return Item(
        id=f"report/agency/{code}/{ag.id}",
        title=_title(ag, languages),
        body=ag.can_do,
        why=why,
        url=ag.report_url or ag.url,
        url_label=Msg.of("link.report" if ag.report_url else "link.website"),
        details=tuple(details),
        **_sourced(ag),
    )


def _org_item(org: SupportOrganization, prefix: str, why: Msg, section: str, languages=()) -> Item:
    details = [Detail("detail.services", Joined(tuple(Msg.of(f"service.{s.value}") for s in org.services)))]
    if org.phone:
        details.append(Detail("detail.phone", org.phone))
    if org.hours:
        details.append(Detail("detail.hours", org.hours))
    if org.cost:
        details.append(Detail("detail.cost", Msg.of(f"cost.{org.cost.value}")))
    if org.languages:
        details.append(Detail("detail.languages", Joined(tuple(Msg.of("language.name", code=lang) for lang in org.languages))))
    return Item(
        id=f"{section}/org/{prefix}/{org.id}",
        title=_title(org, languages),
        body=org.about,
        why=why,
        url=org.url,
        url_label=Msg.of("link.website") if org.url else None,
        details=tuple(details),
        **_sourced(org),
    )


def _channel_item(ch: RemovalChannel, prefix: str, why: Msg, section: str = "removal") -> Item:
    return Item(
        id=f"{section}/channel/{prefix}/{ch.id}",
        title=ch.name,
        body=ch.how_it_works,
        why=why,
        url=ch.url,
        url_label=Msg.of("link.start"),
        details=(Detail("detail.operator", ch.operator),),
        limits=ch.limits,
        **_sourced(ch),
    )


# ---- sections -------------------------------------------------------------------------

def _right_now(c: _Context) -> list[Item]:
    items: list[Item] = []
    if c.a.in_danger == "danger_now":
        j = c.db.emergency(c.chain[0].id) if c.chain else None
        if j is not None and j.emergency_numbers:
            numbers = j.emergency_numbers
            items.append(Item(
                id="right_now/emergency",
                title=Msg.of("plan.emergency.title", number=numbers[0].number),
                body=Msg.of("plan.emergency.body", numbers=Joined(tuple(
                    Msg.of("plan.emergency.number", number=n.number, service=n.service) for n in numbers))),
                why=c.why("why.danger"),
                sources=tuple(s.url for n in numbers for s in n.sources),
                last_verified=j.last_verified,
            ))
        else:
            body = (Msg.of("plan.emergency.unconfirmed_body", place=Place(j.id), note=j.emergency_note.text)
                    if j is not None else Msg.of("plan.emergency.unknown_body"))
            items.append(Item(id="right_now/emergency", title=Msg.of("plan.emergency.unknown_title"),
                              body=body, why=c.why("why.danger"),
                              sources=tuple(s.url for s in j.emergency_note.sources) if j is not None else (),
                              last_verified=j.last_verified if j is not None else None))
    if c.helper:
        items.append(Item(id="right_now/helper", title=Msg.of("plan.helper.title"), body=Msg.of("plan.helper.body"),
                          why=c.why("why.helper"), guide="supporting-a-friend"))
    for org, prefix in _helplines(c)[:2]:
        items.append(_org_item(org, prefix, _org_why(c, prefix, "why.helpline"), "right_now",
                               _languages(c.db, prefix)))
    if "threaten" in c.conducts:
        items.append(Item(id="right_now/sextortion", title=Msg.of("plan.sextortion.title"),
                          body=Msg.of("plan.sextortion.body"), why=c.why("why.threatened"), guide="sextortion"))
    return items


def _support_orgs(c: _Context) -> list[tuple[SupportOrganization, str]]:
    """Support organizations that fit: the person's own jurisdictions first, then international."""
    out = []
    for j in c.chain:
        out += [(o, j.id) for o in j.support_organizations if c.audience_ok(o.audience, images=False)]
    intl = [(o, "INT") for o in c.db.international.support_organizations
            if c.audience_ok(o.audience, images=False) and c.serves_here(o.serves)]
    # services for this country before worldwide ones
    intl.sort(key=lambda pair: pair[0].serves is None)
    return out + intl


def _org_why(c: _Context, prefix: str, key: str) -> Msg:
    """Why a service is listed: an international one does not claim to serve the person's place."""
    return c.why(f"{key}_international" if prefix == "INT" and c.chain else key)


def _helplines(c: _Context) -> list[tuple[SupportOrganization, str]]:
    return [(o, p) for o, p in _support_orgs(c) if Service.HELPLINE in o.services]


def _evidence(c: _Context) -> list[Item]:
    items = [Item(id="evidence/log", title=Msg.of("plan.evidence.title"), body=Msg.of("plan.evidence.body"),
                  why=c.why("why.evidence"), guide="preserving-evidence", evidence_log=True)]
    if c.a.minor_images:
        items.insert(0, Item(id="evidence/minor_warning", title=Msg.of("plan.evidence.minor_title"),
                             body=Msg.of("plan.evidence.minor_body"), why=c.why("why.minor"),
                             guide="under-18"))
    return items


def _delisting_item(c: _Context, platform, ch) -> Item:
    return Item(
        id=f"removal/delisting/{platform.id}",
        title=Msg.of("plan.delisting.title", platform=platform.name, label=ch.label),
        body=ch.notes, why=c.why("why.delisting"), url=ch.url, url_label=Msg.of("link.start"),
        limits=Msg.of("limits.delisting"), **_sourced(platform),
    )


def _removal(c: _Context) -> list[Item]:
    items: list[Item] = []
    for ch in c.db.international.removal_channels:
        if ch.kind == ChannelKind.HASH_BLOCKING and c.audience_ok(ch.audience) and c.serves_here(ch.serves):
            key = "why.hash_minor" if ch.audience == Audience.MINORS else "why.hash"
            items.append(_channel_item(ch, "INT", c.why(key)))
    wanted_kinds = {PlatformReportKind.NCII}
    if not c.a.nothing_posted:
        wanted_kinds.add(PlatformReportKind.DELISTING)
    if "synthetic" in c.conducts:
        wanted_kinds.add(PlatformReportKind.SYNTHETIC)
    if "threaten" in c.conducts:
        wanted_kinds.add(PlatformReportKind.SEXTORTION)
    if c.a.minor_images:
        wanted_kinds.add(PlatformReportKind.MINOR)
    for platform in c.db.platforms:
        if platform.id not in c.a.where:
            continue
        channels = [ch for ch in platform.channels if ch.kind in wanted_kinds]
        if not channels:
            channels = [ch for ch in platform.channels if ch.kind in (PlatformReportKind.PRIVACY, PlatformReportKind.GENERAL)][:1]
        for ch in channels:
            if ch.kind == PlatformReportKind.DELISTING:
                items.append(_delisting_item(c, platform, ch))
                continue
            items.append(Item(
                id=f"removal/platform/{platform.id}/{ch.kind.value}",
                title=Msg.of("plan.platform.title", platform=platform.name, label=ch.label),
                body=ch.notes,
                why=c.why("why.platform", platform=platform.name),
                url=ch.url, url_label=Msg.of("link.report"),
                **_sourced(platform),
            ))
    if not c.a.nothing_posted and (c.a.where & {"website", "dont_know"} or not c.a.where):
        for platform in c.db.platforms:
            for ch in platform.channels:
                if ch.kind == PlatformReportKind.DELISTING and platform.id not in c.a.where:
                    items.append(_delisting_item(c, platform, ch))
    for j in c.chain:
        for ch in j.removal_channels:
            if c.audience_ok(ch.audience):
                items.append(_channel_item(ch, j.id, c.why("why.jurisdiction_channel", place=Place(j.id))))
    if "private_messages" in c.a.where:
        items.append(Item(id="removal/private_messages", title=Msg.of("plan.private_messages.title"),
                          body=Msg.of("plan.private_messages.body"), why=c.why("why.private_messages")))
    return items


def _matching(c: _Context, provisions) -> list[Provision]:
    """The provisions for what happened, leaving out minors-only laws when the images are of an adult."""
    fitting = [p for p in provisions if c.audience_ok(p.audience)]
    if not c.conducts:
        return fitting
    return [p for p in fitting if c.conducts & {x.value for x in p.conducts}]


def _provision_why(c: _Context, j_code: str, other: bool = False) -> Msg:
    if other:
        return c.why("why.other_country_law", other=Place(j_code))
    if not c.conducts:
        return c.why("why.law_all", law_place=Place(j_code))
    return c.why("why.law", conducts=c.conduct_list(), law_place=Place(j_code))


def _report(c: _Context) -> list[Item]:
    items: list[Item] = []
    chains = [(c.chain, False)]
    if c.a.other_country and c.a.other_country != c.country:
        own = {j.id for j in c.chain}
        # shared parents (EU for two member states) are already listed with the person's own law
        chains.append(([j for j in c.db.chain(c.a.other_country) if j.id not in own], True))
    for chain, other in chains:
        for j in chain:
            agencies = sorted(j.agencies, key=lambda a: _AGENCY_ORDER.index(a.kind))
            for ag in agencies:
                why = c.why("why.agency_other", other=Place(j.id)) if other else c.why("why.agency", agency_place=Place(j.id))
                items.append(_agency_item(ag, j.id, why, tuple(j.official_languages)))
    if c.a.minor_images:
        for ch in c.db.international.removal_channels:
            if ch.kind == ChannelKind.HOTLINE and c.serves_here(ch.serves):
                items.append(_channel_item(ch, "INT", c.why("why.hotline"), section="report"))
    for chain, other in chains:
        for j in chain:
            for p in _matching(c, j.provisions):
                if p.kind == ProvisionKind.CRIMINAL:
                    items.append(_provision_item(p, j.id, _provision_why(c, j.id, other), "report"))
    return items


def _legal_action(c: _Context) -> list[Item]:
    items: list[Item] = []
    for j in c.chain:
        for p in sorted(_matching(c, j.provisions), key=lambda p: _LEGAL_KINDS.index(p.kind) if p.kind in _LEGAL_KINDS else 99):
            if p.kind in _LEGAL_KINDS:
                items.append(_provision_item(p, j.id, _provision_why(c, j.id), "legal_action"))
    return items


def _support(c: _Context) -> list[Item]:
    orgs = _support_orgs(c)
    items = [_org_item(o, prefix, _org_why(c, prefix, "why.support"), "support", _languages(c.db, prefix))
             for o, prefix in orgs]
    if c.chain and all(prefix == "INT" for _, prefix in orgs):
        # said plainly, so that a short list is not read as "there is no help"
        items.insert(0, Item(id="support/none_local", title=Msg.of("plan.support.none_local_title"),
                             body=Msg.of("plan.support.none_local_body", place=Place(c.chain[0].id)),
                             why=c.why("why.none_local")))
    return items


def build_plan(answers: Answers, db: Database) -> Plan:
    """The person's plan. Pure function of the answers and the database."""
    c = _Context(answers, db)
    wanted = {_GOAL_SECTIONS[g] for g in answers.goals}
    sections = (
        Section("right_now", tuple(_right_now(c)), wanted=False),
        Section("evidence", tuple(_evidence(c)), wanted=False),
        Section("removal", tuple(_removal(c)), wanted="removal" in wanted),
        Section("report", tuple(_report(c)), wanted="report" in wanted),
        Section("legal_action", tuple(_legal_action(c)), wanted="legal_action" in wanted),
        Section("support", tuple(_support(c)), wanted="support" in wanted),
    )
    notes = []
    code = answers.jurisdiction
    covered = bool(code) and code in db.jurisdictions
    if code is None:
        notes.append(Msg.of("note.no_place"))
    elif answers.region and answers.region not in db.jurisdictions and answers.country in db.jurisdictions:
        notes.append(Msg.of("note.region_not_covered", region=Place(answers.region), country=Place(answers.country)))
    elif not c.chain:
        notes.append(Msg.of("note.not_covered", place=Place(code)))
    if any(i.secondary for s in sections for i in s.items):
        notes.append(Msg.of("note.secondary"))
    return Plan(sections=sections, notes=tuple(notes), jurisdictions=tuple(j.id for j in c.chain), covered=covered)
