"""Check constraints read in Python (clinics.constraints) say what the database says."""

import datetime
import itertools

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

import clinics.constraints
from clinics.constraints import compile_constraint, compiled_constraints, validate_constraints
from clinics.models import Credential, PriceQuote

EARLY, LATE = datetime.date(2026, 1, 1), datetime.date(2026, 6, 1)


def candidates(field: models.Field) -> list:
    """Values around every boundary the conditions can draw, NULL included."""
    if field.is_relation or field.primary_key:
        return [None, 1]
    kind = field.get_internal_type()
    if kind == "BooleanField":
        return [None, True, False]
    if kind in ("DateField", "DateTimeField"):
        return [None, EARLY, LATE]
    if kind.endswith(("IntegerField", "DecimalField", "FloatField")):
        return [None, 0, 5, 10]
    if kind in ("CharField", "TextField", "SlugField"):
        return ["", "a", "b"]
    raise AssertionError(f"no test values for a {kind}: add some to candidates()")


def database_says(constraint: models.CheckConstraint, instance: models.Model) -> bool:
    try:
        constraint.validate(type(instance), instance)
    except ValidationError:
        return False
    return True


def assert_python_agrees_with_the_database(model: type[models.Model], constraint) -> int:
    compiled = compile_constraint(model, constraint)
    assert compiled.predicate is not None, f"{constraint.name} is not read in Python"
    fields = [model._meta.pk if name == "pk" else model._meta.get_field(name) for name in sorted(compiled.fields)]
    cases = 0
    for values in itertools.product(*(candidates(f) for f in fields)):
        instance = model()
        for field, value in zip(fields, values, strict=True):
            setattr(instance, field.attname, value)
        python = compiled.predicate(instance) is not False
        assert python == database_says(constraint, instance), (constraint.name, values)
        cases += 1
    return cases


CHECKS = [
    (model, constraint)
    for model in apps.get_app_config("clinics").get_models()
    for constraint in model._meta.constraints
    if isinstance(constraint, models.CheckConstraint)
]


def test_every_check_constraint_of_the_clinic_models_is_read_in_python():
    # A constraint read only by the database costs an import one query per row: extend
    # clinics.constraints (and candidates() above) rather than accept that.
    unread = [
        f"{model.__name__}.{item.constraint.name}"
        for model in apps.get_app_config("clinics").get_models()
        for item in compiled_constraints(model())
        if item.predicate is None
    ]
    assert CHECKS and unread == []


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "constraint"), CHECKS, ids=lambda c: getattr(c, "name", ""))
def test_python_and_the_database_agree_on_every_check_constraint(model, constraint):
    assert assert_python_agrees_with_the_database(model, constraint) >= 4


SHAPES = {
    "and, or, not and a field against a field": Q(min_usd__gt=5) & ~Q(max_usd=None)
    | Q(min_usd__gte=F("max_usd")),
    "an unknown outcome passes": Q(min_usd__lt=F("max_usd")),
    "field=None is isnull": Q(min_usd=None) | Q(treatment="full_face"),
    "a negated or": ~(Q(min_usd=0) | Q(max_usd__lte=5)),
    "text equality": ~Q(includes="a") | Q(treatment="other"),
    "the primary key": Q(pk__isnull=True) | Q(min_usd__gte=0),
}


@pytest.mark.django_db
@pytest.mark.parametrize("condition", SHAPES.values(), ids=SHAPES.keys())
def test_python_and_the_database_agree_on_each_shape_of_condition_read(condition):
    constraint = models.CheckConstraint(condition=condition, name="shape")
    assert assert_python_agrees_with_the_database(PriceQuote, constraint) >= 4


UNREAD = {
    "another lookup": Q(includes__startswith="Harvest"),
    "a join": Q(clinic__name="Harbour"),
    "text ordering, which is collation's": Q(includes__lt="m"),
    "a relation compared": Q(clinic=1),
    "xor": Q(min_usd=1) ^ Q(max_usd=1),
    "a list": Q(min_usd__in=[1, 2]),
}


@pytest.mark.parametrize("condition", UNREAD.values(), ids=UNREAD.keys())
def test_a_condition_outside_the_subset_is_left_to_the_database(condition):
    constraint = models.CheckConstraint(condition=condition, name="unread")
    assert compile_constraint(PriceQuote, constraint).predicate is None


def test_the_violation_message_is_the_constraints_own_and_needs_no_query():
    with pytest.raises(ValidationError, match="minimum price cannot be above the maximum"):
        validate_constraints(PriceQuote(min_usd=9, max_usd=5))
    validate_constraints(PriceQuote(min_usd=None, max_usd=5))
    validate_constraints(PriceQuote(min_usd=5, max_usd=5))


def test_a_constraint_on_an_excluded_field_is_not_checked_as_in_full_clean():
    orphan = Credential(kind="medical_license")
    with pytest.raises(ValidationError, match="belongs to a clinic or to a practitioner"):
        validate_constraints(orphan)
    validate_constraints(orphan, exclude=("clinic", "practitioner"))
    with pytest.raises(ValidationError, match="cannot expire before it was issued"):
        validate_constraints(
            Credential(kind="medical_license", issued_on=LATE, expires_on=EARLY),
            exclude=("clinic", "practitioner"),
        )


@pytest.mark.django_db
def test_a_constraint_not_read_in_python_is_still_checked_by_the_database(
    monkeypatch, django_assert_num_queries
):
    unread = models.CheckConstraint(
        condition=Q(includes__startswith="Harvest"),
        name="includes_starts_with_harvest",
        violation_error_message="Say what the price includes, starting with the harvest.",
    )
    monkeypatch.setattr(PriceQuote._meta, "constraints", [*PriceQuote._meta.constraints, unread])
    monkeypatch.setattr(clinics.constraints, "_CACHE", {})
    # The database evaluates the condition it alone can read, as Q.check does inside a
    # transaction: 1: SAVEPOINT  2: the SELECT  3: RELEASE SAVEPOINT
    with django_assert_num_queries(3), pytest.raises(ValidationError, match="starting with the harvest"):
        validate_constraints(PriceQuote(min_usd=1, max_usd=2, includes="Everything"))
    with django_assert_num_queries(3):
        validate_constraints(PriceQuote(min_usd=1, max_usd=2, includes="Harvest and one session"))
