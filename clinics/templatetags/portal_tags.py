"""The clinic portal's template filters: `{{ date|long_date }}` writes a date out in the page's
language ("4 January 2027", "4 de enero de 2027", "04 Ocak 2027"), as the invitation e-mail
does (clinics.portal_language.long_date)."""

from __future__ import annotations

from django import template

from clinics.portal_language import long_date

register = template.Library()
register.filter("long_date", long_date)
