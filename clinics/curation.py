"""The parts the clinic admin is built of: inlines, forms, list filters on curated fields, the
spreadsheet import and export, and the mixins every list shares.

The admins themselves (clinics, practitioners, credentials) show each clinic's score beside
its data and rescore it on every save, so they are registered by checklist.admin, the side
that sees both apps; nothing here knows of scores. Who may do what is decided by permissions
alone (clinics.roles): an action names the permission it needs, and an action the user may
not run is refused with 403, never ignored.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tablib
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.core import validators
from django.core.exceptions import (
    NON_FIELD_ERRORS,
    FieldDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats
from import_export.forms import ExportForm

from jobs.services import job_start

from . import schema
from .cells import xlsx_safe
from .choices import CellSource, CredentialKind, Delivery
from .import_forms import (
    ENCODING,
    CuratorImportForm,
    ImportFileGone,
    PreviewStorage,
    job_upload_save,
    quoted,
)
from .models import (
    Claim,
    Clinic,
    Credential,
    Evidence,
    Practitioner,
    PriceQuote,
    ProcessingProtocol,
)
from .pagination import KeysFirstPaginator
from .resources import CLINIC_RESOURCES, slug_taken_in_other_case
from .services import EXPIRY_WARNING_DAYS, clinic_profiles_export, credentials_of_clinic

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

ADMIN_MEDIA_CSS = {"all": ("css/admin.css",)}

# A word and a shape as well as a colour (classes in static/css/admin.css).
STATUS_BADGES = {
    "verified": "✔ verified",
    "expired": "✖ expired",
    "failed": "✖ not confirmed",
    "unverified": "? not checked",
}


def credential_badge(credential: Credential, today: datetime.date) -> str:
    status = credential.status(today)
    return format_html(
        '<strong class="cv-credential cv-credential-{}">{}</strong>', status, STATUS_BADGES[status]
    )


def counted(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


class StrictActionsMixin:
    """Posting an action the user may not run is refused (403), not shown as "no action"."""

    def changelist_view(
        self, request: HttpRequest, extra_context: dict | None = None
    ) -> HttpResponse:
        chosen = request.POST.get("action") if request.method == "POST" else None
        if chosen and chosen not in self.get_actions(request):
            raise PermissionDenied
        return super().changelist_view(request, extra_context)


class KeysFirstChangeList(ChangeList):
    """Shows a list that fits on one page through the paginator too, so that a list costs the
    same queries whatever its length."""

    def get_results(self, request: HttpRequest) -> None:
        super().get_results(request)
        if not self.multi_page:
            self.result_list = self.paginator.page(1).object_list


class KeysFirstMixin:
    """Changelist pages load their keys first (clinics.pagination): a deep page walks an index
    instead of building every skipped row, and only the rows shown are joined and annotated."""

    paginator = KeysFirstPaginator
    # Columns no list column reads: left out of the rows shown (the change page loads them).
    list_defer: tuple[str, ...] = ()

    def get_changelist(self, request: HttpRequest, **kwargs: Any) -> type[ChangeList]:
        return KeysFirstChangeList

    def get_paginator(
        self,
        request: HttpRequest,
        queryset: QuerySet,
        per_page: int,
        orphans: int = 0,
        allow_empty_first_page: bool = True,
    ) -> KeysFirstPaginator:
        return self.paginator(
            queryset.defer(*self.list_defer), per_page, orphans, allow_empty_first_page
        )


# Limits every schema kind states (length, NUL, range, a web address's and a slug's shape), so a
# form field need not state them too.
SCHEMA_STATES = (
    validators.MaxLengthValidator,
    validators.ProhibitNullCharactersValidator,
    validators.MinValueValidator,
    validators.MaxValueValidator,
    validators.URLValidator,
)


class SchemaModelForm(forms.ModelForm):
    """An admin form that checks a record as the profile import and the spreadsheet import do
    (clinics.schema): the same limits with the same words, and a broken rule across fields
    shown on the field to correct, not above the form.

    ``owner`` names the relation that holds a row the form does not show (an inline's parent,
    perhaps not saved yet): the rules that ask whose the row is are checked here, since the
    database's check constraints are not checked on a field the form leaves out."""

    owner: str | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        specs = {f.attr: f for f in schema.FIELDS.get(self._meta.model._meta.model_name, ())}
        for name, form_field in self.fields.items():
            spec = specs.get(name)
            if spec is None:
                continue
            # The schema checks these limits in clean(), in its words; the field's own copies
            # would refuse the value first, in Django's.
            form_field.validators = [
                v
                for v in form_field.validators
                if not isinstance(v, SCHEMA_STATES) and v is not validators.validate_slug
            ]
            # A missing value or one outside a list is refused before clean() can see it.
            form_field.error_messages.update(spec.messages)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        opts = self._meta.model._meta
        values: dict[str, Any] = {}
        for name, value in cleaned.items():
            try:
                model_field = opts.get_field(name)
            except FieldDoesNotExist:
                continue
            values[model_field.attname] = (
                getattr(value, "pk", value) if model_field.is_relation else value
            )
        if self.owner is not None:
            attname = opts.get_field(self.owner).attname
            values[attname] = getattr(self.instance, attname) or schema.UNSAVED_OWNER
        # The rules are the database's check constraints, which full_clean checks next, on the
        # fields the form shows; with an owner, this form checks them all.
        texts, errors = schema.record_check(
            opts.model_name,
            values,
            rules=self.owner is not None,
            skip_rules=(schema.OWNERSHIP_RULE,),
        )
        # The text as every door stores it: stripped, NFC.
        cleaned.update({name: text for name, text in texts.items() if name in cleaned})
        if opts.model is Clinic and "slug" in cleaned and "slug" not in errors:
            taken = slug_taken_in_other_case(cleaned["slug"], self.instance.pk)
            if taken:
                errors["slug"] = taken
        for attname, message in errors.items():
            name = attname.removesuffix("_id")
            if name in self.fields and name not in self.errors:
                self.add_error(name, message)
        return cleaned

    def _update_errors(self, errors: ValidationError) -> None:
        # A check constraint's message lands above the form; the schema knows its field.
        blamed = {
            rule.message: rule.blame
            for rule in schema.RULES.get(self._meta.model._meta.model_name, ())
        }
        if hasattr(errors, "error_dict") and NON_FIELD_ERRORS in errors.error_dict:
            placed: dict[str, list[ValidationError]] = {}
            for error in errors.error_dict[NON_FIELD_ERRORS]:
                field = blamed.get(" ".join(error.messages))
                key = field if field in self.fields else NON_FIELD_ERRORS
                placed.setdefault(key, []).append(error)
            rest = {k: v for k, v in errors.error_dict.items() if k != NON_FIELD_ERRORS}
            errors = ValidationError({**rest, **placed})
        super()._update_errors(errors)


