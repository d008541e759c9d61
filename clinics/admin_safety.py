"""Hardening of Django's own admin against hostile requests: a forged id must give a form
error, never a 500 (found by the hostile-input tests), and a list that holds a secret must not
count rows for lookups of a visitor's choosing (issue 16)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.filters import (
    AllValuesFieldListFilter,
    BooleanFieldListFilter,
    ChoicesFieldListFilter,
    DateFieldListFilter,
    EmptyFieldListFilter,
    FieldListFilter,
    RelatedFieldListFilter,
    SimpleListFilter,
)
from django.contrib.admin.utils import get_fields_from_path
from django.contrib.admin.widgets import AutocompleteSelect, url_params_from_lookup_dict
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.http import HttpRequest

INT64 = 2**63


def _plausible_id(value: Any) -> bool:
    text = str(value)
    # isdecimal, not isdigit: "¹" is a digit that int() refuses.
    return text.isdecimal() and int(text) < INT64


class SafeAutocompleteSelect(AutocompleteSelect):
    """Redraws a bound form without looking up values that cannot be ids (Django queries them
    and fails on a non-numeric one)."""

    def optgroups(self, name: str, value: list[Any], attr: Any = None) -> list[Any]:
        return super().optgroups(name, [v for v in value if _plausible_id(v)], attr)


class SafeAutocompleteMixin:
    def formfield_for_foreignkey(self, db_field: Any, request: Any, **kwargs: Any) -> Any:
        if db_field.name in getattr(self, "autocomplete_fields", ()):
            kwargs["widget"] = SafeAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class BoundedIdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """SQLite's driver cannot bind an integer past 64 bits; such an id is simply invalid."""

    def _check_values(self, value: Any) -> Any:
        for pk in value:
            if str(pk).strip().lstrip("-").isdecimal() and abs(int(pk)) >= INT64:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)


class BoundedManyToManyMixin:
    def formfield_for_manytomany(self, db_field: Any, request: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("form_class", BoundedIdMultipleChoiceField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


def _field_filter_parameters(filter_class: type, field: Any, path: str) -> set[str]:
    # The names Django's own field filters read (django.contrib.admin.filters), worked out
    # without building the filters: building one runs the query for its choices.
    if issubclass(filter_class, RelatedFieldListFilter):
        return {f"{path}__{field.target_field.name}__exact", f"{path}__isnull"}
    if issubclass(filter_class, BooleanFieldListFilter | ChoicesFieldListFilter):
        return {f"{path}__exact", f"{path}__isnull"}
    if issubclass(filter_class, DateFieldListFilter):
        return {f"{path}__gte", f"{path}__lt", f"{path}__isnull"}
    if issubclass(filter_class, EmptyFieldListFilter):
        return {f"{path}__isempty"}
    if issubclass(filter_class, AllValuesFieldListFilter):
        return {path, f"{path}__isnull"}
    raise ImproperlyConfigured(
        f"{filter_class.__name__} on {path!r}: name the parameters it reads in "
        "clinics.admin_safety._field_filter_parameters"
    )


def list_filter_parameters(model_admin: admin.ModelAdmin, request: HttpRequest | None) -> set[str]:
    """The query parameters a changelist's list filters and date hierarchy read."""
    names: set[str] = set()
    if model_admin.date_hierarchy:
        names.update(f"{model_admin.date_hierarchy}__{part}" for part in ("year", "month", "day"))
    filters = (
        model_admin.get_list_filter(request) if request is not None else model_admin.list_filter
    )
    for item in filters:
        if isinstance(item, type) and issubclass(item, SimpleListFilter):
            names.add(item.parameter_name)
            continue
        path, filter_class = item if isinstance(item, tuple | list) else (item, None)
        field = get_fields_from_path(model_admin.model, path)[-1]
        if filter_class is None:
            # The filter Django would choose for the field (FieldListFilter.create).
            filter_class = next(
                cls for test, cls in FieldListFilter._field_list_filters if test(field)
            )
        names |= _field_filter_parameters(filter_class, field, path)
    return names


class ListFilterLookupsOnlyMixin:
    """A changelist that holds a secret or a patient's answers takes no lookup but its list
    filters' own parameters (search, ordering and pages are not lookups).

    Django lets any lookup on a model's own fields through (``?token__gte=M``), and the count
    the list prints then answers a question of the visitor's choosing: a binary search on
    "1 patient report" recovers a report's private token. Refused here, Django raises
    DisallowedModelAdminLookup before any query: a 400 with no count, logged as suspicious.
    """

    def lookup_allowed(self, lookup: str, value: str, request: HttpRequest | None = None) -> bool:
        if lookup in list_filter_parameters(self, request):  # type: ignore[arg-type]
            return True
        # A raw-id popup narrows the list by its field's limit_choices_to: fixed in code.
        for fk_lookup in self.model._meta.related_fkey_lookups:  # type: ignore[attr-defined]
            if callable(fk_lookup):
                fk_lookup = fk_lookup()
            if (lookup, value) in url_params_from_lookup_dict(fk_lookup).items():
                return True
        return False


class SafeGroupAdmin(BoundedManyToManyMixin, GroupAdmin):
    pass


class SafeUserAdmin(ListFilterLookupsOnlyMixin, BoundedManyToManyMixin, UserAdmin):
    # password holds the hash: ?password__startswith= would read it a character at a time
    pass


admin.site.unregister(Group)
admin.site.register(Group, SafeGroupAdmin)
admin.site.unregister(User)
admin.site.register(User, SafeUserAdmin)
