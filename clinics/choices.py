"""The curated world's lists of values. Each has an UNKNOWN where "we don't know" is an
answer; the models, the record schema (clinics.schema) and the engine's facts read them."""

from django.db import models

from checklist.engine.pricing import CURRENCY_NAMES


class Specialty(models.TextChoices):
    REGENERATIVE_MEDICINE = "regenerative_medicine", "Regenerative medicine"
    DERMATOLOGY = "dermatology", "Dermatology"
    PLASTIC_SURGERY = "plastic_surgery", "Plastic surgery"
    OTHER = "other", "Other"


class CredentialKind(models.TextChoices):
    MEDICAL_LICENSE = "medical_license", "Medical licence"
    FACILITY_LICENSE = "facility_license", "Facility licence"
    BOARD_CERTIFICATION = "board_certification", "Board certification"
    LAB_ACCREDITATION = "lab_accreditation", "Lab accreditation"
    GMP_CERTIFICATE = "gmp_certificate", "GMP / cleanroom certificate"
    REGULATOR_REGISTRATION = "regulator_registration", "Regulator registration"
    TISSUE_ESTABLISHMENT_REGISTRATION = (
        "tissue_establishment_registration",
        "Tissue-establishment registration",
    )


class CellSource(models.TextChoices):
    AUTOLOGOUS_ADIPOSE = "autologous_adipose", "Patient's own fat (autologous adipose)"
    AUTOLOGOUS_BONE_MARROW = "autologous_bone_marrow", "Patient's own bone marrow"
    AUTOLOGOUS_OTHER = "autologous_other", "Patient's own cells, other tissue"
    ALLOGENEIC_DONOR = "allogeneic_donor", "Donor cells (allogeneic)"
    UMBILICAL_CORD = "umbilical_cord", "Umbilical cord"
    PLACENTAL_AMNIOTIC = "placental_amniotic", "Placental or amniotic"
    EMBRYONIC = "embryonic", "Embryonic"
    ANIMAL = "animal", "Animal"
    PLANT = "plant", "Plant"
    UNKNOWN = "unknown", "Unknown"


class CellForm(models.TextChoices):
    LIVE_CELLS = "live_cells", "Live cells"
    CULTURED_FIBROBLASTS = "cultured_fibroblasts", "Cultured fibroblasts"
    EXTRACT = "extract", "Extract / conditioned medium"
    EXOSOMES = "exosomes", "Exosomes"
    GROWTH_FACTORS = "growth_factors", "Growth factors"
    UNKNOWN = "unknown", "Unknown"


class Processing(models.TextChoices):
    CLOSED_SYSTEM = "closed_system", "Closed sterile system"
    OPEN = "open", "Open processing"
    UNKNOWN = "unknown", "Unknown"


class Manipulation(models.TextChoices):
    SAME_DAY = "same_day", "Same-day, minimal manipulation"
    # Fat digested with enzymes into a stromal vascular fraction (SVF) the same day: more than
    # minimal manipulation (United States v. California Stem Cell Treatment Center, 9th Cir.
    # 2024; United States v. US Stem Cell Clinic, 11th Cir. 2021).
    SAME_DAY_ENZYMATIC = "same_day_enzymatic", "Same-day, enzymatic digestion (SVF)"
    CULTURE_EXPANDED = "culture_expanded", "Culture-expanded"
    UNKNOWN = "unknown", "Unknown"


class Lab(models.TextChoices):
    ON_SITE = "on_site", "On-site lab"
    EXTERNAL_ACCREDITED = "external_accredited", "External accredited lab"
    EXTERNAL = "external", "External lab (accreditation not shown)"
    UNKNOWN = "unknown", "Unknown"


class Delivery(models.TextChoices):
    INJECTION = "injection", "Injection"
    MICRONEEDLING = "microneedling", "Microneedling"
    TOPICAL = "topical", "Topical"
    LASER = "laser", "Laser"
    IV = "iv", "Intravenous (IV)"
    INTRATHECAL = "intrathecal", "Intrathecal (into the spinal fluid)"
    INHALED = "inhaled", "Inhaled or nebulised"
    INTRA_ARTICULAR = "intra_articular", "Into a joint"


class Treatment(models.TextChoices):
    FULL_FACE = "full_face", "Full face"
    OTHER = "other", "Other"


# The currencies a price may be quoted in: those of the dated rate table that converts a quote
# into US dollars (checklist.engine.pricing), so every quote can be compared.
Currency = models.TextChoices(  # type: ignore[call-overload]  # the functional API
    "Currency", [(code, (code, f"{code} – {name}")) for code, name in CURRENCY_NAMES.items()]
)
USD = "USD"


class EvidenceKind(models.TextChoices):
    PUBLICATION = "publication", "Peer-reviewed publication"
    TRIAL = "trial", "Registered trial"


class EnforcementKind(models.TextChoices):
    WARNING_LETTER = "warning_letter", "Warning letter"
    UNTITLED_LETTER = "untitled_letter", "Untitled letter"
    INJUNCTION = "injunction", "Court injunction or consent decree"
    FTC_ACTION = "ftc_action", "FTC complaint or order"
    STATE_ACTION = "state_action", "State attorney-general action"
    BOARD_DISCIPLINE = "board_discipline", "Medical-board discipline"
    FOREIGN_REGULATOR = "foreign_regulator", "Foreign regulator action"
    RECALL = "recall", "Recall"
    HARM_REPORT = "harm_report", "Published report of harm to patients (CDC, journal)"


class EnforcementConcern(models.TextChoices):
    PRODUCTS = "products", "Unapproved cell or tissue products"
    CLAIMS = "claims", "Marketing claims"
    MANUFACTURING = "manufacturing", "Manufacturing or testing failures"
    HARM = "harm", "Harm to patients"


class MatchStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    ACCEPTED = "accepted", "Accepted"
    DISMISSED = "dismissed", "Dismissed"


class RegisterKind(models.TextChoices):
    """What a public register lets a patient check (clinics.models.PublicRegister)."""

    DOCTORS = "doctors", "Doctors' licences"
    FACILITIES = "facilities", "Facility licences"
    REGULATOR = "regulator", "National regulator"