class OwnRowsFormSet(forms.BaseInlineFormSet):
    """An inline's rows are the parent's own: a posted id of another clinic's row (or another
    practitioner's) is refused, where Django would drop that row's edit without a word."""

    def add_fields(self, form: forms.ModelForm, index: int | None) -> None:
        super().add_fields(form, index)
        pk_name = self.model._meta.pk.name
        if isinstance(form.fields.get(pk_name), forms.ModelChoiceField):
            form.fields[pk_name].queryset = self.get_queryset()
            form.fields[pk_name].error_messages["invalid_choice"] = self.not_ours()

    def not_ours(self) -> str:
        noun = self.model._meta.verbose_name
        parent = self.fk.remote_field.model._meta.verbose_name
        return (
            f"This {noun} is not one of this {parent}'s: the form was changed after it was "
            "shown. Reload the page and make the change again."
        )

    def clean(self) -> None:
        super().clean()
        pk_name = self.model._meta.pk.name
        for form in self.forms:
            if pk_name in form.errors:
                raise ValidationError(self.not_ours(), code="not_ours")


class ProtocolForm(SchemaModelForm):
    delivery = forms.MultipleChoiceField(
        choices=Delivery.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Leave all unticked when the delivery method is not known."),
    )

    class Meta:
        model = ProcessingProtocol
        fields = (
            "name",
            "cell_source",
            "cell_form",
            "processing",
            "manipulation",
            "lab",
            "delivery",
            "harvest_cc",
            "sessions",
            "procedure_hours",
            "documented",
            "treats_disease",
        )


class ClinicCredentialForm(SchemaModelForm):
    """The clinic's own credential: a doctor's licence or board certification is refused."""

    owner = "clinic"


class CredentialStatusMixin:
    @admin.display(description="Status")
    def status_badge(self, credential: Credential) -> str:
        if credential.pk is None:
            return "-"
        return credential_badge(credential, timezone.localdate())


