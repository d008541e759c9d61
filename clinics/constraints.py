"""The models' check constraints, evaluated in Python on unsaved instances.

``Model.full_clean`` asks the database to evaluate every ``CheckConstraint``: a query per
constraint per instance, which is most of the time of an import of thousands of profiles.
The conditions the models state (a field compared with a value or with another field of the
same row, ``isnull``, combined with ``&``, ``|`` and ``~``) read the same in Python, with
SQL's rule that a condition whose outcome is unknown (NULL) passes a CHECK. Whatever this
module cannot read (another lookup, a join, a database function, a unique constraint) is left
to the database, exactly as ``full_clean`` would do it: slower, never skipped.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models, router
from django.db.models import F, Q

# Three-valued: True, False, or None when SQL would say unknown (a NULL was compared).
Predicate = Callable[[models.Model], bool | None]

COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "exact": operator.eq,
    "lt": operator.lt,
    "lte": operator.le,
    "gt": operator.gt,
    "gte": operator.ge,
}
# Ordering in Python is ordering in SQL only for numbers and dates; text sorts by collation.
ORDERED_TYPES = frozenset(
    {
        "AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField",
        "SmallIntegerField", "PositiveIntegerField", "PositiveBigIntegerField",
        "PositiveSmallIntegerField", "DecimalField", "FloatField", "DateField",
        "DateTimeField", "TimeField", "DurationField",
    }
)
# Equality reads the same for these and for text (JSON, for one, does not).
EQUAL_TYPES = ORDERED_TYPES | {"BooleanField", "CharField", "TextField", "SlugField"}


class Unreadable(Exception):
    """A condition outside the subset read here: the database evaluates it."""


@dataclass(frozen=True)
class CompiledConstraint:
    model: type[models.Model]
    constraint: models.BaseConstraint
    predicate: Predicate | None  # None: left to the database
    fields: frozenset[str]  # the names full_clean's ``exclude`` is matched against


def _all(values: Iterable[bool | None]) -> bool | None:
    result: bool | None = True
    for value in values:
        if value is False:
            return False
        if value is None:
            result = None
    return result


def _any(values: Iterable[bool | None]) -> bool | None:
    result: bool | None = False
    for value in values:
        if value is True:
            return True
        if value is None:
            result = None
    return result


def _field(opts: Any, name: str, fields: set[str]) -> models.Field:
    if name == "pk":
        fields.add("pk")
        return opts.pk
    try:
        field = opts.get_field(name)
    except FieldDoesNotExist:
        raise Unreadable(name) from None
    if not getattr(field, "concrete", False) or field.many_to_many or field.generated:
        raise Unreadable(name)
    fields.add(field.name)
    return field


def _operand(
    opts: Any, value: Any, types: frozenset[str], fields: set[str]
) -> Callable[[models.Model], Any]:
    if isinstance(value, F):
        if "__" in value.name:
            raise Unreadable(value.name)
        field = _field(opts, value.name, fields)
        if field.is_relation or field.get_internal_type() not in types:
            raise Unreadable(value.name)
        return operator.attrgetter(field.attname)
    if hasattr(value, "resolve_expression") or isinstance(value, models.Model):
        raise Unreadable(repr(value))
    return lambda instance: value


def _lookup(opts: Any, path: str, value: Any, fields: set[str]) -> Predicate:
    name, _, lookup = path.partition("__")
    lookup = lookup or "exact"
    field = _field(opts, name, fields)
    left = operator.attrgetter(field.attname)
    if lookup == "isnull":
        if not isinstance(value, bool):
            raise Unreadable(path)
        return lambda instance: (left(instance) is None) is value
    if lookup == "exact" and value is None:  # field=None means isnull=True in Django
        return lambda instance: left(instance) is None
    if lookup not in COMPARISONS:
        raise Unreadable(path)
    types = EQUAL_TYPES if lookup == "exact" else ORDERED_TYPES
    if field.is_relation or field.get_internal_type() not in types:
        raise Unreadable(path)
    if not isinstance(value, F):
        try:
            value = field.to_python(value)
        except ValidationError:
            raise Unreadable(path) from None
    right = _operand(opts, value, types, fields)
    compare = COMPARISONS[lookup]

    def predicate(instance: models.Model) -> bool | None:
        a, b = left(instance), right(instance)
        if a is None or b is None:
            return None
        return compare(a, b)

    return predicate


def _compile(opts: Any, node: Any, fields: set[str]) -> Predicate:
    if isinstance(node, tuple) and len(node) == 2 and isinstance(node[0], str):
        return _lookup(opts, node[0], node[1], fields)
    if not isinstance(node, Q) or node.connector not in (Q.AND, Q.OR):
        raise Unreadable(repr(node))
    parts = [_compile(opts, child, fields) for child in node.children]
    combine = _all if node.connector == Q.AND else _any
    if not node.negated:
        return lambda instance: combine(part(instance) for part in parts)

    def negated(instance: models.Model) -> bool | None:
        value = combine(part(instance) for part in parts)
        return None if value is None else not value

    return negated


def compile_constraint(model_class: type[models.Model], constraint: Any) -> CompiledConstraint:
    """The constraint with a Python predicate, or with none when the database must decide."""
    fields: set[str] = set()
    predicate: Predicate | None = None
    if isinstance(constraint, models.CheckConstraint):
        try:
            predicate = _compile(model_class._meta, constraint.condition, fields)
        except Unreadable:
            predicate = None
    return CompiledConstraint(model_class, constraint, predicate, frozenset(fields))


_CACHE: dict[type[models.Model], list[CompiledConstraint]] = {}


def compiled_constraints(instance: models.Model) -> list[CompiledConstraint]:
    """Every constraint full_clean validates on the instance's model, compiled once."""
    model = type(instance)
    if model not in _CACHE:
        _CACHE[model] = [
            compile_constraint(model_class, constraint)
            for model_class, constraints in instance.get_constraints()
            for constraint in constraints
        ]
    return _CACHE[model]


def _violation(
    item: CompiledConstraint, instance: models.Model, exclude: Collection[str]
) -> ValidationError | None:
    if item.predicate is not None:
        if item.fields & set(exclude):
            return None  # as full_clean: a constraint on an excluded field is not checked
        try:
            passed = item.predicate(instance)
        except TypeError:  # values that do not compare in Python: the database decides
            pass
        else:
            if passed is not False:
                return None
            return ValidationError(
                item.constraint.get_violation_error_message(),
                code=item.constraint.violation_error_code,
            )
    try:
        item.constraint.validate(
            item.model,
            instance,
            exclude=exclude,
            using=router.db_for_write(type(instance), instance=instance),
        )
    except ValidationError as error:
        return error
    return None


def validate_constraints(instance: models.Model, *, exclude: Collection[str] = ()) -> None:
    """``instance.validate_constraints(exclude)``, without a query for the conditions read here.

    Raises the same ``ValidationError``: the constraint's own message, under the single field
    of a unique constraint or else under ``NON_FIELD_ERRORS``.
    """
    errors: dict[str, list[ValidationError]] = {}
    for item in compiled_constraints(instance):
        error = _violation(item, instance, exclude)
        if error is None:
            continue
        fields = getattr(item.constraint, "fields", ())
        if getattr(error, "code", None) == "unique" and len(fields) == 1:
            errors.setdefault(fields[0], []).append(error)
        else:
            errors = error.update_error_dict(errors)
    if errors:
        raise ValidationError(errors)
