"""Spreadsheet import and export for curators (django-import-export): clinics and their children.

One sheet per kind of row. Clinics are keyed by slug; every child row names its clinic by slug
in a ``clinic`` column (a practitioner's credential also names the practitioner), and by ``id``
when it updates a row exported earlier (an empty or missing ``id`` adds a new row). Public
enforcement actions are keyed by their record (agency, kind, company, date issued) and name the
clinics and practitioners they are linked to (docs/enforcement.md).

Cells are read strictly: a yes/no question accepts yes, no or empty (unknown), never a guess;
a number must be a whole number. A bad cell is reported against its row and column, and an
import with any bad row saves nothing (``IMPORT_EXPORT_USE_TRANSACTIONS``). The clinics an
import touched are handed to ``after_write`` inside the same transaction (the clinic admin
scores them there).

Every door's checks apply (clinics.schema), and a row keeps the text as the schema stores it
(stripped, NFC). An exported text cell a spreadsheet would run as a formula is written behind
an apostrophe, which the import takes off again (clinics.cells). A child row keeps its clinic:
an ``id`` of another clinic's row is refused, not moved (the other clinic's score would go
stale). The columns a file must have, and the keys no two rows may share, are checked with the
upload (clinics.import_forms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import CharField, Model, Prefetch, Q, QuerySet, TextField
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, widgets

from . import schema
from .cells import (
    DecimalNumberWidget,
    IsoDateWidget,
    WholeNumberWidget,
    YesNoUnknownWidget,
    cell_in,
    cell_out,
)
from .choices import USD
from .models import (
    Claim,
    Clinic,
    Credential,
    EnforcementAction,
    Evidence,
    Practitioner,
    PriceQuote,
    ProcessingProtocol,
)
from .profiles import PRACTICE_KEYS
from .quotes import quote_as_given


class ChoiceListWidget(widgets.Widget):
    """A list of choices in one cell (``injection, microneedling``; ``products; claims``), read
    at any of ``separators`` and checked as the profile's list is (clinics.schema), a value
    named twice included; written joined by ``joiner``."""

    def __init__(self, kind: schema.Kind, key: str, separators: str, joiner: str) -> None:
        super().__init__()
        self.kind, self.key, self.separators, self.joiner = kind, key, separators, joiner

    def clean(self, value: Any, row: Mapping | None = None, **kwargs: Any) -> list[str]:
        words = [w.lower() for w in listed(value, self.separators)]
        try:
            return self.kind.convert(words, self.key)
        except schema.Invalid as invalid:
            raise ValueError(invalid.message) from None

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        return self.joiner.join(value or ())


class ClinicSlugWidget(widgets.ForeignKeyWidget):
    def __init__(self) -> None:
        super().__init__(Clinic, field="slug")

    def clean(self, value: Any, row: Mapping | None = None, **kwargs: Any) -> Clinic | None:
        slug = str(value or "").strip()
        if not slug:
            return None
        try:
            return Clinic.objects.get(slug=slug)
        except Clinic.DoesNotExist:
            raise ValueError(f"No clinic has the slug “{slug}”; import the clinic first.") from None


class PractitionerNameWidget(widgets.ForeignKeyWidget):
    """A practitioner named within the row's clinic."""

    def __init__(self) -> None:
        super().__init__(Practitioner, field="name")

    def clean(self, value: Any, row: Mapping | None = None, **kwargs: Any) -> Practitioner | None:
        name = str(value or "").strip()
        if not name:
            return None
        slug = str((row or {}).get("clinic") or "").strip()
        found = list(Practitioner.objects.filter(clinic__slug=slug, name=name)[:2])
        if not found:
            raise ValueError(
                f"No practitioner named “{name}” at clinic “{slug}”; import the practitioners first."
            )
        if len(found) > 1:
            raise ValueError(
                f"Two practitioners at “{slug}” are named “{name}”; give them distinct names."
            )
        return found[0]


