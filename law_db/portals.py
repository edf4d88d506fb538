"""Official legislation portals and government domains, to tell a link to the official text from
a copy elsewhere. A provision whose `official_url` is not on one of these is shown as "a copy on
<host>" and appears in the review queue."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

OFFICIAL_HOSTS = frozenset({
    # international / EU
    "eur-lex.europa.eu", "europa.eu", "legislation.gov.uk", "irishstatutebook.ie",
    # Europe
    "boe.es", "legifrance.gouv.fr", "gesetze-im-internet.de", "normattiva.it", "gazzettaufficiale.it",
    "wetten.overheid.nl", "isap.sejm.gov.pl", "dre.pt", "ejustice.just.fgov.be", "riksdagen.se", "lagen.nu",
    "ris.bka.gv.at", "fedlex.admin.ch", "lovdata.no", "legislation.gov.scot", "garante.it",
    # Americas
    "uscode.house.gov", "congress.gov", "govinfo.gov", "law.cornell.edu", "leginfo.legislature.ca.gov",
    "nysenate.gov", "legislation.nysenate.gov", "statutes.capitol.texas.gov", "capitol.texas.gov",
    "laws-lois.justice.gc.ca", "canlii.org", "diputados.gob.mx", "dof.gob.mx", "planalto.gov.br",
    "argentina.gob.ar", "infoleg.gob.ar", "servicios.infoleg.gob.ar", "boletinoficial.gob.ar",
    "secretariasenado.gov.co", "funcionpublica.gov.co", "bcn.cl", "leychile.cl", "impo.com.uy",
    "spij.minjus.gob.pe",
    # Asia-Pacific
    "legislation.gov.au", "indiacode.nic.in", "egazette.gov.in", "meity.gov.in",
    # parliaments, official gazettes and legal-information services
    "althingi.is", "regjeringen.no", "parlamento.pt", "retsinformation.dk", "eduskunta.fi", "lrvalstybe.lt",
    "legimonaco.mc", "parliament.scot", "revisedacts.lawreform.ie", "gnb.ca", "assembly.nl.ca",
    "novascotia.ca", "gc.ca",
    # regulators, police and public bodies whose official pages state the law
    "ico.org.uk", "edpb.europa.eu", "dataprotection.ie", "police.uk", "police.ge", "pdps.ge", "ombudsman.ge",
    "apda.ad", "cpdp.bg",
})

# Second-level government domains reserved for public bodies: gov.bc.ca, jis.gov.jm, fgr.gob.cu,
# legisquebec.gouv.qc.ca, legis.state.tx.us.
_GOVERNMENT_DOMAIN = re.compile(r"(^|\.)(gov|gob|gouv)(\.[a-z]{2}){1,2}$|\.state\.[a-z]{2}\.us$")


def host_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def is_official_portal(url: str) -> bool:
    host = host_of(url)
    return (any(host == h or host.endswith("." + h) for h in OFFICIAL_HOSTS) or host.endswith(".gov")
            or bool(_GOVERNMENT_DOMAIN.search(host)))
