"""The curated world: clinics and everything a curator records about them.

Unknown is a first-class value: a fact nobody has established is NULL (or the
``UNKNOWN`` choice), never ``False``. "We don't know" is not "no".
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from checklist.engine.pricing import RATES_AS_OF, to_usd

from . import schema
from .choices import (
    USD,
    CellForm,
    CellSource,
    CredentialKind,
    Currency,
    EvidenceKind,
    Lab,
    Manipulation,
    Processing,
    Specialty,
    Treatment,
)
from .languages import CLAIM_LANGUAGES, detect

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def _unknown_bool(help_text: StrOrPromise, verbose_name: StrOrPromise) -> models.BooleanField:
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

# Not curated either: set by the rescore and by a review (clinics.reviews).
DIGEST_FIELDS = ("data_digest", "reviewed_digest")
HOLD_FIELDS = ("held_assessment", "held_until")
REVIEWED = "reviewed"
CHANGED_SINCE_REVIEW = "changed"
NOT_REVIEWED = "unreviewed"


class Clinic(models.Model):
    name = models.CharField(max_length=200, help_text=_("The clinic's name as it trades."))
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text=_(
            "Used in the public address, e.g. /clinics/lumen-skin/; lowercase words and hyphens."
        ),
    )
    country = CountryField(help_text=_("Where treatment is given (ISO 3166-1 country)."))
    city = models.CharField(max_length=120, blank=True)
    website = models.URLField(blank=True, help_text=_("The clinic's own site, as a full URL."))
    description = models.TextField(
        blank=True, help_text=_("Neutral summary for patients; no marketing copy.")
    )
    published = models.BooleanField(
        default=False, help_text=_("Only published clinics appear on the public site.")
    )
    last_reviewed = models.DateField(
        null=True, blank=True, help_text=_("When a reviewer last checked this profile.")
    )

    # Practices: what the clinic does around the treatment.
    consultation = _unknown_bool(
        _("Takes a medical history and assesses candidacy before treating."),
        _("consultation with medical history"),
    )
    written_consent = _unknown_bool(_("Asks for written informed consent."), _("written consent"))
    consent_states_limited_data = _unknown_bool(
        _("The consent form says long-term data on these treatments are limited."),
        _("consent states limited long-term data"),
    )
    risks_disclosed = _unknown_bool(
        _("Side effects (swelling, bruising, redness, infection) are disclosed to patients."),
        _("side effects disclosed"),
    )
    follow_up = _unknown_bool(
        _("Has a follow-up schedule after treatment."), _("follow-up schedule")
    )
    complication_reporting = _unknown_bool(
        _("Records and reports complications."),
        _("complication reporting"),
    )
    outcomes_published = _unknown_bool(
        _("Publishes its outcomes (not testimonials)."),
        _("outcomes published"),
    )
    procedures_performed = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=_("Number of these procedures the clinic states it has performed."),
    )
    charges_for_trial = _unknown_bool(
        _("Charges patients to take part in a 'trial' or 'study' (a red flag)."),
        _("charges for trial participation"),
    )
    markets_treatments = _unknown_bool(
        _(
            "Sells or advertises treatments to the public. No for a research site that only "
            "enrols participants in a study: its marketing criteria then do not apply."
        ),
        _("markets treatments"),
    )
    release_testing = _unknown_bool(
        _(
            "Tests each cell product before it is used: sterility, cell count and viability (and, "
            "for anything grown or stored, endotoxin and mycoplasma)."
        ),
        _("product tested before use"),
    )
    adverse_event_reporting = _unknown_bool(
        _(
            "Reports serious adverse events to the regulator (FDA MedWatch, MHRA Yellow Card, "
            "COFEPRIS, Türkiye's TİTCK)."
        ),
        _("adverse events reported to the regulator"),
    )
    offered_as_study = _unknown_bool(
        _("Calls the treatment a study, trial or research protocol."),
        _("offered as a study"),
    )
    ethics_review = _unknown_bool(
        _("An independent ethics committee (IRB) approved the study."),
        _("ethics (IRB) approval"),
    )
    sales_pressure = _unknown_bool(
        _(
            "Pushes patients to commit: discounts that expire, a deposit before a consultation, or "
            "payment before medical screening."
        ),
        _("sales pressure"),
    )

    current_assessment = models.ForeignKey(
        "checklist.ClinicAssessment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text=_("The latest stored assessment; set by the scoring service only."),
    )

    # The preview period (issue 20): a newly graded clinic's first grade, or a lower grade, waits
    # here until ``held_until`` (GRADE_PREVIEW_DAYS after it was first computed) while the
    # clinic may reply; the public keeps seeing ``current_assessment``. Set by the scoring
    # service only; a knockout is never held.
    held_assessment = models.ForeignKey(
        "checklist.ClinicAssessment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text=_("The newest assessment while it waits for the clinic's reply."),
    )
    held_until = models.DateField(null=True, blank=True, editable=False)

    # What the directory filters and sorts on, copied from the current assessment and the
    # full-face price quotes by checklist.services whenever either changes, so that a directory
    # page reads one indexed table. Sort keys are never NULL: "unknown" sorts last everywhere.
    listing_grade = models.CharField(max_length=12, blank=True, editable=False)
    listing_red_flags = models.PositiveSmallIntegerField(
        default=0, editable=False, help_text=_("Failed knockouts plus red-flag claim categories.")
    )
    listing_price_min = models.PositiveIntegerField(null=True, blank=True, editable=False)
    listing_price_max = models.PositiveIntegerField(null=True, blank=True, editable=False)
    sort_rank = models.PositiveSmallIntegerField(
        default=UNRANKED, editable=False, help_text=_("Grade order, best first; unscored last.")
    )
    sort_score = models.FloatField(default=-1.0, editable=False)
    sort_price = models.PositiveIntegerField(default=NO_PRICE, editable=False)

    # Review (clinics.reviews): the digest of the clinic's data, kept by every rescore, and the
    # digest of the data its last review vouched for. Equal: the grade is reviewed; otherwise
    # the public site shows it as provisional.
    data_digest = models.CharField(max_length=64, blank=True, editable=False)
    reviewed_digest = models.CharField(max_length=64, blank=True, editable=False)

    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    # Derived fields are not curated: they are not part of the change history.
    history = HistoricalRecords(
        excluded_fields=["current_assessment", *HOLD_FIELDS, *LISTING_FIELDS, *DIGEST_FIELDS]
    )

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

    @property
    def review_status(self) -> str:
        """REVIEWED when a reviewer vouched for exactly the data the grade rests on now,
        CHANGED_SINCE_REVIEW when the data moved after the last review, else NOT_REVIEWED."""
        if not self.reviewed_digest:
            return NOT_REVIEWED
        if self.reviewed_digest == self.data_digest:
            return REVIEWED
        return CHANGED_SINCE_REVIEW

    @property
    def latest_assessment_id(self) -> int | None:
        """The newest assessment: the held one while the clinic may reply, else the public."""
        return self.held_assessment_id or self.current_assessment_id

    @property
    def grade_is_provisional(self) -> bool:
        return self.review_status != REVIEWED


class Practitioner(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="practitioners")
    name = models.CharField(max_length=200)
    role = models.CharField(
        max_length=120, blank=True, help_text=_("E.g. treating physician, medical director, nurse.")
    )
    specialty = models.CharField(
        max_length=32,
        choices=Specialty.choices,
        blank=True,
        help_text=_("Leave empty when the specialty is not known."),
    )
    years_experience = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(70)],
        help_text=_("Years practising in this specialty, when stated or verified."),
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
        help_text=_("Set for the clinic's own credentials (facility licence, lab accreditation)."),
    )
    practitioner = models.ForeignKey(
        Practitioner,
        on_delete=models.CASCADE,
        related_name="credentials",
        null=True,
        blank=True,
        help_text=_("Set for a person's credentials (medical licence, board certification)."),
    )
    kind = models.CharField(max_length=40, choices=CredentialKind.choices)
    issuer = models.CharField(
        max_length=200, blank=True, help_text=_("The body that issued it, e.g. a medical board.")
    )
    number = models.CharField(
        max_length=100, blank=True, help_text=_("Licence or registration number.")
    )
    issued_on = models.DateField(null=True, blank=True)
    expires_on = models.DateField(
        null=True, blank=True, help_text=_("An expired credential counts as not verified.")
    )
    verified = models.BooleanField(
        null=True,
        blank=True,
        default=None,
        help_text=_(
            "Yes: checked against the issuer. No: checked and it did not hold. Empty: not checked."
        ),
    )
    verified_by = models.CharField(
        max_length=120, blank=True, help_text=_("Who checked it, e.g. 'M. Ortega (curator)'.")
    )
    verified_on = models.DateField(null=True, blank=True, help_text=_("When it was checked."))
    source_url = models.URLField(
        blank=True, help_text=_("Where it was checked: the issuer's public register, ideally.")
    )
    verification_note = models.TextField(
        blank=True, help_text=_("How it was checked, when no public register could be linked.")
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
    name = models.CharField(max_length=200, help_text=_("The treatment as the clinic names it."))
    cell_source = models.CharField(
        max_length=32,
        choices=CellSource.choices,
        default=CellSource.UNKNOWN,
        help_text=_(
            "Where the cells come from. Donor, animal or embryonic cells for cosmetic use fail a knockout."
        ),
    )
    cell_form = models.CharField(
        max_length=32,
        choices=CellForm.choices,
        default=CellForm.UNKNOWN,
        help_text=_("What is actually injected: live cells, or only an extract or growth factors."),
    )
    processing = models.CharField(
        max_length=32, choices=Processing.choices, default=Processing.UNKNOWN
    )
    manipulation = models.CharField(
        max_length=32, choices=Manipulation.choices, default=Manipulation.UNKNOWN
    )
    lab = models.CharField(max_length=32, choices=Lab.choices, default=Lab.UNKNOWN)
    harvest_cc = models.PositiveSmallIntegerField(
        _("harvest volume (cc)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(5000)],
        help_text=_("Fat or marrow harvested, in cc (typically 50-100 cc for the face)."),
    )
    delivery = models.JSONField(
        default=list,
        blank=True,
        help_text=_("How the cells are delivered; leave empty when not known."),
    )
    sessions = models.PositiveSmallIntegerField(null=True, blank=True)
    procedure_hours = models.DecimalField(
        max_digits=4, decimal_places=1, null=True, blank=True, help_text=_("Length of one visit.")
    )
    documented = _unknown_bool(
        _(
            "A written protocol (isolation, cell count and viability, same-day or expanded) is published or was shown."
        ),
        _("protocol documented"),
    )
    treats_disease = _unknown_bool(
        _(
            "Offered for a disease or an injury (joints, lungs, nerves, autism...), not a cosmetic "
            "concern of the skin."
        ),
        _("treats a disease"),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("clinic", "id")
        verbose_name = _("processing protocol")
        indexes = [models.Index(fields=("cell_source",))]

    def __str__(self) -> str:
        return self.name


class Claim(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="claims")
    text = models.TextField(help_text=_("The claim exactly as published, without editing."))
    source_url = models.URLField(blank=True, help_text=_("The page it was captured from."))
    captured_on = models.DateField(null=True, blank=True)
    language = models.CharField(
        max_length=8,
        blank=True,
        choices=CLAIM_LANGUAGES,
        help_text=_("The language it was published in; detected when left empty."),
    )
    gloss = models.TextField(
        blank=True,
        help_text=_("An English rendering for staff, when the claim is in another language."),
    )
    # The claims screener's verdict on ``text``, kept so that a rescore or a page does not
    # screen unchanged text again; valid only while ``screened_with`` is the screener's version.
    screening = models.JSONField(null=True, blank=True, editable=False)
    screened_with = models.CharField(max_length=64, blank=True, editable=False)
    # What reviewed curators' labels (checklist.ClaimLabel) decide for ``text``: a flag
    # dismissed, a missed category added. Kept here by checklist.services.labels so that the
    # grade and the public page read it with the claim; ignored once the text is edited.
    curated_flags = models.JSONField(default=dict, blank=True, editable=False)

    history = HistoricalRecords(excluded_fields=["screening", "screened_with", "curated_flags"])

    class Meta:
        ordering = ("clinic", "id")

    def __str__(self) -> str:
        return self.text[:60]

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.language:
            self.language = detect(self.text)
        super().save(*args, **kwargs)


def _converted_help() -> str:
    return _("Converted from the amount as quoted at the rates of %(date)s.") % {
        "date": RATES_AS_OF
    }


# Interpolated when read, in the language active then.
CONVERTED_HELP = lazy(_converted_help, str)()


class PriceQuote(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="prices")
    treatment = models.CharField(
        max_length=20, choices=Treatment.choices, default=Treatment.FULL_FACE
    )
    currency = models.CharField(
        max_length=3,
        choices=Currency.choices,
        default=USD,
        help_text=_("The currency of the price as the clinic quotes it."),
    )
    min_amount = models.PositiveBigIntegerField(
        _("minimum (as quoted)"),
        null=True,
        blank=True,
        help_text=_("The lowest price as the clinic quotes it, in its currency; whole units."),
    )
    max_amount = models.PositiveBigIntegerField(
        _("maximum (as quoted)"),
        null=True,
        blank=True,
        help_text=_("The highest price as the clinic quotes it, in its currency; whole units."),
    )
    # Scoring and sorting read these; save() converts the amounts at the reference rates.
    min_usd = models.PositiveIntegerField(
        _("minimum (USD)"),
        null=True,
        blank=True,
        help_text=CONVERTED_HELP,
    )
    max_usd = models.PositiveIntegerField(
        _("maximum (USD)"),
        null=True,
        blank=True,
        help_text=CONVERTED_HELP,
    )
    includes = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("What the price includes, e.g. harvest, processing, one session, follow-up."),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("clinic", "id")
        verbose_name = _("price quote")
        constraints = [rule.constraint() for rule in schema.PRICE_RULES]

    def __str__(self) -> str:
        return (
            f"{self.get_treatment_display()}: {self.min_amount}-{self.max_amount} {self.currency}"
        )

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.convert_to_usd()
        super().save(*args, **kwargs)

    def convert_to_usd(self) -> None:
        """min_usd and max_usd from the amounts as quoted, at the dated reference rates (a
        bulk write calls this itself: it does not run save())."""
        self.min_usd = None if self.min_amount is None else to_usd(self.min_amount, self.currency)
        self.max_usd = None if self.max_amount is None else to_usd(self.max_amount, self.currency)


class Evidence(models.Model):
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(max_length=20, choices=EvidenceKind.choices)
    identifier = models.CharField(
        max_length=200, help_text=_("A DOI (10.xxxx/...) or a trial registry id (NCT01234567).")
    )
    title = models.CharField(max_length=400, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ("clinic", "id")
        verbose_name_plural = _("evidence")

    def __str__(self) -> str:
        return self.identifier


# Public records and reviews live in their own modules; importing them here registers them
# with this app.
from .documents import Document  # noqa: E402
from .portal_models import ClinicCorrection, ClinicInvitation, PortalEvent  # noqa: E402
from .public_records import (  # noqa: E402
    EnforcementAction,
    EnforcementImport,
    EnforcementMatch,
    PublicRegister,
)
from .reviews import ClinicReview  # noqa: E402
from .snapshots import Citation, Snapshot, WebsitePage  # noqa: E402

__all__ = [
    "Citation",
    "Claim",
    "Clinic",
    "ClinicCorrection",
    "ClinicInvitation",
    "ClinicReview",
    "Credential",
    "Document",
    "EnforcementAction",
    "EnforcementImport",
    "EnforcementMatch",
    "Evidence",
    "PortalEvent",
    "Practitioner",
    "PriceQuote",
    "ProcessingProtocol",
    "PublicRegister",
    "Snapshot",
    "WebsitePage",
]
