"""The curated world's lists of values. Each has an UNKNOWN where "we don't know" is an
answer; the models, the record schema (clinics.schema) and the engine's facts read them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from checklist.engine.pricing import CURRENCY_NAMES


class Specialty(models.TextChoices):
    REGENERATIVE_MEDICINE = "regenerative_medicine", _("Regenerative medicine")
    DERMATOLOGY = "dermatology", _("Dermatology")
    PLASTIC_SURGERY = "plastic_surgery", _("Plastic surgery")
    OTHER = "other", _("Other")


class CredentialKind(models.TextChoices):
    MEDICAL_LICENSE = "medical_license", _("Medical licence")
    FACILITY_LICENSE = "facility_license", _("Facility licence")
    BOARD_CERTIFICATION = "board_certification", _("Board certification")
    LAB_ACCREDITATION = "lab_accreditation", _("Lab accreditation")
    GMP_CERTIFICATE = "gmp_certificate", _("GMP / cleanroom certificate")
    REGULATOR_REGISTRATION = "regulator_registration", _("Regulator registration")
    TISSUE_ESTABLISHMENT_REGISTRATION = (
        "tissue_establishment_registration",
        _("Tissue-establishment registration"),
    )


class CellSource(models.TextChoices):
    AUTOLOGOUS_ADIPOSE = "autologous_adipose", _("Patient's own fat (autologous adipose)")
    AUTOLOGOUS_BONE_MARROW = "autologous_bone_marrow", _("Patient's own bone marrow")
    AUTOLOGOUS_OTHER = "autologous_other", _("Patient's own cells, other tissue")
    ALLOGENEIC_DONOR = "allogeneic_donor", _("Donor cells (allogeneic)")
    UMBILICAL_CORD = "umbilical_cord", _("Umbilical cord")
    PLACENTAL_AMNIOTIC = "placental_amniotic", _("Placental or amniotic")
    EMBRYONIC = "embryonic", _("Embryonic")
    ANIMAL = "animal", _("Animal")
    PLANT = "plant", _("Plant")
    UNKNOWN = "unknown", _("Unknown")


class CellForm(models.TextChoices):
    LIVE_CELLS = "live_cells", _("Live cells")
    CULTURED_FIBROBLASTS = "cultured_fibroblasts", _("Cultured fibroblasts")
    EXTRACT = "extract", _("Extract / conditioned medium")
    EXOSOMES = "exosomes", _("Exosomes")
    GROWTH_FACTORS = "growth_factors", _("Growth factors")
    UNKNOWN = "unknown", _("Unknown")


class Processing(models.TextChoices):
    CLOSED_SYSTEM = "closed_system", _("Closed sterile system")
    OPEN = "open", _("Open processing")
    UNKNOWN = "unknown", _("Unknown")


class Manipulation(models.TextChoices):
    SAME_DAY = "same_day", _("Same-day, minimal manipulation")
    # Fat digested with enzymes into a stromal vascular fraction (SVF) the same day: more than
    # minimal manipulation (United States v. California Stem Cell Treatment Center, 9th Cir.
    # 2024; United States v. US Stem Cell Clinic, 11th Cir. 2021).
    SAME_DAY_ENZYMATIC = "same_day_enzymatic", _("Same-day, enzymatic digestion (SVF)")
    CULTURE_EXPANDED = "culture_expanded", _("Culture-expanded")
    UNKNOWN = "unknown", _("Unknown")


class Lab(models.TextChoices):
    ON_SITE = "on_site", _("On-site lab")
    EXTERNAL_ACCREDITED = "external_accredited", _("External accredited lab")
    EXTERNAL = "external", _("External lab (accreditation not shown)")
    UNKNOWN = "unknown", _("Unknown")


class Delivery(models.TextChoices):
    INJECTION = "injection", _("Injection")
    MICRONEEDLING = "microneedling", _("Microneedling")
    TOPICAL = "topical", _("Topical")
    LASER = "laser", _("Laser")
    IV = "iv", _("Intravenous (IV)")
    INTRATHECAL = "intrathecal", _("Intrathecal (into the spinal fluid)")
    INHALED = "inhaled", _("Inhaled or nebulised")
    INTRA_ARTICULAR = "intra_articular", _("Into a joint")


class Treatment(models.TextChoices):
    FULL_FACE = "full_face", _("Full face")
    OTHER = "other", _("Other")


# The currencies a price may be quoted in: those of the dated rate table that converts a quote
# into US dollars (checklist.engine.pricing), so every quote can be compared.
Currency = models.TextChoices(  # type: ignore[call-overload]  # the functional API
    "Currency", [(code, (code, f"{code} – {name}")) for code, name in CURRENCY_NAMES.items()]
)
USD = "USD"


class EvidenceKind(models.TextChoices):
    PUBLICATION = "publication", _("Peer-reviewed publication")
    TRIAL = "trial", _("Registered trial")


class EnforcementKind(models.TextChoices):
    WARNING_LETTER = "warning_letter", _("Warning letter")
    UNTITLED_LETTER = "untitled_letter", _("Untitled letter")
    INJUNCTION = "injunction", _("Court injunction or consent decree")
    FTC_ACTION = "ftc_action", _("FTC complaint or order")
    STATE_ACTION = "state_action", _("State attorney-general action")
    BOARD_DISCIPLINE = "board_discipline", _("Medical-board discipline")
    FOREIGN_REGULATOR = "foreign_regulator", _("Foreign regulator action")
    RECALL = "recall", _("Recall")
    HARM_REPORT = "harm_report", _("Published report of harm to patients (CDC, journal)")


class EnforcementConcern(models.TextChoices):
    PRODUCTS = "products", _("Unapproved cell or tissue products")
    CLAIMS = "claims", _("Marketing claims")
    MANUFACTURING = "manufacturing", _("Manufacturing or testing failures")
    HARM = "harm", _("Harm to patients")


class MatchStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted")
    DISMISSED = "dismissed", _("Dismissed")


class RegisterKind(models.TextChoices):
    """What a public register lets a patient check (clinics.models.PublicRegister)."""

    DOCTORS = "doctors", _("Doctors' licences")
    FACILITIES = "facilities", _("Facility licences")
    REGULATOR = "regulator", _("National regulator")
