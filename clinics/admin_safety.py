"""Hardening of Django's own admin widgets against forged ids (found by the hostile-input
tests): a forged id must give a form error, never a 500."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError

INT64 = 2**63


def _plausible_id(value: Any) -> bool:
    text = str(value)
    return text.isdigit() and int(text) < INT64


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
            if str(pk).strip().lstrip("-").isdigit() and abs(int(pk)) >= INT64:
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


class SafeGroupAdmin(BoundedManyToManyMixin, GroupAdmin):
    pass


class SafeUserAdmin(BoundedManyToManyMixin, UserAdmin):
    pass


admin.site.unregister(Group)
admin.site.register(Group, SafeGroupAdmin)
admin.site.unregister(User)
admin.site.register(User, SafeUserAdmin)
