"""The public directory's query: search, filters and sort orders (django-filter).

Every filter and sort is a condition on the clinic row itself (the grade and price copied onto
it, see Clinic.LISTING_FIELDS) or an EXISTS for the cell source, so a page costs the same number
of queries whatever the filters and however many clinics there are, and each sort has its index. A value the form does not
accept (``?grade=Z``, ``?sort=drop table``) is reported next to its field and ignored.
"""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.db.models import (
    Case,
    Exists,
    F,
    Max,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    When,
)
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from checklist.engine.presentation import GRADE_FILTER_CHOICES
from clinics.choices import CellSource, Treatment
from clinics.models import NO_PRICE, Clinic, PriceQuote, ProcessingProtocol
from pagecache.cache import data_cached

AUTOLOGOUS = (
    CellSource.AUTOLOGOUS_ADIPOSE,
    CellSource.AUTOLOGOUS_BONE_MARROW,
    CellSource.AUTOLOGOUS_OTHER,
)
OWN_CELLS_ONLY = "own_only"
CELL_SOURCE_CHOICES = (
    (OWN_CELLS_ONLY, _("Only the patient's own cells")),
    *((value, label) for value, label in CellSource.choices if value != CellSource.UNKNOWN),
    (CellSource.UNKNOWN.value, _("Not stated")),
)

# (low, high) in USD; a clinic matches a band when its quoted range overlaps it.
PRICE_BANDS: dict[str, tuple[int, int | None]] = {
    "under_3000": (0, 3_000),
    "3000_7000": (3_000, 7_000),
    "7000_15000": (7_000, 15_000),
    "over_15000": (15_000, None),
}
PRICE_UNKNOWN = "unknown"


def price_band(price: int | None) -> str | None:
    """The directory's price band holding a clinic's sort price, or None when it has none."""
    if price is None or price == NO_PRICE:
        return None
    for band, (low, high) in PRICE_BANDS.items():
        if price >= low and (high is None or price < high):
            return band
    return None


PRICE_CHOICES = (
    ("under_3000", _("Under US$3,000")),
    ("3000_7000", _("US$3,000–7,000")),
    ("7000_15000", _("US$7,000–15,000")),
    ("over_15000", _("Over US$15,000")),
    (PRICE_UNKNOWN, _("Price not known")),
)

# Every sort reads the clinic's own indexed sort keys (Clinic.LISTING_FIELDS), which put
# unscored and unpriced clinics last; the primary key keeps pages stable when values tie.
SORTS: dict[str, tuple[str, ...]] = {
    "best": ("sort_rank", "-sort_score", "name", "id"),
    "score": ("-sort_score", "name", "id"),
    "name": ("name", "id"),
    "price": ("sort_price", "name", "id"),
}
SORT_CHOICES = (
    ("best", _("Best grade first")),
    ("score", _("Highest score first")),
    ("name", _("Name (A to Z)")),
    ("price", _("Lowest price first")),
)
DEFAULT_SORT = "best"

# The fields a directory row shows; the assessment's facts and results stay in the database.
ROW_FIELDS = (
    "name",
    "slug",
    "city",
    "country",
    "last_reviewed",
    # whether the grade is reviewed or provisional (Clinic.review_status)
    "data_digest",
    "reviewed_digest",
    "listing_price_min",
    "listing_price_max",
    "current_assessment__grade",
    "current_assessment__score",
    "current_assessment__coverage",
    "current_assessment__failed_knockouts",
    "current_assessment__claim_flags",
    "current_assessment__created",
)


def directory_queryset() -> QuerySet[Clinic]:
    """Published clinics with their current grade: one query for a whole page."""
    return with_quoted_price(
        Clinic.objects.filter(published=True).select_related("current_assessment").only(*ROW_FIELDS)
    )


