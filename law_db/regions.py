"""UN M49 regions (the UN Statistics Division's standard country grouping), for filtering the
comparison matrix and ordering coverage and review. Not a legal fact shown as such to users. The
grouping was written from knowledge of M49, not re-read in the session that wrote it; the
official table is https://unstats.un.org/unsd/methodology/m49/ . Subdivisions take their
country's region; EU is in Europe."""
from __future__ import annotations

REGIONS: dict[str, tuple[str, ...]] = {
    "Africa": (
        "DZ", "EG", "LY", "MA", "SD", "TN", "EH", "IO", "BI", "KM", "DJ", "ER", "ET", "TF", "KE", "MG", "MW",
        "MU", "YT", "MZ", "RE", "RW", "SC", "SO", "SS", "UG", "TZ", "ZM", "ZW", "AO", "CM", "CF", "TD", "CG",
        "CD", "GQ", "GA", "ST", "BW", "SZ", "LS", "NA", "ZA", "BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW",
        "LR", "ML", "MR", "NE", "NG", "SH", "SN", "SL", "TG",
    ),
    "Latin America and the Caribbean": (
        "AI", "AG", "AW", "BS", "BB", "BQ", "VG", "KY", "CU", "CW", "DM", "DO", "GD", "GP", "HT", "JM", "MQ",
        "MS", "PR", "BL", "KN", "LC", "MF", "VC", "SX", "TT", "TC", "VI", "BZ", "CR", "SV", "GT", "HN", "MX",
        "NI", "PA", "AR", "BO", "BV", "BR", "CL", "CO", "EC", "FK", "GF", "GY", "PY", "PE", "GS", "SR", "UY",
        "VE",
    ),
    "Northern America": ("BM", "CA", "GL", "PM", "US"),
    "Asia": (
        "KZ", "KG", "TJ", "TM", "UZ", "CN", "HK", "MO", "KP", "JP", "MN", "KR", "TW", "BN", "KH", "ID", "LA",
        "MY", "MM", "PH", "SG", "TH", "TL", "VN", "AF", "BD", "BT", "IN", "IR", "MV", "NP", "PK", "LK", "AM",
        "AZ", "BH", "CY", "GE", "IQ", "IL", "JO", "KW", "LB", "OM", "QA", "SA", "PS", "SY", "TR", "AE", "YE",
    ),
    "Europe": (
        "BY", "BG", "CZ", "HU", "PL", "MD", "RO", "RU", "SK", "UA", "AX", "DK", "EE", "FO", "FI", "GG", "IS",
        "IE", "IM", "JE", "LV", "LT", "NO", "SJ", "SE", "GB", "AL", "AD", "BA", "HR", "GI", "GR", "VA", "IT",
        "MT", "ME", "MK", "PT", "SM", "RS", "SI", "ES", "AT", "BE", "FR", "DE", "LI", "LU", "MC", "NL", "CH",
        "EU",
    ),
    "Oceania": (
        "AU", "NZ", "NF", "HM", "CX", "CC", "FJ", "NC", "PG", "SB", "VU", "GU", "KI", "MH", "FM", "NR", "MP",
        "PW", "UM", "AS", "CK", "PF", "NU", "PN", "WS", "TK", "TO", "TV", "WF",
    ),
}
_REGION_OF = {code: region for region, codes in REGIONS.items() for code in codes}
OTHER = "Other"


def region_of(code: str) -> str:
    """The M49 region of a jurisdiction code (US-CA → Northern America)."""
    return _REGION_OF.get(code.split("-", 1)[0], OTHER)