class ClinicCredentialInline(CredentialStatusMixin, admin.StackedInline):
    model = Credential
    formset = OwnRowsFormSet
    form = ClinicCredentialForm
    fk_name = "clinic"
    extra = 0
    verbose_name = _("clinic credential")
    verbose_name_plural = _(
        "clinic credentials (facility licence, registrations, lab accreditation)"
    )
    readonly_fields = ("status_badge",)
    # A doctor's licence here would count for nothing (clinics.schema.PERSON_KIND_RULES).
    kind_help_text: StrOrPromise = _(
        "The clinic's own. A doctor's medical licence or board certification goes under "
        "Practitioners: follow “Add or edit credentials” beside the doctor."
    )
    fields = (
        ("kind", "status_badge"),
        ("issuer", "number"),
        ("issued_on", "expires_on"),
        ("verified", "verified_by", "verified_on"),
        "source_url",
        "verification_note",
    )

    def formfield_for_dbfield(
        self, db_field: Any, request: HttpRequest, **kwargs: Any
    ) -> forms.Field | None:
        form_field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "kind" and form_field is not None and self.kind_help_text:
            form_field.help_text = self.kind_help_text
        return form_field


class PractitionerCredentialInline(ClinicCredentialInline):
    fk_name = "practitioner"
    form = SchemaModelForm
    verbose_name = _("credential")
    verbose_name_plural = _("credentials (medical licence, board certification)")
    kind_help_text = ""


# Where the practitioner's page shows PractitionerCredentialInline (its formset's prefix).
PRACTITIONER_CREDENTIALS_ANCHOR = "#credentials-group"


class PractitionerInline(admin.TabularInline):
    """Each doctor with their credentials, read-only: Django's inlines do not nest, so a
    doctor's licence is added and edited on the doctor's own page, one link away."""

    model = Practitioner
    formset = OwnRowsFormSet
    form = SchemaModelForm
    extra = 0
    show_change_link = True
    fields = ("name", "role", "specialty", "years_experience", "credentials_held")
    readonly_fields = ("credentials_held",)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Practitioner]:
        # prefetch: every row lists its practitioner's credentials
        return super().get_queryset(request).prefetch_related("credentials")

    @admin.display(description="Credentials (medical licence, board certification)")
    def credentials_held(self, practitioner: Practitioner) -> str:
        if practitioner.pk is None:
            return "Save first; then add this doctor's licence on the doctor's page."
        today = timezone.localdate()
        held = practitioner.credentials.all()
        listed = format_html_join(
            "",
            "<li>{} {}</li>",
            ((credential, credential_badge(credential, today)) for credential in held),
        )
        url = reverse("admin:clinics_practitioner_change", args=[practitioner.pk])
        return format_html(
            '{}<a class="cv-credentials-edit" href="{}{}">{}</a>',
            format_html('<ul class="cv-credentials">{}</ul>', listed) if held else "None yet. ",
            url,
            PRACTITIONER_CREDENTIALS_ANCHOR,
            "Add or edit credentials",
        )


class ProtocolInline(admin.StackedInline):
    model = ProcessingProtocol
    formset = OwnRowsFormSet
    form = ProtocolForm
    extra = 0
    fields = (
        "name",
        ("cell_source", "cell_form"),
        ("processing", "manipulation", "lab"),
        "delivery",
        ("harvest_cc", "sessions", "procedure_hours"),
        ("documented", "treats_disease"),
    )


class ClaimInline(admin.StackedInline):
    model = Claim
    formset = OwnRowsFormSet
    form = SchemaModelForm
    extra = 0
    fields = ("text", ("source_url", "captured_on"), ("language", "gloss"))


class PriceInline(admin.TabularInline):
    model = PriceQuote
    formset = OwnRowsFormSet
    form = SchemaModelForm
    extra = 0
    fields = ("treatment", "currency", "min_amount", "max_amount", "min_usd", "max_usd", "includes")
    # Converted from the amounts as quoted on saving (PriceQuote.convert_to_usd).
    readonly_fields = ("min_usd", "max_usd")


class EvidenceInline(admin.TabularInline):
    model = Evidence
    formset = OwnRowsFormSet
    form = SchemaModelForm
    extra = 0


