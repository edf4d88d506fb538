"""Official legislation portals and government domains, to tell a link to the official text from
a copy elsewhere. A provision whose `official_url` is not on one of these is shown as "a copy on
<host>" and appears in the review queue."""
from __future__ import annotations

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
    # regulators whose official guidance states the law
    "ico.org.uk", "edpb.europa.eu",
})


def host_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def is_official_portal(url: str) -> bool:
    host = host_of(url)
    return any(host == h or host.endswith("." + h) for h in OFFICIAL_HOSTS) or host.endswith((".gov", ".gob.mx"))
