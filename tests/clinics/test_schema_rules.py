"""The rules across a record's fields are written once (clinics.schema): the Python check every
door runs says what the database's check constraint says, on every combination of values
around the rule's boundaries, NULL included."""

import datetime
import itertools

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models

from clinics import schema
from clinics.models import Credential, PriceQuote

EARLY, LATE = datetime.date(2026, 1, 1), datetime.date(2026, 6, 1)


def candidates(field: models.Field) -> list:
    """Values around every boundary the conditions can draw, NULL included."""
    if field.is_relation or field.primary_key:
        return [None, 1]
    kind = field.get_internal_type()
    if kind == "BooleanField":
        return [None, True, False]
    if field.choices:
        return [value for value, _ in field.flatchoices]
    if kind in ("DateField", "DateTimeField"):
        return [None, EARLY, LATE]
    if kind.endswith(("IntegerField", "DecimalField", "FloatField")):
        return [None, 0, 5, 10]
    raise AssertionError(f"no test values for a {kind}: add some to candidates()")


def database_says(constraint: models.CheckConstraint, instance: models.Model) -> bool:
    try:
        constraint.validate(type(instance), instance)
    except ValidationError:
        return False
    return True


def fields_named(model: type[models.Model], rule: schema.Rule) -> list[models.Field]:
    names = {child[0].split("__")[0] for child in _leaves(rule.condition)}
    return [model._meta.get_field(name) for name in sorted(names)]


def _leaves(q):
    for child in q.children:
        if isinstance(child, tuple):
            yield child
        else:
            yield from _leaves(child)


RULES = [
    (model, rule)
    for model in (Credential, PriceQuote)
    for rule in schema.RULES[model._meta.model_name]
]


def test_every_check_constraint_of_the_clinic_models_comes_from_a_schema_rule():
    constraints = {
        (model._meta.model_name, c.name): c
        for model in apps.get_app_config("clinics").get_models()
        for c in model._meta.constraints
        if isinstance(c, models.CheckConstraint)
    }
    from_rules = {(name, r.name) for name, rules in schema.RULES.items() for r in rules}
    assert constraints and set(constraints) == from_rules
    for (model_name, name), constraint in constraints.items():
        rule = next(r for r in schema.RULES[model_name] if r.name == name)
        assert constraint == rule.constraint()


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "rule"), RULES, ids=lambda r: getattr(r, "name", ""))
def test_python_and_the_database_agree_on_every_rule(model, rule):
    fields = fields_named(model, rule)
    cases = 0
    for values in itertools.product(*(candidates(f) for f in fields)):
        instance = model()
        for field, value in zip(fields, values, strict=True):
            setattr(instance, field.attname, value)
        row = {f.attname: getattr(instance, f.attname) for f in model._meta.concrete_fields}
        assert rule.holds(row) == database_says(rule.constraint(), instance), (rule.name, values)
        cases += 1
    assert cases >= 4


def test_a_broken_rule_names_the_field_to_correct_with_the_constraints_own_message():
    errors = schema.record_errors("pricequote", {"min_amount": 9, "max_amount": 5})
    assert errors == {"max_amount": "The minimum price cannot be above the maximum."}
    assert schema.record_errors("pricequote", {"min_amount": None, "max_amount": 5}) == {}
    assert schema.record_errors(
        "credential",
        {"kind": "facility_license", "verified": True, "verified_on": None, "clinic_id": 1},
    ) == {"verified_on": "A verified credential needs the date it was verified."}


@pytest.mark.django_db
def test_the_database_refuses_a_row_that_breaks_a_rule():
    from django.db import IntegrityError, transaction

    from tests.factories import ClinicFactory

    clinic = ClinicFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        PriceQuote.objects.create(clinic=clinic, min_amount=9, max_amount=5)
