"""The 27 member states of the European Union (their files take `parent: EU`).
Reference: https://european-union.europa.eu/principles-countries-history/eu-countries_en"""

EU_MEMBER_STATES = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
})