class CuratedResource(resources.ModelResource):
    """Strict cells, errors on columns, and ``after_write`` with every clinic a successful import
    touched."""

    WIDGETS_MAP: ClassVar[dict[str, Any]] = {
        **resources.ModelResource.WIDGETS_MAP,
        "BooleanField": YesNoUnknownWidget,
        "NullBooleanField": YesNoUnknownWidget,
        "IntegerField": WholeNumberWidget,
        "PositiveIntegerField": WholeNumberWidget,
        "PositiveSmallIntegerField": WholeNumberWidget,
        "SmallIntegerField": WholeNumberWidget,
        "BigIntegerField": WholeNumberWidget,
        "PositiveBigIntegerField": WholeNumberWidget,
        "BigAutoField": WholeNumberWidget,
        "AutoField": WholeNumberWidget,
        "DecimalField": DecimalNumberWidget,
        "DateField": IsoDateWidget,
    }

    def __init__(
        self,
        *,
        after_write: Callable[[Iterable[int]], None] | None = None,
        on_row: Callable[[], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        # Called with the ids of the clinics a successful import touched, inside its
        # transaction (the clinic admin passes the scoring, which this app does not know).
        self.after_write = after_write
        # Called as each row is read (a background import's progress).
        self.on_row = on_row
        self.touched_clinics: set[int] = set()

    # The columns no row can do without (the upload names those missing), and the
    # columns whose values name one row, which no two rows of a file may share.
    key_columns: ClassVar[tuple[str, ...]] = ()
    unique_columns: ClassVar[tuple[str, ...]] = ()
    keys_ignore_case: ClassVar[bool] = False

    @classmethod
    def required_columns(cls) -> tuple[str, ...]:
        model_name = cls._meta.model._meta.model_name
        required = [f.attr for f in schema.FIELDS.get(model_name, ()) if f.required]
        return tuple(dict.fromkeys([*cls.key_columns, *required]))

    @classmethod
    def known_columns(cls) -> frozenset[str]:
        return frozenset(f.column_name for f in cls().get_import_fields())

    def clinic_id_of(self, instance: Model) -> int | None:
        return getattr(instance, "clinic_id", None)

    def before_import_row(self, row: Any, **kwargs: Any) -> None:
        super().before_import_row(row, **kwargs)
        if self.on_row is not None:
            self.on_row()
        for column, value in row.items():
            row[column] = cell_in(value)

    def export_resource(self, instance: Model, selected_fields: Any = None, **kwargs: Any) -> list:
        return [cell_out(v) for v in super().export_resource(instance, selected_fields, **kwargs)]

    def validate_instance(
        self,
        instance: Model,
        import_validation_errors: dict | None = None,
        validate_unique: bool = True,
    ) -> None:
        errors: dict[str, list] = {}
        # An empty cell of a text column is no text, as a form gives it (a spreadsheet cell
        # reads None, which a NOT NULL column refuses).
        for field in instance._meta.concrete_fields:
            text_column = isinstance(field, CharField | TextField) and not field.null
            if text_column and getattr(instance, field.attname) is None:
                setattr(instance, field.attname, "")
        # The record's own checks (clinics.schema), the same as a JSON profile's and the
        # admin's: limits the model does not state, a delivery method named twice; the text
        # is kept as the schema stores it.
        values = {f.attname: getattr(instance, f.attname) for f in instance._meta.concrete_fields}
        texts, checked = schema.record_check(instance._meta.model_name, values, rules=False)
        for attname, stored in texts.items():
            setattr(instance, attname, stored)
        checked.update(self.more_errors(instance))
        try:
            super().validate_instance(instance, import_validation_errors, validate_unique)
        except ValidationError as error:
            errors = self._on_columns(error.error_dict)
        for attname, message in checked.items():
            # The schema's words win over the model's: the same as a profile import gives.
            errors[attname.removesuffix("_id")] = [ValidationError(message)]
        if errors:
            raise ValidationError(errors) from None

    def more_errors(self, instance: Model) -> dict[str, str]:
        """Attribute -> message for what a kind of row checks beyond the schema."""
        return {}

    def _on_columns(self, errors: dict[str, list]) -> dict[str, list]:
        # A check constraint is not any one field's; its rule names the column to correct.
        columns = {
            rule.message: rule.blame
            for rule in schema.RULES.get(self._meta.model._meta.model_name, ())
        }
        placed: dict[str, list] = {}
        for key, messages in errors.items():
            for message in messages:
                text = " ".join(getattr(message, "messages", [str(message)]))
                column = columns.get(text, key) if key == NON_FIELD_ERRORS else key
                placed.setdefault(column, []).append(message)
        return placed

    def after_save_instance(self, instance: Model, row: Mapping, **kwargs: Any) -> None:
        super().after_save_instance(instance, row, **kwargs)
        clinic_id = self.clinic_id_of(instance)
        if clinic_id is not None:
            self.touched_clinics.add(clinic_id)

    def after_import(self, dataset: Any, result: Any, **kwargs: Any) -> None:
        super().after_import(dataset, result, **kwargs)
        if kwargs.get("dry_run") or result.has_errors() or result.has_validation_errors():
            return
        if self.touched_clinics and self.after_write is not None:
            self.after_write(sorted(self.touched_clinics))


class ClinicResource(CuratedResource):
    key_columns = unique_columns = ("slug",)
    keys_ignore_case = True  # a slug is unique whatever the case

    class Meta:
        model = Clinic
        name = _("Clinics (one row per clinic, with its practices)")
        import_id_fields = ("slug",)
        fields = (
            "slug",
            "name",
            "country",
            "city",
            "website",
            "description",
            "published",
            *PRACTICE_KEYS,
        )
        export_order = fields
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True

    def clinic_id_of(self, instance: Model) -> int | None:
        return instance.pk

    def more_errors(self, instance: Model) -> dict[str, str]:
        message = slug_taken_in_other_case(instance.slug, instance.pk)
        return {"slug": message} if message else {}


def slug_taken_in_other_case(slug: str, pk: int | None) -> str | None:
    """The words refusing a new slug that differs only in case from a clinic's slug, or None:
    two addresses a reader cannot tell apart. A clinic keeps its own slug (``pk``)."""
    if not slug:
        return None
    other = (
        Clinic.objects.filter(slug__iexact=slug)
        .exclude(slug=slug)
        .exclude(pk=pk)
        .values_list("slug", flat=True)
        .first()
    )
    return None if other is None else schema.slug_in_other_case(other)


class ChildResource(CuratedResource):
    """A clinic's child rows: an ``id`` column updates an exported row, an empty one adds;
    an ``id`` of another clinic's row is refused."""

    clinic = fields.Field(attribute="clinic", column_name="clinic", widget=ClinicSlugWidget())
    key_columns = ("clinic",)
    unique_columns = ("id",)
    # The clinic of the stored row the ``id`` names (None for a new row).
    _stored_clinic: Clinic | None = None

    def after_init_instance(self, instance: Model, new: bool, row: Mapping, **kwargs: Any) -> None:
        super().after_init_instance(instance, new, row, **kwargs)
        stored_id = None if new else self.clinic_id_of(instance)
        self._stored_clinic = (
            None if stored_id is None else Clinic.objects.only("slug").get(pk=stored_id)
        )

    def import_instance(self, instance: Model, row: Mapping, **kwargs: Any) -> None:
        super().import_instance(instance, row, **kwargs)
        stored = self._stored_clinic
        if stored is None:
            return
        named = self.clinic_id_of(instance)
        if named is not None and named != stored.pk:
            slug = Clinic.objects.filter(pk=named).values_list("slug", flat=True).first()
            noun = self._meta.model._meta.verbose_name
            raise ValidationError(
                {
                    "clinic": ValidationError(
                        f"id {instance.pk} is a {noun} of clinic “{stored.slug}”, not of “{slug}”: "
                        "a row cannot move a record to another clinic. Leave the id empty to add "
                        "a new one there.",
                        code="other_clinic",
                    )
                }
            )

    def before_import(self, dataset: Any, **kwargs: Any) -> None:
        super().before_import(dataset, **kwargs)
        if dataset.headers and "id" not in dataset.headers:
            dataset.append_col([""] * len(dataset), header="id")

    def filter_export(self, queryset: QuerySet, **kwargs: Any) -> QuerySet:
        """Exported from the clinic list: the rows of the clinics the list shows."""
        if queryset.model is Clinic:
            queryset = self._meta.model.objects.filter(clinic__in=queryset.values("pk"))
        return queryset.select_related("clinic").order_by("clinic__slug", "pk")


class PractitionerResource(ChildResource):
    class Meta:
        model = Practitioner
        name = _("Practitioners")
        fields = ("id", "clinic", *schema.attrs(schema.PRACTITIONER))
        export_order = fields
        clean_model_instances = True


class CredentialResource(ChildResource):
    practitioner = fields.Field(
        attribute="practitioner", column_name="practitioner", widget=PractitionerNameWidget()
    )

    class Meta:
        model = Credential
        name = _("Credentials (the clinic's, or a practitioner's when that column is filled)")
        fields = ("id", "clinic", "practitioner", *schema.attrs(schema.CREDENTIAL))
        export_order = fields
        clean_model_instances = True

    def import_instance(self, instance: Credential, row: Mapping, **kwargs: Any) -> None:
        super().import_instance(instance, row, **kwargs)
        if instance.practitioner_id is not None:
            # A practitioner's credential belongs to the person; the clinic column only
            # said where to find them.
            instance.clinic = None

    def clinic_id_of(self, instance: Model) -> int | None:
        if instance.clinic_id is not None:
            return instance.clinic_id
        return instance.practitioner.clinic_id if instance.practitioner_id else None

    def dehydrate_clinic(self, credential: Credential) -> str:
        holder = credential.clinic or credential.practitioner.clinic
        return holder.slug

    def dehydrate_practitioner(self, credential: Credential) -> str:
        return credential.practitioner.name if credential.practitioner_id else ""

    def filter_export(self, queryset: QuerySet, **kwargs: Any) -> QuerySet:
        if queryset.model is Clinic:
            ids = queryset.values("pk")
            queryset = Credential.objects.filter(
                Q(clinic__in=ids) | Q(practitioner__clinic__in=ids)
            )
        return queryset.select_related("clinic", "practitioner__clinic").order_by("pk")


class ProtocolResource(ChildResource):
    delivery = fields.Field(
        attribute="delivery",
        column_name="delivery",
        widget=ChoiceListWidget(schema.DELIVERY, "delivery", ",", ", "),
    )

    class Meta:
        model = ProcessingProtocol
        name = _("Processing protocols")
        fields = ("id", "clinic", *schema.attrs(schema.PROTOCOL))
        export_order = fields
        clean_model_instances = True


class ClaimResource(ChildResource):
    class Meta:
        model = Claim
        name = _("Claims")
        fields = ("id", "clinic", *schema.attrs(schema.CLAIM))
        export_order = fields
        clean_model_instances = True


class PriceResource(ChildResource):
    class Meta:
        model = PriceQuote
        name = _("Price quotes")
        fields = ("id", "clinic", *schema.attrs(schema.PRICE))
        export_order = fields
        clean_model_instances = True

    def import_instance(self, instance: Model, row: Mapping, **kwargs: Any) -> None:
        super().import_instance(instance, row, **kwargs)
        assert isinstance(instance, PriceQuote)
        if not instance.currency:  # an empty cell: the schema's default, as in a profile
            instance.currency = USD
        values = self._quote(instance)
        if quote_as_given(values) is None:
            instance.min_amount, instance.max_amount = values["min_amount"], values["max_amount"]

    def more_errors(self, instance: Model) -> dict[str, str]:
        unreadable = quote_as_given(self._quote(instance))
        return dict([unreadable]) if unreadable else {}

    @staticmethod
    def _quote(instance: Model) -> dict[str, Any]:
        return {attr: getattr(instance, attr) for attr in schema.attrs(schema.PRICE)}


class EvidenceResource(ChildResource):
    class Meta:
        model = Evidence
        name = _("Evidence")
        fields = ("id", "clinic", *schema.attrs(schema.EVIDENCE))
        export_order = fields
        clean_model_instances = True


# Lists in an enforcement action's cells: "products; claims", "lumen-izmir; coast-cells".
LIST_SEPARATOR = "; "
# A cell naming more links than this is refused, not sent to the database as one huge IN list.
MAX_LINKS = 1_000


def listed(value: Any, separators: str) -> list[str]:
    """The items of a list cell, in order, split at any of ``separators``: words that hold no
    comma (a concern, a slug) at ``;`` or ``,``, a practitioner's name only at ``;``."""
    text = str(value or "")
    for separator in separators[1:]:
        text = text.replace(separator, separators[0])
    return [item.strip() for item in text.split(separators[0]) if item.strip()]


def _at_most(items: list[str], noun: str) -> list[str]:
    if len(items) > MAX_LINKS:
        raise ValueError(f"names {len(items):,} {noun}; at most {MAX_LINKS:,} in one cell.")
    return list(dict.fromkeys(items))


class ClinicSlugsWidget(widgets.ManyToManyWidget):
    """The clinics an action is linked to, by slug: ``lumen-izmir; coast-cells``."""

    def __init__(self) -> None:
        super().__init__(Clinic, separator=LIST_SEPARATOR, field="slug")

    def clean(self, value: Any, row: Mapping | None = None, **kwargs: Any) -> list[Clinic]:
        slugs = _at_most(listed(value, ";,"), "clinics")
        if not slugs:
            return []
        found = {c.slug: c for c in Clinic.objects.filter(slug__in=slugs)}
        unknown = [s for s in slugs if s not in found]
        if len(unknown) == 1:
            raise ValueError(f"No clinic has the slug “{unknown[0]}”; import the clinic first.")
        if unknown:
            shown = ", ".join(f"“{s}”" for s in unknown)
            raise ValueError(f"No clinic has the slugs {shown}; import the clinics first.")
        return [found[s] for s in slugs]

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        # .all(): the export prefetches the links (EnforcementActionResource.filter_export).
        return LIST_SEPARATOR.join(sorted(c.slug for c in value.all())) if value else ""


class PractitionerRefsWidget(widgets.ManyToManyWidget):
    """The practitioners an action is linked to, each as ``clinic-slug: name`` (a name is only
    unique within its clinic), separated by semicolons: ``lumen-izmir: Dr. Ada Lee``."""

    def __init__(self) -> None:
        super().__init__(Practitioner, separator=LIST_SEPARATOR, field="name")

    def clean(self, value: Any, row: Mapping | None = None, **kwargs: Any) -> list[Practitioner]:
        wanted: list[tuple[str, str]] = []
        for item in _at_most(listed(value, ";"), "practitioners"):
            slug, colon, name = item.partition(":")
            if not colon or not slug.strip() or not name.strip():
                raise ValueError(
                    f"“{item}” does not say the practitioner's clinic: write it as "
                    "clinic-slug: name, e.g. “lumen-izmir: Dr. Ada Lee”."
                )
            wanted.append((slug.strip(), name.strip()))
        if not wanted:
            return []
        found: dict[tuple[str, str], list[Practitioner]] = {}
        for practitioner in Practitioner.objects.filter(
            clinic__slug__in={s for s, _name in wanted}, name__in={n for _slug, n in wanted}
        ).select_related("clinic"):
            found.setdefault((practitioner.clinic.slug, practitioner.name), []).append(practitioner)
        chosen = []
        for slug, name in wanted:
            same = found.get((slug, name), [])
            if not same:
                raise ValueError(
                    f"No practitioner named “{name}” at clinic “{slug}”; import the "
                    "practitioners first."
                )
            if len(same) > 1:
                raise ValueError(
                    f"Two practitioners at “{slug}” are named “{name}”; give them distinct names."
                )
            chosen.append(same[0])
        return chosen

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        if not value:
            return ""
        # The export prefetches the practitioners with their clinics: no query per row.
        return LIST_SEPARATOR.join(sorted(f"{p.clinic.slug}: {p.name}" for p in value.all()))


class LinksField(fields.Field):
    """A many-to-many column; an action not yet saved has no links to read (Django refuses to
    read them, in words that need the action's date, which a new row may lack)."""

    def get_value(self, instance: Model) -> Any:
        return None if instance.pk is None else super().get_value(instance)


class EnforcementActionResource(CuratedResource):
    """Public enforcement actions, one row per record, in the profile's columns
    (``schema.ENFORCEMENT``) with the clinics and practitioners each is linked to.

    A row is the action its record names (agency, kind, company, date issued): reading the same
    sheet twice changes nothing, and a row whose record is new adds an action. A ``clinics`` or
    ``practitioners`` column, when the sheet has it, is the whole list of links (an empty cell
    unlinks all); without the column the links are left as they are. The clinics an imported
    row links, unlinks or already names (directly or through a practitioner) are handed to
    ``after_write`` to be rescored, as the admin's change form rescores them.
    """

    concerns = fields.Field(
        attribute="concerns",
        column_name="concerns",
        widget=ChoiceListWidget(schema.CONCERNS, "concerns", ";,", LIST_SEPARATOR),
    )
    clinics = LinksField(attribute="clinics", column_name="clinics", widget=ClinicSlugsWidget())
    practitioners = LinksField(
        attribute="practitioners", column_name="practitioners", widget=PractitionerRefsWidget()
    )

    key_columns = unique_columns = ("agency", "kind", "company", "issued_on")

    class Meta:
        model = EnforcementAction
        name = _("Enforcement actions (one row per public record, linked clinics by slug)")
        import_id_fields = ("agency", "kind", "company", "issued_on")
        fields = (*schema.attrs(schema.ENFORCEMENT), "clinics", "practitioners")
        export_order = fields
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # The row being imported: the links its cells name, and those it had before.
        self._links: dict[str, list[Model]] = {}
        self._before: dict[str, dict[int, int]] = {}

    def before_import_row(self, row: dict[str, Any], **kwargs: Any) -> None:
        super().before_import_row(row, **kwargs)
        # "FDA " and "FDA" are one agency: the record is looked up by its stripped words.
        for column, value in row.items():
            if isinstance(value, str):
                row[column] = value.strip()

    def get_instance(self, instance_loader: Any, row: Mapping) -> EnforcementAction | None:
        try:
            return super().get_instance(instance_loader, row)
        except ValueError:
            return None  # a key cell that is not a value (a bad date): the row's check says so

    def import_instance(self, instance: EnforcementAction, row: Mapping, **kwargs: Any) -> None:
        errors: dict[str, list] = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if instance.pk is None:
            instance.source = "spreadsheet"
        # Links before the row: {pk: clinic id} of the linked clinics and practitioners.
        self._before = {"clinics": {}, "practitioners": {}}
        if instance.pk is not None:
            self._before["clinics"] = {
                pk: pk for pk in instance.clinics.values_list("pk", flat=True)
            }
            self._before["practitioners"] = dict(
                instance.practitioners.values_list("pk", "clinic_id")
            )
        # Links are saved after the row, but checked with it: an unknown slug is the row's error.
        self._links = {}
        for field in self.get_import_fields():
            if (
                not isinstance(field.widget, widgets.ManyToManyWidget)
                or field.column_name not in row
            ):
                continue
            try:
                self._links[field.attribute] = field.clean(row)
            except ValueError as error:
                errors.setdefault(field.attribute, []).append(
                    ValidationError(str(error), code="invalid")
                )
        if errors:
            raise ValidationError(errors)

    def skip_row(
        self,
        instance: EnforcementAction,
        original: EnforcementAction,
        row: Mapping,
        import_validation_errors: dict | None = None,
    ) -> bool:
        if not self._meta.skip_unchanged or self._meta.skip_diff or import_validation_errors:
            return False
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget):
                linked = self._links.get(field.attribute)
                if linked is not None and {o.pk for o in linked} != set(
                    self._before[field.attribute]
                ):
                    return False
            elif field.get_value(instance) != field.get_value(original):
                return False
        return True

    def save_m2m(self, instance: EnforcementAction, row: Mapping, **kwargs: Any) -> None:
        if not self._is_using_transactions(kwargs) and self._is_dry_run(kwargs):
            return
        after = {name: dict(before) for name, before in self._before.items()}
        for attribute, linked in self._links.items():
            getattr(instance, attribute).set(linked)
            # A linked clinic is its own clinic; a practitioner is at theirs.
            after[attribute] = {
                o.pk: o.pk if isinstance(o, Clinic) else o.clinic_id for o in linked
            }
        # Every clinic whose score counts the action, before and after: its own links and
        # those through its practitioners (an edit of the action changes them all).
        for links in (*self._before.values(), *after.values()):
            self.touched_clinics.update(links.values())

    def filter_export(self, queryset: QuerySet, **kwargs: Any) -> QuerySet:
        """Exported from the clinic list: the actions linked to the clinics the list shows or to
        their practitioners."""
        if queryset.model is Clinic:
            ids = queryset.values("pk")
            queryset = EnforcementAction.objects.filter(
                pk__in=EnforcementAction.objects.filter(
                    Q(clinics__in=ids) | Q(practitioners__clinic__in=ids)
                ).values("pk")
            )
        return queryset.prefetch_related(
            "clinics", Prefetch("practitioners", Practitioner.objects.select_related("clinic"))
        ).order_by("issued_on", "company", "pk")

    def iter_queryset(self, queryset: QuerySet) -> Iterable[EnforcementAction]:
        # All at once with their links (three queries): the library pages a prefetching
        # queryset, which costs three queries per page of rows.
        yield from queryset


# In the order a first import needs them: practitioners before their credentials, clinics and
# practitioners before the enforcement actions that name them.
CLINIC_RESOURCES = (
    ClinicResource,
    PractitionerResource,
    CredentialResource,
    ProtocolResource,
    ClaimResource,
    PriceResource,
    EvidenceResource,
    EnforcementActionResource,
)
