"""Public records about clinics: enforcement actions (FDA letters, court orders, board
discipline, reports of harm), the matches an import proposes to curators, the runs of the
import, and the public registers patients can check a licence in. Kept apart from the curated
clinic records (clinics.models, which re-exports them) and pointing at them by name.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from . import schema
from .choices import (
    EnforcementConcern,
    EnforcementKind,
    MatchStatus,
    RegisterKind,
)


def _concerns_help() -> str:
    # Read when shown, so that the concerns' labels are in the language active then.
    listed = ", ".join(f"{c.value} ({str(c.label).lower()})" for c in EnforcementConcern)
    return _("What it is about: %(concerns)s") % {"concerns": listed}


class EnforcementAction(models.Model):
    """What a regulator, a court or a board has publicly found or ordered about a firm, a clinic
    or a practitioner: warning letters, injunctions, FTC and state actions, discipline. Linked
    to clinics and practitioners only by a curator (EnforcementMatch proposes, never links)."""

    agency = models.CharField(
        max_length=120,
        help_text=_(
            "Who acted, as the record names it: FDA CBER, FTC, U.S. District Court "
            "(S.D. Fla.), New York Attorney General, COFEPRIS, MHRA, TGA."
        ),
    )
    kind = models.CharField(max_length=24, choices=EnforcementKind.choices)
    reference = models.CharField(
        max_length=80, blank=True, help_text=_("The letter, case or order number, when stated.")
    )
    issued_on = models.DateField(help_text=_("The date of the letter, order or complaint."))
    closed_out_on = models.DateField(
        null=True,
        blank=True,
        help_text=_(
            "When the agency closed the matter out (an FDA close-out letter); empty while "
            "it is open or when the record does not say."
        ),
    )
    company = models.CharField(
        max_length=200, help_text=_("The firm, clinic or person named, as the record names it.")
    )
    website = models.URLField(
        blank=True, help_text=_("The firm's website, when the record names it.")
    )
    city = models.CharField(max_length=120, blank=True)
    country = CountryField(blank=True)
    subject = models.CharField(
        max_length=300, blank=True, help_text=_("The record's subject line or description.")
    )
    products = models.CharField(
        max_length=400, blank=True, help_text=_("Product names it names, separated by semicolons.")
    )
    concerns = models.JSONField(
        default=list,
        blank=True,
        help_text=lazy(_concerns_help, str)(),
    )
    url = models.URLField(max_length=500, help_text=_("The public document, or the list it is on."))
    summary = models.TextField(
        blank=True, help_text=_("What it found or ordered, in a sentence or two of our own words.")
    )
    source = models.CharField(
        max_length=40, blank=True, editable=False, help_text=_("The import that brought it in.")
    )
    clinics = models.ManyToManyField(
        "clinics.Clinic", blank=True, related_name="enforcement_actions"
    )
    practitioners = models.ManyToManyField(
        "clinics.Practitioner", blank=True, related_name="enforcement_actions"
    )
    created = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ("-issued_on", "company")
        verbose_name = _("enforcement action")
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
        "clinics.Clinic",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="enforcement_matches",
    )
    practitioner = models.ForeignKey(
        "clinics.Practitioner",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="enforcement_matches",
    )
    score = models.PositiveSmallIntegerField(help_text=_("How alike, 0 to 100."))
    reasons = models.CharField(max_length=300, help_text=_("What matched: name, website, city."))
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
        verbose_name_plural = _("enforcement matches")
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
    rows = models.PositiveIntegerField(help_text=_("Rows read."))
    kept = models.PositiveIntegerField(help_text=_("Rows about cell or tissue products, kept."))
    created = models.PositiveIntegerField(help_text=_("Actions new to the database."))
    proposed = models.PositiveIntegerField(help_text=_("Matches proposed to curators."))

    class Meta:
        ordering = ("-imported_at",)

    def __str__(self) -> str:
        return f"{self.source}, {self.imported_at:%d %b %Y}"


class PublicRegister(models.Model):
    """A public register where a patient can check a clinic's licences themselves: a medical
    board's list of licensed doctors, a health authority's list of licensed facilities, or
    the national regulator. Kept per country by curators; the checklist links them under the
    licence and regulator questions, and the patient's report lists them."""

    country = CountryField(help_text=_("The country whose doctors or clinics it lists."))
    kind = models.CharField(
        max_length=12,
        choices=RegisterKind.choices,
        help_text=_(
            "What a patient checks there: a doctor's licence, a clinic's licence, or "
            "the national regulator (its warnings and the establishments it registers)."
        ),
    )
    name = models.CharField(
        max_length=200,
        help_text=_("As a patient will read it, e.g. General Medical Council register."),
    )
    url = models.URLField(
        _("address"),
        max_length=500,
        help_text=_(
            "The register's own search page, on the register's own site (never a "
            "broker's or a clinic's copy)."
        ),
    )
    source = models.TextField(
        help_text=_(
            "Where you confirmed that this is the official register, with the "
            "address of that page and the date you read it."
        ),
    )
    notes = models.CharField(
        max_length=300,
        blank=True,
        help_text=_(
            "Optional, shown to patients: how to search it (by the doctor's name or GMC "
            "number), or what it does not cover."
        ),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ("country", "kind", "name")
        constraints = [
            models.UniqueConstraint(fields=("country", "url"), name="one_register_per_address"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.country.code})"
