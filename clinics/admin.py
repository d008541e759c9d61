"""The admins that belong wholly to the curated world and show no judgement. (The clinic,
practitioner and credential admins show grades beside the data: checklist/admin/clinics.py.)"""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from .models import PublicRegister


@admin.register(PublicRegister)
class PublicRegisterAdmin(SimpleHistoryAdmin):
    """Curators keep the registers; reviewers read them (clinics.roles)."""

    list_display = ("name", "country", "kind", "address")
    # only the countries that have a register, not all 249
    list_filter = ("kind", ("country", admin.AllValuesFieldListFilter))
    search_fields = ("name", "url", "notes")
    fieldsets = (
        (None, {"fields": ("country", "kind", "name", "url", "notes")}),
        ("Citation", {"fields": ("source",)}),
    )

    @admin.display(description="Address", ordering="url")
    def address(self, register: PublicRegister) -> str:
        return format_html(
            '<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>',
            register.url,
            register.url,
        )


# Evidence documents: their admin, inline and download view (clinics/document_admin.py).
from . import document_admin  # noqa: E402, F401
