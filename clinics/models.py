"""The curated world: clinics and everything a curator records about them.

Unknown is a first-class value: a fact nobody has established is NULL (or the
``UNKNOWN`` choice), never ``False``. "We don't know" is not "no".
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from . import schema
from .choices import (
    CellForm,
    CellSource,
    CredentialKind,
    EnforcementConcern,
    EnforcementKind,
    EvidenceKind,
    Lab,
    Manipulation,
    MatchStatus,
    Processing,
    RegisterKind,
    Specialty,
    Treatment,
)


def _unknown_bool(help_text: str, verbose_name: str) -> models.BooleanField:
    # Null means nobody has established the fact; False is a checked "no".
    return models.BooleanField(
        verbose_name, null=True, blank=True, default=None, help_text=help_text
    )


# Sort keys of a clinic with no score or no price: after every real value.
UNRANKED = 9
NO_PRICE = 2_147_483_647
PUBLISHED = Q(published=True)
LISTING_FIELDS = (
    "listing_grade",
    "listing_red_flags",
    "listing_price_min",
    "listing_price_max",
    "sort_rank",
    "sort_score",
    "sort_price",
)


class Clinic(models.Model):
    name = models.CharField(max_length=200, help_text="The clinic's name as it trades.")
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="Used in the public address, e.g. /clinics/lumen-skin/; lowercase words and hyphens.",
    )
    country = CountryField(help_text="Where treatment is given (ISO 3166-1 country).")
    city = models.CharField(max_length=120, blank=True)
    website = models.URLField(blank=True, help_text="The clinic's own site, as a full URL.")
    description = models.TextField(
        blank=True, help_text="Neutral summary for patients; no marketing copy."
    )
    published = models.BooleanField(
        default=False, help_text="Only published clinics appear on the public site."
    )
    last_reviewed = models.DateField(
        null=True, blank=True, help_text="When a reviewer last checked this profile."
    )

    # Practices: what the clinic does around the treatment.
    consultation = _unknown_bool(
        "Takes a medical history and assesses candidacy before treating.",
        "consultation with medical history",
    )
    written_consent = _unknown_bool("Asks for written informed consent.", "written consent")
    consent_states_limited_data = _unknown_bool(
        "The consent form says long-term data on these treatments are limited.",
        "consent states limited long-term data",
    )
    risks_disclosed = _unknown_bool(
        "Side effects (swelling, bruising, redness, infection) are disclosed to patients.",
        "side effects disclosed",
    )
    follow_up = _unknown_bool("Has a follow-up schedule after treatment.", "follow-up schedule")
    complication_reporting = _unknown_bool(
        "Records and reports complications.", "complication reporting"
    )
    outcomes_published = _unknown_bool(
        "Publishes its outcomes (not testimonials).", "outcomes published"
    )
    procedures_performed = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Number of these procedures the clinic states it has performed.",
    )
    charges_for_trial = _unknown_bool(
        "Charges patients to take part in a 'trial' or 'study' (a red flag).",
        "charges for trial participation",
    )
    markets_treatments = _unknown_bool(
        "Sells or advertises treatments to the public. No for a research site that only "
        "enrols participants in a study: its marketing criteria then do not apply.",
        "markets treatments",
    )
    release_testing = _unknown_bool(
        "Tests each cell product before it is used: sterility, cell count and viability (and, "
        "for anything grown or stored, endotoxin and mycoplasma).",
        "product tested before use",
    )
    adverse_event_reporting = _unknown_bool(
        "Reports serious adverse events to the regulator (FDA MedWatch, MHRA Yellow Card, "
        "COFEPRIS, Türkiye's TİTCK).",
        "adverse events reported to the regulator",
    )
    offered_as_study = _unknown_bool(
        "Calls the treatment a study, trial or research protocol.", "offered as a study"
    )
    ethics_review = _unknown_bool(
        "An independent ethics committee (IRB) approved the study.", "ethics (IRB) approval"
    )
    sales_pressure = _unknown_bool(
        "Pushes patients to commit: discounts that expire, a deposit before a consultation, or "
        "payment before medical screening.",
        "sales pressure",
    )

    current_assessment = models.ForeignKey(
        "checklist.ClinicAssessment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text="The latest stored assessment; set by the scoring service only.",
    )

    # What the directory filters and sorts on, copied from the current assessment and the
    # full-face price quotes by checklist.services whenever either changes, so that a directory
    # page reads one indexed table. Sort keys are never NULL: "unknown" sorts last everywhere.
    listing_grade = models.CharField(max_length=12, blank=True, editable=False)
    listing_red_flags = models.PositiveSmallIntegerField(
        default=0, editable=False, help_text="Failed knockouts plus red-flag claim categories."
    )
    listing_price_min = models.PositiveIntegerField(null=True, blank=True, editable=False)
    listing_price_max = models.PositiveIntegerField(null=True, blank=True, editable=False)
    sort_rank = models.PositiveSmallIntegerField(
        default=UNRANKED, editable=False, help_text="Grade order, best first; unscored last."
    )
    sort_score = models.FloatField(default=-1.0, editable=False)
    sort_price = models.PositiveIntegerField(default=NO_PRICE, editable=False)

    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    # Derived fields are not curated: they are not part of the change history.
    history = HistoricalRecords(excluded_fields=["current_assessment", *LISTING_FIELDS])

    class Meta:
        ordering = ("name",)
        # The public pages read published clinics only, so their indexes are partial: smaller,
        # and usable by SQLite, which cannot match a bare boolean column against an index key.
        indexes = [
            models.Index(fields=("name", "id"), condition=PUBLISHED, name="listed_by_name"),
            models.Index(
                fields=("sort_rank", "-sort_score", "name", "id"),
                condition=PUBLISHED,
                name="listed_by_grade",
            ),
            models.Index(
                fields=("-sort_score", "name", "id"), condition=PUBLISHED, name="listed_by_score"
            ),
            models.Index(
                fields=("sort_price", "name", "id"), condition=PUBLISHED, name="listed_by_price"
            ),
            models.Index(
                fields=("country", "name", "id"), condition=PUBLISHED, name="listed_by_country"
            ),
            models.Index(
                fields=("listing_grade", "name", "id"),
                condition=PUBLISHED,
                name="listed_by_grade_letter",
            ),
            models.Index(
                fields=("-last_reviewed", "-updated", "name"),
                condition=PUBLISHED,
                name="listed_by_review",
            ),
            # The admin lists every clinic, by name then newest first among equal names (the
            # admin breaks ties with -pk): its pages walk this index instead of sorting.
            models.Index(fields=("name", "-id"), name="admin_by_name"),
        ]
        permissions = [
            ("review_clinic", "Can mark a clinic's profile reviewed"),
            ("rescore_clinic", "Can recompute a clinic's score"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("clinics:detail", kwargs={"slug": self.slug})


class Practitioner(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="practitioners")
    name = models.CharField(max_length=200)
    role = models.CharField(
        max_length=120, blank=True, help_text="E.g. treating physician, medical director, nurse."
    )
    specialty = models.CharField(
        max_length=32,
        choices=Specialty.choices,
        blank=True,
        help_text="Leave empty when the specialty is not known.",
    )
    years_experience = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(70)],
        help_text="Years practising in this specialty, when stated or verified.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("clinic", "id")

    def __str__(self) -> str:
        return self.name


class Credential(models.Model):
    clinic = models.ForeignKey(
        Clinic,
        on_delete=models.CASCADE,
        related_name="credentials",
        null=True,
        blank=True,
        help_text="Set for the clinic's own credentials (facility licence, lab accreditation).",
    )
    practitioner = models.ForeignKey(
        Practitioner,
        on_delete=models.CASCADE,
        related_name="credentials",
        null=True,
        blank=True,
        help_text="Set for a person's credentials (medical licence, board certification).",
    )
    kind = models.CharField(max_length=40, choices=CredentialKind.choices)
    issuer = models.CharField(
        max_length=200, blank=True, help_text="The body that issued it, e.g. a medical board."
    )
    number = models.CharField(
        max_length=100, blank=True, help_text="Licence or registration number."
    )
    issued_on = models.DateField(null=True, blank=True)
    expires_on = models.DateField(
        null=True, blank=True, help_text="An expired credential counts as not verified."
    )
    verified = models.BooleanField(
        null=True,
        blank=True,
        default=None,
        help_text="Yes: checked against the issuer. No: checked and it did not hold. Empty: not checked.",
    )
    verified_by = models.CharField(
        max_length=120, blank=True, help_text="Who checked it, e.g. 'M. Ortega (curator)'."
    )
    verified_on = models.DateField(null=True, blank=True, help_text="When it was checked.")
    source_url = models.URLField(
        blank=True, help_text="Where it was checked: the issuer's public register, ideally."
    )
    verification_note = models.TextField(
        blank=True, help_text="How it was checked, when no public register could be linked."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("id",)
        constraints = [rule.constraint() for rule in schema.CREDENTIAL_RULES]
        indexes = [models.Index(fields=("expires_on",))]

    def __str__(self) -> str:
        label = self.get_kind_display()
        return f"{label} {self.number}".strip()

    def is_expired(self, today: datetime.date) -> bool:
        return self.expires_on is not None and self.expires_on < today

    def is_current(self, today: datetime.date) -> bool:
        """Verified and not expired on ``today``: the only state that counts as verified."""
        return self.verified is True and not self.is_expired(today)

    def status(self, today: datetime.date) -> str:
        if self.is_expired(today):
            return "expired"
        if self.verified is True:
            return "verified"
        if self.verified is False:
            return "failed"
        return "unverified"


class ProcessingProtocol(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="protocols")
    name = models.CharField(max_length=200, help_text="The treatment as the clinic names it.")
    cell_source = models.CharField(
        max_length=32,
        choices=CellSource.choices,
        default=CellSource.UNKNOWN,
        help_text="Where the cells come from. Donor, animal or embryonic cells for cosmetic use fail a knockout.",
    )
    cell_form = models.CharField(
        max_length=32,
        choices=CellForm.choices,
        default=CellForm.UNKNOWN,
        help_text="What is actually injected: live cells, or only an extract or growth factors.",
    )
    processing = models.CharField(
        max_length=32, choices=Processing.choices, default=Processing.UNKNOWN
    )
    manipulation = models.CharField(
        max_length=32, choices=Manipulation.choices, default=Manipulation.UNKNOWN
    )
    lab = models.CharField(max_length=32, choices=Lab.choices, default=Lab.UNKNOWN)
    harvest_cc = models.PositiveSmallIntegerField(
        "harvest volume (cc)",
        null=True,
        blank=True,
        validators=[MaxValueValidator(5000)],
        help_text="Fat or marrow harvested, in cc (typically 50-100 cc for the face).",
    )
    delivery = models.JSONField(
        default=list,
        blank=True,
        help_text="How the cells are delivered; leave empty when not known.",
    )
    sessions = models.PositiveSmallIntegerField(null=True, blank=True)
    procedure_hours = models.DecimalField(
        max_digits=4, decimal_places=1, null=True, blank=True, help_text="Length of one visit."
    )
    documented = _unknown_bool(
        "A written protocol (isolation, cell count and viability, same-day or expanded) is published or was shown.",
        "protocol documented",
    )
    treats_disease = _unknown_bool(
        "Offered for a disease or an injury (joints, lungs, nerves, autism...), not a cosmetic "
        "concern of the skin.",
        "treats a disease",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("clinic", "id")
        verbose_name = "processing protocol"
        indexes = [models.Index(fields=("cell_source",))]

    def __str__(self) -> str:
        return self.name


class Claim(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="claims")
    text = models.TextField(help_text="The claim exactly as published, without editing.")
    source_url = models.URLField(blank=True, help_text="The page it was captured from.")
    captured_on = models.DateField(null=True, blank=True)
    # The claims screener's verdict on ``text``, kept so that a rescore or a page does not
    # screen unchanged text again; valid only while ``screened_with`` is the screener's version.
    screening = models.JSONField(null=True, blank=True, editable=False)
    screened_with = models.CharField(max_length=64, blank=True, editable=False)

    history = HistoricalRecords(excluded_fields=["screening", "screened_with"])

    class Meta:
        ordering = ("clinic", "id")

    def __str__(self) -> str:
        return self.text[:60]


class PriceQuote(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="prices")
    treatment = models.CharField(
        max_length=20, choices=Treatment.choices, default=Treatment.FULL_FACE
    )
    min_usd = models.PositiveIntegerField("minimum (USD)", null=True, blank=True)
    max_usd = models.PositiveIntegerField("maximum (USD)", null=True, blank=True)
    includes = models.CharField(
        max_length=300,
        blank=True,
        help_text="What the price includes, e.g. harvest, processing, one session, follow-up.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("clinic", "id")
        verbose_name = "price quote"
        constraints = [rule.constraint() for rule in schema.PRICE_RULES]

    def __str__(self) -> str:
        return f"{self.get_treatment_display()}: {self.min_usd}-{self.max_usd} USD"


class Evidence(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(max_length=20, choices=EvidenceKind.choices)
    identifier = models.CharField(
        max_length=200, help_text="A DOI (10.xxxx/...) or a trial registry id (NCT01234567)."
    )
    title = models.CharField(max_length=400, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ("clinic", "id")
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return self.identifier


class EnforcementAction(models.Model):
    """What a regulator, a court or a board has publicly found or ordered about a firm, a clinic
    or a practitioner: warning letters, injunctions, FTC and state actions, discipline. Linked
    to clinics and practitioners only by a curator (EnforcementMatch proposes, never links)."""

    agency = models.CharField(
        max_length=120,
        help_text="Who acted, as the record names it: FDA CBER, FTC, U.S. District Court "
        "(S.D. Fla.), New York Attorney General, COFEPRIS, MHRA, TGA.",
    )
    kind = models.CharField(max_length=24, choices=EnforcementKind.choices)
    reference = models.CharField(
        max_length=80, blank=True, help_text="The letter, case or order number, when stated."
    )
    issued_on = models.DateField(help_text="The date of the letter, order or complaint.")
    closed_out_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the agency closed the matter out (an FDA close-out letter); empty while "
        "it is open or when the record does not say.",
    )
    company = models.CharField(
        max_length=200, help_text="The firm, clinic or person named, as the record names it."
    )
    website = models.URLField(blank=True, help_text="The firm's website, when the record names it.")
    city = models.CharField(max_length=120, blank=True)
    country = CountryField(blank=True)
    subject = models.CharField(
        max_length=300, blank=True, help_text="The record's subject line or description."
    )
    products = models.CharField(
        max_length=400, blank=True, help_text="Product names it names, separated by semicolons."
    )
    concerns = models.JSONField(
        default=list,
        blank=True,
        help_text="What it is about: "
        + ", ".join(f"{c.value} ({c.label.lower()})" for c in EnforcementConcern),
    )
    url = models.URLField(max_length=500, help_text="The public document, or the list it is on.")
    summary = models.TextField(
        blank=True, help_text="What it found or ordered, in a sentence or two of our own words."
    )
    source = models.CharField(
        max_length=40, blank=True, editable=False, help_text="The import that brought it in."
    )
    clinics = models.ManyToManyField(Clinic, blank=True, related_name="enforcement_actions")
    practitioners = models.ManyToManyField(
        Practitioner, blank=True, related_name="enforcement_actions"
    )
    created = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ("-issued_on", "company")
        verbose_name = "enforcement action"
        constraints = [
            # the same record read twice is the same action (imports are idempotent)
            models.UniqueConstraint(
                fields=("agency", "kind", "company", "issued_on"), name="one_action_per_record"
            ),
            *(rule.constraint() for rule in schema.ENFORCEMENT_RULES),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.company} ({self.issued_on:%d %b %Y})"

    @property
    def is_open(self) -> bool:
        return self.closed_out_on is None

    @property
    def awaits_close_out(self) -> bool:
        """A regulator's letter with no close-out on record (the page says so)."""
        return self.is_open and self.kind in (
            EnforcementKind.WARNING_LETTER,
            EnforcementKind.UNTITLED_LETTER,
        )

    @property
    def product_names(self) -> list[str]:
        return [p.strip() for p in self.products.split(";") if p.strip()]


