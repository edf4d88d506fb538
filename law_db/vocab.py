"""Closed vocabularies of the law database: every value here is a stable id.

Changing a value breaks data files, links, exports and translations; add, never rename.
"""
from enum import Enum


class Conduct(str, Enum):
    """What was done with the images. The taxonomy every provision is tagged with."""

    SHARE = "share"          # intimate image published or sent without consent
    THREATEN = "threaten"    # threat to share, including sextortion
    RECORD = "record"        # captured without consent: voyeurism, hidden cameras, upskirting
    SYNTHETIC = "synthetic"  # sexual deepfakes and altered images
    THEFT = "theft"          # images obtained by hacking or stealing an account or device
    MINOR = "minor"          # the person was under 18 in the image


class ProvisionKind(str, Enum):
    CRIMINAL = "criminal"
    CIVIL = "civil"
    PROTECTION_ORDER = "protection_order"
    TAKEDOWN = "takedown"
    DATA_PROTECTION = "data_protection"
    COPYRIGHT = "copyright"


class Status(str, Enum):
    IN_FORCE = "in_force"
    AMENDED = "amended"  # in force, in the wording of a later amendment
    REPEALED = "repealed"
    NOT_YET_IN_FORCE = "not_yet_in_force"  # enacted, commencement still ahead (bills are not law)


class Verification(str, Enum):
    VERIFIED = "verified"    # checked against the official text
    SECONDARY = "secondary"  # confirmed only by reputable secondary sources


class TranspositionStatus(str, Enum):
    """How far a member state has put a directive into its own law (as a source says, on a date)."""

    TRANSPOSED = "transposed"
    PARTLY_TRANSPOSED = "partly_transposed"
    NOT_TRANSPOSED = "not_transposed"  # a bill may be pending; bills are not transposition
    NOT_BOUND = "not_bound"  # the directive does not apply there (e.g. Denmark's justice opt-out)


class AgencyKind(str, Enum):
    POLICE = "police"
    CYBERCRIME_UNIT = "cybercrime_unit"
    PROSECUTOR = "prosecutor"
    ONLINE_SAFETY_REGULATOR = "online_safety_regulator"
    DATA_PROTECTION_AUTHORITY = "data_protection_authority"
    TRIBUNAL = "tribunal"
    OTHER = "other"


class Service(str, Enum):
    HELPLINE = "helpline"
    COUNSELLING = "counselling"
    LEGAL_HELP = "legal_help"
    REMOVAL_HELP = "removal_help"


class Cost(str, Enum):
    FREE = "free"
    LOW_COST = "low_cost"
    PAID = "paid"
    VARIES = "varies"


class Audience(str, Enum):
    """Whom a service is for; for removal channels, the age of the person *in the image*."""

    ALL = "all"
    ADULTS = "adults"
    MINORS = "minors"


class ChannelKind(str, Enum):
    HASH_BLOCKING = "hash_blocking"
    PLATFORM_REPORT = "platform_report"
    SEARCH_DELISTING = "search_delisting"
    REGULATOR_COMPLAINT = "regulator_complaint"
    DATA_PROTECTION_COMPLAINT = "data_protection_complaint"
    HOTLINE = "hotline"
    OTHER = "other"


class PlatformReportKind(str, Enum):
    """What a platform's reporting page is for."""

    NCII = "ncii"                # non-consensual intimate imagery
    SYNTHETIC = "synthetic"      # sexual deepfakes and altered images
    SEXTORTION = "sextortion"
    MINOR = "minor"              # child sexual exploitation
    PRIVACY = "privacy"
    COPYRIGHT = "copyright"
    DELISTING = "delisting"      # removal from search results
    GENERAL = "general"