def with_quoted_price(queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
    """Each clinic's full-face price as quoted, beside the dollars the row holds: when its
    full-face quotes share one currency, ``quoted_currency`` names it and ``quoted_min`` and
    ``quoted_max`` bound them (otherwise None). Subqueries of the same query, so a page of rows
    costs no query more."""
    full_face = (
        PriceQuote.objects.filter(clinic=OuterRef("pk"), treatment=Treatment.FULL_FACE)
        .order_by()
        .values("clinic")
    )
    currency = full_face.annotate(low=Min("currency"), high=Max("currency")).annotate(
        single=Case(When(low=F("high"), then=F("low")))
    )
    return queryset.annotate(
        quoted_currency=Subquery(currency.values("single")[:1]),
        quoted_min=Subquery(full_face.annotate(value=Min("min_amount")).values("value")[:1]),
        quoted_max=Subquery(full_face.annotate(value=Max("max_amount")).values("value")[:1]),
    )


# Graded clinics offered at the end of an F clinic's page: a few, by grade, never by payment.
ALTERNATIVES = 3
LETTER_GRADES = ("A", "B", "C", "D")
ALTERNATIVE_FIELDS = (
    "name",
    "slug",
    "city",
    "country",
    "listing_grade",
    "sort_score",
    "listing_price_min",
    "listing_price_max",
    "data_digest",
    "reviewed_digest",
)


def graded_alternatives(clinic: Clinic, limit: int = ALTERNATIVES) -> QuerySet[Clinic]:
    """Published clinics in the clinic's country and price band (any price when it has none)
    graded A to D, best first as the directory's "best" sort puts them: one query, from the
    copies on the clinic row (Clinic.LISTING_FIELDS), no join."""
    others = Clinic.objects.filter(
        published=True, country=clinic.country, listing_grade__in=LETTER_GRADES
    ).exclude(pk=clinic.pk)
    band = price_band(clinic.sort_price)
    if band is not None:
        low, high = PRICE_BANDS[band]
        others = others.filter(sort_price__gte=low)
        if high is not None:
            others = others.filter(sort_price__lt=high)
    return others.order_by(*SORTS["best"]).only(*ALTERNATIVE_FIELDS)[:limit]


def published_countries() -> list[tuple[str, str]]:
    """(code, name) of every country with a published clinic, by name: one query."""
    codes = (
        Clinic.objects.filter(published=True)
        .order_by()
        .values_list("country", flat=True)
        .distinct()
    )
    return sorted(((code, countries.name(code) or code) for code in codes), key=lambda c: c[1])


# Shown next to a filter whose value came from a mistyped or outdated address.
UNKNOWN_CHOICE = {"invalid_choice": _("“%(value)s” is not one of the options, so it was left out.")}


def _select(**attrs: str) -> forms.Select:
    return forms.Select(attrs={"class": "form-select", **attrs})


class ClinicFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Name or city"),
        method="filter_search",
        max_length=100,
        widget=forms.TextInput(
            attrs={"class": "form-control", "type": "search", "autocomplete": "off"}
        ),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"),
        empty_label=_("All countries"),
        widget=_select(),
        error_messages=UNKNOWN_CHOICE,
    )
    grade = django_filters.ChoiceFilter(
        label=_("Grade"),
        field_name="listing_grade",
        # the engine's labels, in the page's language (their catalogue: engine_messages)
        choices=[(value, _(label)) for value, label in GRADE_FILTER_CHOICES],
        empty_label=_("Any grade"),
        widget=_select(),
        error_messages=UNKNOWN_CHOICE,
    )
    cell_source = django_filters.ChoiceFilter(
        label=_("Where the cells come from"),
        method="filter_cell_source",
        choices=CELL_SOURCE_CHOICES,
        empty_label=_("Any source"),
        widget=_select(),
        error_messages=UNKNOWN_CHOICE,
    )
    price = django_filters.ChoiceFilter(
        label=_("Full-face price"),
        method="filter_price",
        choices=PRICE_CHOICES,
        empty_label=_("Any price"),
        widget=_select(),
        error_messages=UNKNOWN_CHOICE,
    )
    no_red_flags = django_filters.BooleanFilter(
        label=_("No red flags found"),
        method="filter_no_red_flags",
        widget=forms.CheckboxInput(attrs={"class": "form-check-input"}),
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        method="filter_sort",
        choices=SORT_CHOICES,
        empty_label=None,
        widget=_select(),
        error_messages=UNKNOWN_CHOICE,
    )

    class Meta:
        model = Clinic
        fields: tuple[str, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The countries' names are in the page's language, and so sorted: one list a language.
        self.filters["country"].extra["choices"] = data_cached(
            self.request, f"published-countries|{get_language()}", published_countries
        )

    @property
    def signature(self) -> str:
        """What the list is, whatever its order or page: the filters in use, as understood."""
        cleaned = self.form.cleaned_data if self.is_valid() else {}
        used = sorted((k, str(v)) for k, v in cleaned.items() if k != "sort" and v)
        return repr(used)

    @property
    def active_count(self) -> int:
        """How many filters narrow the list (sorting does not)."""
        cleaned = getattr(self.form, "cleaned_data", {})
        return sum(1 for name in self.filters if name != "sort" and cleaned.get(name))

    @property
    def active(self) -> bool:
        return self.active_count > 0

    def filter_queryset(self, queryset: QuerySet[Clinic]) -> QuerySet[Clinic]:
        queryset = super().filter_queryset(queryset)
        sort = self.form.cleaned_data.get("sort") or DEFAULT_SORT
        return queryset.order_by(*SORTS[sort])

    def filter_search(self, queryset: QuerySet[Clinic], name: str, value: str) -> QuerySet[Clinic]:
        term = value.strip()
        if not term:
            return queryset
        return queryset.filter(Q(name__icontains=term) | Q(city__icontains=term))

    def filter_cell_source(
        self, queryset: QuerySet[Clinic], name: str, value: str
    ) -> QuerySet[Clinic]:
        protocols = ProcessingProtocol.objects.filter(clinic=OuterRef("pk"))
        if value == OWN_CELLS_ONLY:
            others = protocols.exclude(cell_source__in=(*AUTOLOGOUS, CellSource.UNKNOWN))
            return queryset.filter(
                Exists(protocols.filter(cell_source__in=AUTOLOGOUS)), ~Exists(others)
            )
        return queryset.filter(Exists(protocols.filter(cell_source=value)))

    def filter_price(self, queryset: QuerySet[Clinic], name: str, value: str) -> QuerySet[Clinic]:
        if value == PRICE_UNKNOWN:
            return queryset.filter(sort_price=NO_PRICE)
        low, high = PRICE_BANDS[value]
        # A clinic that quotes only one bound is placed by that bound.
        queryset = queryset.exclude(sort_price=NO_PRICE).filter(
            Q(listing_price_max__gte=low) | Q(listing_price_max__isnull=True, sort_price__gte=low)
        )
        return queryset if high is None else queryset.filter(sort_price__lt=high)

    def filter_no_red_flags(
        self, queryset: QuerySet[Clinic], name: str, value: bool | None
    ) -> QuerySet[Clinic]:
        if not value:
            return queryset
        return queryset.filter(listing_red_flags=0).exclude(listing_grade="")

    def filter_sort(self, queryset: QuerySet[Clinic], name: str, value: str) -> QuerySet[Clinic]:
        # Applied last, in filter_queryset, so that it also holds when the field is missing.
        return queryset