class EnforcementMatch(models.Model):
    """A proposed link between an enforcement action and a clinic or practitioner, found by
    name, website and city; a curator accepts it (the action is linked) or dismisses it (and it
    is never proposed again)."""

    action = models.ForeignKey(EnforcementAction, on_delete=models.CASCADE, related_name="matches")
    clinic = models.ForeignKey(
        Clinic, null=True, blank=True, on_delete=models.CASCADE, related_name="enforcement_matches"
    )
    practitioner = models.ForeignKey(
        Practitioner,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="enforcement_matches",
    )
    score = models.PositiveSmallIntegerField(help_text="How alike, 0 to 100.")
    reasons = models.CharField(max_length=300, help_text="What matched: name, website, city.")
    status = models.CharField(
        max_length=12, choices=MatchStatus.choices, default=MatchStatus.PROPOSED
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ("status", "-score", "-id")
        verbose_name_plural = "enforcement matches"
        constraints = [
            *(rule.constraint() for rule in schema.MATCH_RULES),
            models.UniqueConstraint(fields=("action", "clinic"), name="one_match_per_clinic"),
            models.UniqueConstraint(
                fields=("action", "practitioner"), name="one_match_per_practitioner"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.action.company} ~ {self.clinic or self.practitioner} ({self.score})"


class EnforcementImport(models.Model):
    """One run of import_enforcement: when the public lists were last read, and what came in
    ("checked against the public lists on <date>" rests on it)."""

    source = models.CharField(max_length=40)
    file_name = models.CharField(max_length=200, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    rows = models.PositiveIntegerField(help_text="Rows read.")
    kept = models.PositiveIntegerField(help_text="Rows about cell or tissue products, kept.")
    created = models.PositiveIntegerField(help_text="Actions new to the database.")
    proposed = models.PositiveIntegerField(help_text="Matches proposed to curators.")

    class Meta:
        ordering = ("-imported_at",)

    def __str__(self) -> str:
        return f"{self.source}, {self.imported_at:%d %b %Y}"


class PublicRegister(models.Model):
    """A public register where a patient can check a clinic's licences themselves: a medical
    board's list of licensed doctors, a health authority's list of licensed facilities, or
    the national regulator. Kept per country by curators; the checklist links them under the
    licence and regulator questions, and the patient's report lists them."""

    country = CountryField(help_text="The country whose doctors or clinics it lists.")
    kind = models.CharField(
        max_length=12,
        choices=RegisterKind.choices,
        help_text="What a patient checks there: a doctor's licence, a clinic's licence, or "
        "the national regulator (its warnings and the establishments it registers).",
    )
    name = models.CharField(
        max_length=200,
        help_text="As a patient will read it, e.g. General Medical Council register.",
    )
    url = models.URLField(
        "address",
        max_length=500,
        help_text="The register's own search page, on the register's own site (never a "
        "broker's or a clinic's copy).",
    )
    source = models.TextField(
        help_text="Where you confirmed that this is the official register, with the "
        "address of that page and the date you read it.",
    )
    notes = models.CharField(
        max_length=300,
        blank=True,
        help_text="Optional, shown to patients: how to search it (by the doctor's name or GMC "
        "number), or what it does not cover.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("country", "kind", "name")
        constraints = [
            models.UniqueConstraint(fields=("country", "url"), name="one_register_per_address"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.country.code})"
