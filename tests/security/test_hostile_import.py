"""Hostile files for `import_clinics`: it either imports everything or says what is wrong
(record index and field) and imports nothing. Never a traceback, never half a file."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinics.models import Clinic
from tests.clinics.test_import import FULL_PROFILE
from tests.security.conftest import count_hostile_case
from tests.security.strategies import hostile_text

HYPOTHESIS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# What the command may say when it refuses a file: where, and what.
REFUSAL = re.compile(r"(no such file|not valid JSON|nothing imported; \d+ problem)")
FIELD_ERROR = re.compile(r"^record \d+( \(slug .*\))?: .+: .+", re.DOTALL)


def row_counts() -> dict[str, int]:
    """Rows of every model of the two apps, history tables included."""
    return {
        model._meta.label: model._default_manager.count()
        for app in ("clinics", "checklist")
        for model in apps.get_app_config(app).get_models()
    }


json_scalar = st.one_of(
    hostile_text,
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
)
json_value = st.recursive(
    json_scalar,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
    max_leaves=8,
)


def paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every key path inside a profile, so that any of them can be made hostile."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(paths(item, (*prefix, index)))
    return found


PROFILE_PATHS = paths(FULL_PROFILE)


def corrupt(profile: dict[str, Any], where: tuple, how: str, value: Any) -> dict[str, Any]:
    profile = copy.deepcopy(profile)
    *parents, last = where
    target: Any = profile
    for key in parents:
        target = target[key]
    if how == "replace":
        target[last] = value
    elif how == "delete":
        del target[last]
    elif how == "add_key" and isinstance(target, dict):
        target[str(value)[:50]] = value
    return profile


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "profiles.json"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def run_import(path: Path, *args: str) -> tuple[str | None, str]:
    """(error message or None, standard output)."""
    import io

    out = io.StringIO()
    try:
        call_command("import_clinics", str(path), *args, stdout=out)
    except CommandError as error:
        return str(error), out.getvalue()
    return None, out.getvalue()


def assert_all_or_nothing(before: dict[str, int], error: str | None, data: Any) -> None:
    after = row_counts()
    if error is not None:
        assert after == before, error
        assert REFUSAL.search(error), error
        if "nothing imported" in error:
            assert FIELD_ERROR.match(error.split("\n", 1)[1]), error
    else:
        assert after["clinics.Clinic"] - before["clinics.Clinic"] == len(data)


@pytest.mark.django_db
@HYPOTHESIS
@given(
    mutations=st.lists(
        st.tuples(
            st.sampled_from(PROFILE_PATHS),
            st.sampled_from(["replace", "replace", "delete", "add_key"]),
            json_value,
        ),
        min_size=1,
        max_size=3,
    ),
    records=st.integers(min_value=1, max_value=3),
    data=st.data(),
)
def test_a_hostile_profile_is_imported_whole_or_refused_whole(
    tmp_path_factory, mutations, records, data
):
    count_hostile_case()
    profiles = []
    for n in range(records):
        profile = dict(FULL_PROFILE, slug=f"{FULL_PROFILE['slug']}-{n}")
        profiles.append(profile)
    # The hostile record may be any one of them, so that good records before it are at stake.
    victim = data.draw(st.integers(min_value=0, max_value=records - 1))
    for where, how, value in mutations:
        try:
            profiles[victim] = corrupt(profiles[victim], where, how, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced the parent of this path
    path = write(tmp_path_factory.mktemp("import"), json.dumps(profiles, allow_nan=True))
    before = row_counts()
    error, _ = run_import(path)
    assert_all_or_nothing(before, error, profiles)


@pytest.mark.django_db
@HYPOTHESIS
@given(document=json_value)
def test_any_json_document_at_all_is_refused_with_a_reason_or_imported(tmp_path_factory, document):
    count_hostile_case()
    path = write(tmp_path_factory.mktemp("import"), json.dumps(document, allow_nan=True))
    before = row_counts()
    error, _ = run_import(path)
    assert_all_or_nothing(before, error, document)


@pytest.mark.django_db
@HYPOTHESIS
@given(
    raw=st.binary(max_size=2000) | hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass"))
)
def test_a_file_that_is_not_json_is_refused_with_a_reason(tmp_path_factory, raw):
    count_hostile_case()
    path = write(tmp_path_factory.mktemp("import"), raw)
    before = row_counts()
    error, _ = run_import(path)
    assert_all_or_nothing(before, error, json.loads(raw) if error is None else None)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a": ' * 50_000 + "1" + "}" * 50_000,
        "[" + json.dumps(FULL_PROFILE) + ", " + json.dumps(FULL_PROFILE) + "]",
        json.dumps([dict(FULL_PROFILE, name="x" * 10_000)]),
        json.dumps([dict(FULL_PROFILE, name="Harbour\x00Skin")]),
        json.dumps([dict(FULL_PROFILE, slug="harbour\u202eskin")]),
        json.dumps(
            [dict(FULL_PROFILE, practitioners=[{"name": "Dr X", "years_experience": 10**40}])]
        ),
        json.dumps([dict(FULL_PROFILE, prices=[{"min_usd": 10**40, "max_usd": 1}])]),
    ],
    ids=[
        "nested-lists",
        "nested-objects",
        "repeated-slug",
        "long-name",
        "nul-in-name",
        "bidi-in-slug",
        "huge-number",
        "price-overflow",
    ],
)
def test_pathological_files_are_refused_cleanly(tmp_path, text):
    count_hostile_case()
    path = write(tmp_path, text)
    before = row_counts()
    error, _ = run_import(path)
    assert error is not None
    assert_all_or_nothing(before, error, None)
    assert Clinic.objects.count() == before["clinics.Clinic"]


# --- issue 16: characters and slugs ---------------------------------------------------------


@pytest.mark.django_db
def test_a_byte_order_mark_before_the_json_is_accepted(tmp_path):
    path = write(tmp_path, "\ufeff" + json.dumps([FULL_PROFILE]))
    error, _ = run_import(path)
    assert error is None, error
    assert Clinic.objects.filter(slug=FULL_PROFILE["slug"]).exists()


def with_surrogate(where: str) -> str:
    """A file whose JSON escapes a lone surrogate (json.dumps writes one as \\ud800)."""
    profile = copy.deepcopy(FULL_PROFILE)
    if where == "key":
        profile["\ud800"] = 1
    elif where == "claim":
        profile["claims"][0]["text"] = "Heals\udc00 all"
    else:
        profile[where] = "Harbour\ud800"
    return json.dumps([profile])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("where", "field", "message"),
    [
        ("name", "name", "contains a lone surrogate (U+D800)"),
        ("slug", "slug", "contains a lone surrogate (U+D800)"),
        ("claim", "claims[0].text", "contains a lone surrogate (U+DC00)"),
        ("key", "'\\ud800'", "is not a key of the clinic profile format"),
    ],
)
def test_a_lone_surrogate_is_a_named_field_error_not_a_traceback(tmp_path, where, field, message):
    count_hostile_case()
    before = row_counts()
    error, _ = run_import(write(tmp_path, with_surrogate(where)))
    assert error is not None and f": {field}: {message}" in error, error
    error.encode("utf-8")  # printable: the message carries no surrogate itself
    assert row_counts() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Harbour\u202eSkin", "contains an invisible formatting character (U+202E"),
        ("Harbour\u200dSkin", "contains an invisible formatting character (U+200D"),
        ("Harbour\x07Skin", "contains a control character (U+0007)"),
        ("Harbour\u0085Skin", "contains a control character (U+0085)"),
    ],
)
def test_a_name_with_a_control_or_formatting_character_is_refused(tmp_path, name, message):
    count_hostile_case()
    error, _ = run_import(write(tmp_path, json.dumps([dict(FULL_PROFILE, name=name)])))
    assert error is not None and f": name: {message}" in error, error
    assert not Clinic.objects.exists()


@pytest.mark.django_db
def test_a_description_keeps_its_line_breaks_and_text_is_stored_in_nfc(tmp_path):
    profile = dict(FULL_PROFILE, name="Cli\u0301nica", description="One.\r\n\tTwo.")
    error, _ = run_import(write(tmp_path, json.dumps([profile])))
    assert error is None, error
    clinic = Clinic.objects.get()
    assert (clinic.name, clinic.description) == ("Cl\u00ednica", "One.\r\n\tTwo.")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        'https://evil.example/"onmouseover="x',
        "https://evil.example/<b>",
        "https://evil.example/a b",
    ],
)
def test_a_web_address_with_a_quote_a_bracket_or_a_space_is_refused(tmp_path, url):
    count_hostile_case()
    error, _ = run_import(write(tmp_path, json.dumps([dict(FULL_PROFILE, website=url)])))
    assert error is not None and ": website: contains " in error, error
    assert "which a web address may not hold" in error
    assert not Clinic.objects.exists()


@pytest.mark.django_db
def test_a_slug_differing_only_in_case_is_refused(tmp_path):
    assert run_import(write(tmp_path, json.dumps([FULL_PROFILE])))[0] is None
    upper = FULL_PROFILE["slug"].upper()
    for args in ((), ("--update",)):
        error, _ = run_import(write(tmp_path, json.dumps([dict(FULL_PROFILE, slug=upper)])), *args)
        assert error is not None
        assert (
            f"slug: differs only in case from the slug of clinic “{FULL_PROFILE['slug']}”" in error
        )
    assert Clinic.objects.count() == 1
    twice = [dict(FULL_PROFILE, slug="one-slug"), dict(FULL_PROFILE, slug="One-Slug")]
    error, _ = run_import(write(tmp_path, json.dumps(twice)))
    assert error is not None and "repeats the slug of record 0" in error
