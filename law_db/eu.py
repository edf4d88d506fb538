"""The 27 member states of the European Union (their files take `parent: EU`), used by
`python -m law_db new` to pre-fill the parent. Not a legal fact shown to users. The list was not
re-read against a source in the session that wrote it; the official list is at
https://european-union.europa.eu/principles-countries-history/eu-countries_en . Every member
state's data file, written from its own sources, agrees with it."""

EU_MEMBER_STATES = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
})