class CellSourceFilter(admin.SimpleListFilter):
    title = _("cell source")
    parameter_name = "cell_source"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return CellSource.choices

    def queryset(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
        if not self.value():
            return queryset
        # Exists, not a join: a clinic with two matching protocols must not appear twice.
        return queryset.filter(
            Exists(
                ProcessingProtocol.objects.filter(clinic=OuterRef("pk"), cell_source=self.value())
            )
        )


class VerificationFilter(admin.SimpleListFilter):
    title = _("verification")
    parameter_name = "verification"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [
            ("licensed", _("A doctor holds a verified, current licence")),
            ("no_licence", _("No verified, current medical licence")),
            ("expired", _("Has an expired credential")),
            ("unchecked", _("Has a credential not yet checked")),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
        today = timezone.localdate()
        current_licence = Exists(
            Credential.objects.filter(
                Q(expires_on__isnull=True) | Q(expires_on__gte=today),
                practitioner__clinic=OuterRef("pk"),
                kind=CredentialKind.MEDICAL_LICENSE,
                verified=True,
            )
        )
        match self.value():
            case "licensed":
                return queryset.filter(current_licence)
            case "no_licence":
                return queryset.filter(~current_licence)
            case "expired":
                return queryset.filter(Exists(credentials_of_clinic().filter(expires_on__lt=today)))
            case "unchecked":
                return queryset.filter(
                    Exists(credentials_of_clinic().filter(verified__isnull=True))
                )
        return queryset


class CountryFilter(admin.SimpleListFilter):
    """Only the countries that have clinics: one query, not the world's 250."""

    title = _("country")
    parameter_name = "country"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        codes = Clinic.objects.order_by().values_list("country", flat=True).distinct()
        return sorted(((code, countries.name(code) or code) for code in codes), key=lambda c: c[1])

    def queryset(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
        return queryset.filter(country=self.value()) if self.value() else queryset


def json_list_holds(field: str, value: str) -> Q:
    """A JSON list of strings holds ``value``: the quoted value in its text, which means the
    same on SQLite and PostgreSQL (neither needs a JSON containment operator)."""
    return Q(**{f"{field}__icontains": json.dumps(value)})


class ExpiringCredentialFilter(admin.SimpleListFilter):
    title = _("credentials")
    parameter_name = "credentials"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        days = {"days": EXPIRY_WARNING_DAYS}
        return [("expiring", _("A credential expires in %(days)s days") % days)]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
        if self.value() != "expiring":
            return queryset
        today = timezone.localdate()
        soon = today + datetime.timedelta(days=EXPIRY_WARNING_DAYS)
        return queryset.filter(
            Exists(credentials_of_clinic().filter(expires_on__gte=today, expires_on__lte=soon))
        )


DUE = "due"


class ExpiryFilter(admin.SimpleListFilter):
    title = _("expiry")
    parameter_name = "expiry"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        days = {"days": EXPIRY_WARNING_DAYS}
        return [
            (DUE, _("Expired or expiring within %(days)s days") % days),
            ("expired", _("Expired")),
            ("60", _("Expires within %(days)s days") % days),
            ("none", _("No expiry recorded")),
        ]

    def queryset(
        self, request: HttpRequest, queryset: QuerySet[Credential]
    ) -> QuerySet[Credential]:
        today = timezone.localdate()
        soon = today + datetime.timedelta(days=EXPIRY_WARNING_DAYS)
        match self.value():
            case "due":
                return queryset.filter(expires_on__lte=soon)
            case "expired":
                return queryset.filter(expires_on__lt=today)
            case "60":
                return queryset.filter(expires_on__gte=today, expires_on__lte=soon)
            case "none":
                return queryset.filter(expires_on__isnull=True)
        return queryset


class SafeXLSX(base_formats.XLSX):
    """XLSX whose export holds every row: a character the format cannot hold (a control
    character stored before the doors refused it) is written as U+FFFD (clinics.cells), where
    openpyxl would refuse the whole file."""

    def export_data(self, dataset: tablib.Dataset, **kwargs: Any) -> Any:
        safe = tablib.Dataset(headers=dataset.headers)
        for row in dataset:
            safe.append([xlsx_safe(cell) for cell in row])
        return super().export_data(safe, **kwargs)


class CuratedImportExportMixin(ImportExportMixin):
    """A curated list's spreadsheet import and export (the clinic list's, with its profile JSON
    export; the enforcement actions'): only for a curator who may add and change every kind of
    row its resources write. The clinics a confirmed import wrote or linked are handed to
    ``clinics_written`` inside the import's transaction (the admins score them)."""

    # django-import-export: spreadsheets only, the whole file checked before anything is saved.
    resource_classes = CLINIC_RESOURCES
    formats = (base_formats.CSV, SafeXLSX)
    import_form_class = CuratorImportForm
    from_encoding = ENCODING
    tmp_storage_class = PreviewStorage
    export_form_class = ExportForm

    def clinics_written(self, ids: Iterable[int]) -> None:
        """Called with the ids of the clinics a confirmed import wrote; nothing by default."""

    def get_import_resource_kwargs(self, request: HttpRequest, **kwargs: Any) -> dict[str, Any]:
        return {
            **super().get_import_resource_kwargs(request, **kwargs),
            "after_write": self.clinics_written,
        }

    # One rule for every export: the profile JSON carries what the spreadsheet does.
    @admin.action(description="Export selected clinics as profile JSON", permissions=("export",))
    def export_profiles(self, request: HttpRequest, queryset: QuerySet[Clinic]) -> HttpResponse:
        profiles = clinic_profiles_export(queryset=queryset)
        response = HttpResponse(
            json.dumps(profiles, indent=2, ensure_ascii=False), content_type="application/json"
        )
        response["Content-Disposition"] = 'attachment; filename="clinic-profiles.json"'
        return response

    def _curates_everything(self, request: HttpRequest, actions: tuple[str, ...]) -> bool:
        models = [resource._meta.model._meta for resource in self.resource_classes]
        return all(
            request.user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}")
            for opts in models
            for action in actions
        )

    def has_import_permission(self, request: HttpRequest) -> bool:
        return self._curates_everything(request, ("add", "change"))

    def has_export_permission(self, request: HttpRequest) -> bool:
        return self._curates_everything(request, ("change",))

    def get_import_data_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        # A row that fails validation when the import is confirmed undoes the whole file too.
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}

    def import_action(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        if request.method == "POST" and self.has_import_permission(request):
            form = self.create_import_form(request)
            if form.is_valid() and getattr(form, "background", False):
                return self._import_in_background(request, form)
        response = super().import_action(request, **kwargs)
        form = (getattr(response, "context_data", None) or {}).get("form")
        unknown = getattr(form, "unknown_columns", None)
        if unknown and not form.errors:
            # Shown on the preview (the page is rendered after this returns).
            self.message_user(
                request,
                f"{'This column is' if len(unknown) == 1 else 'These columns are'} not read and "
                f"will be ignored: {quoted(unknown)}. Check the heading's spelling against the "
                "columns this page lists.",
                messages.WARNING,
            )
        return response

    def _import_in_background(self, request: HttpRequest, form: Any) -> HttpResponse:
        """More rows than a request can preview: a worker checks the file (import_preview),
        and the curator confirms its import on the job's page."""
        upload = form.cleaned_data["import_file"]
        suffix = Path(upload.name).suffix.lower()[:8]
        saved = job_upload_save(upload, suffix)
        job = job_start(
            "import_preview",
            user=request.user,
            params={
                "admin": self.model._meta.label_lower,
                "resource": int(form.cleaned_data.get("resource") or 0),
                "format": int(form.cleaned_data["format"]),
                "file": str(saved),
                "name": upload.name,
                "user": request.user.pk,
            },
            label=f"Check {upload.name} ({form.rows:,} rows) for import",
        )
        self.message_user(
            request,
            f"The file has {form.rows:,} rows, more than a page can check while you wait: a "
            "worker checks it now. Its preview appears on this page when ready, with the "
            "button to import it.",
        )
        return HttpResponseRedirect(reverse("admin:jobs_job_change", args=[job.pk]))

    def process_import(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        try:
            return super().process_import(request, **kwargs)
        except ImportFileGone:
            # Raised while reading the file, before any row is imported.
            self.message_user(
                request,
                "Nothing was imported by this confirmation: the file it confirms is no longer on "
                "the server (a confirmation sent twice finds it imported and removed). Check the "
                f"{self.model._meta.verbose_name} list, and upload the file again if its rows are "
                "not there.",
                messages.ERROR,
            )
            return HttpResponseRedirect(self._import_url())

    def _import_url(self) -> str:
        return reverse("admin:{}_{}_import".format(*self.get_model_info()))

    def process_result(self, result: Any, request: HttpRequest) -> HttpResponse:
        if result.has_errors() or result.has_validation_errors():
            # The data changed between the preview and the confirmation: nothing was saved.
            self.message_user(
                request,
                "Nothing was imported: the file no longer passes the checks. Upload it again to "
                "see which rows and columns are wrong.",
                messages.ERROR,
            )
            return HttpResponseRedirect(self._import_url())
        return super().process_result(result, request)
