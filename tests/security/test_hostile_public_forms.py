"""Hostile input to every public form and query: never a 500, nothing half-saved, every error
message a plain sentence. The test client re-raises any exception a view lets out, so a crash
fails the example that caused it, and hypothesis shrinks it to the smallest such input."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checklist.engine.answers import QUESTIONS
from checklist.forms import step_forms
from checklist.models import PatientReport
from clinics.models import Clinic
from tests.checklist.test_answers import CAREFUL
from tests.checklist.test_checklist_views import PREFIX, QUESTIONS_URL, step_data
from tests.factories import ClinicFactory
from tests.security.conftest import count_hostile_case
from tests.security.strategies import hostile_text

HYPOTHESIS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
STEP_NAMES = [name for name, _ in step_forms()]
# Shown to a person: a sentence, never a Python object or a traceback.
NOT_A_SENTENCE = ("Traceback", "object at 0x", "Exception", "Error(", "None", "<class")


def assert_clear(errors: dict[str, list[str]]) -> None:
    for field, messages in errors.items():
        for message in messages:
            assert message.strip(), field
            assert not any(bad in message for bad in NOT_A_SENTENCE), (field, message)


def form_errors(response: Any, *names: str) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for name in names:
        form = (response.context or {}).get(name)
        if form is not None and form.is_bound:
            errors.update(form.errors)
    return errors


@pytest.fixture
def listed(db) -> Clinic:
    return ClinicFactory(name="Harbour Skin", slug="harbour-skin")


def maybe_hostile(value: str) -> st.SearchStrategy[Any]:
    """The real value, a hostile one, both at once (a duplicated field), or nothing."""
    return st.one_of(
        st.just(value),
        hostile_text,
        st.lists(st.one_of(st.just(value), hostile_text), min_size=2, max_size=3),
        st.just(None),
    )


def without_missing(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None}


@pytest.mark.django_db
@HYPOTHESIS
@given(
    data=st.fixed_dictionaries(
        {
            "choice": maybe_hostile("unlisted") | st.just("listed"),
            "clinic": maybe_hostile("harbour-skin"),
            "name": maybe_hostile("Sunrise Skin"),
            "country": maybe_hostile("TR"),
            "city": maybe_hostile("Izmir"),
            "website": maybe_hostile("https://sunrise.example"),
        }
    )
)
def test_the_start_page_survives_any_post(listed, data):
    count_hostile_case()
    client = Client()
    response = client.post("/check/", without_missing(data))
    # 413: a body over the anonymous limit is refused before it is read (config.middleware).
    assert response.status_code in (200, 302, 413)
    assert PatientReport.objects.count() == 0
    if response.status_code == 413:
        assert b"too large" in response.content.lower()
    elif response.status_code == 302:
        assert response["Location"] == QUESTIONS_URL
        choice = client.session["checklist_clinic"]
        if "slug" in choice:
            assert choice == {"slug": "harbour-skin"}
        else:
            unlisted = choice["unlisted"]
            assert 0 < len(unlisted["name"]) <= 200 and "\x00" not in unlisted["name"]
            assert len(unlisted["country"]) == 2
    else:
        assert_clear(form_errors(response, "unlisted_form"))
        if response.context["listed_error"]:
            assert_clear({"clinic": [response.context["listed_error"]]})


# One mutation of an otherwise correct run through the steps.
mutation = st.tuples(
    st.sampled_from(STEP_NAMES),
    st.sampled_from(
        ["value", "drop", "duplicate", "forge_step", "no_management_form", "goto", "extra_field"]
    ),
    hostile_text,
)


def valid_step(step: str) -> dict[str, Any]:
    if step == "finish":
        return {f"{PREFIX}-current_step": "finish"}
    extra = {"price_currency": "USD"} if step == "care" else {}
    return step_data(step, CAREFUL, **extra)


def mutate(data: dict[str, Any], kind: str, value: str, draw_key: int) -> dict[str, Any]:
    data = dict(data)
    fields = [key for key in data if key != f"{PREFIX}-current_step"]
    key = fields[draw_key % len(fields)] if fields else None
    if kind == "value" and key:
        data[key] = value
    elif kind == "drop" and key:
        del data[key]
    elif kind == "duplicate" and key:
        data[key] = [data[key], value]
    elif kind == "forge_step":
        data[f"{PREFIX}-current_step"] = value
    elif kind == "no_management_form":
        data.pop(f"{PREFIX}-current_step", None)
    elif kind == "goto":
        data["wizard_goto_step"] = value
    elif kind == "extra_field":
        data[value[:100] or "x"] = value
    return data


def assert_report_complete(report: PatientReport) -> None:
    assert set(report.answers) == {q.key for q in QUESTIONS}
    assert report.facts and report.assessment and report.grade
    assert report.catalogue_version


@pytest.mark.django_db
@HYPOTHESIS
@given(
    mutations=st.lists(st.tuples(mutation, st.integers(0, 50)), max_size=4),
    unlisted=st.booleans(),
)
def test_the_checklist_steps_survive_forged_and_hostile_posts(listed, mutations, unlisted):
    count_hostile_case()
    client = Client()
    if unlisted:
        client.post("/check/", {"choice": "unlisted", "name": "Sunrise Skin", "country": "TR"})
    else:
        client.post("/check/", {"choice": "listed", "clinic": "harbour-skin"})
    before = PatientReport.objects.count()
    by_step: dict[str, list[tuple[str, str, int]]] = {}
    for (step, kind, value), key in mutations:
        by_step.setdefault(step, []).append((kind, value, key))
    saved = 0
    for step in STEP_NAMES:
        posts = [valid_step(step)]
        # A mutated post first, then (as a person would) the corrected one.
        for kind, value, key in by_step.get(step, []):
            posts.insert(0, mutate(valid_step(step), kind, value, key))
        for data in posts:
            response = client.post(QUESTIONS_URL, data)
            # 413: a body over the anonymous limit is refused before it is read.
            assert response.status_code in (200, 302, 413), (step, data)
            if response.status_code == 413:
                continue
            if response.status_code == 302:
                location = response["Location"]
                assert location in (QUESTIONS_URL, "/check/") or location.startswith(
                    "/check/report/"
                ), location
                if location.startswith("/check/report/"):
                    saved += 1
                    assert client.get(location).status_code == 200
            elif response.context and "form" in response.context:
                assert_clear(dict(response.context["form"].errors))
    reports = PatientReport.objects.order_by("pk")[before:]
    assert len(reports) == saved <= 1
    for report in reports:
        assert_report_complete(report)


@pytest.mark.django_db
@HYPOTHESIS
@given(
    params=st.dictionaries(
        st.sampled_from(
            [
                "q",
                "page",
                "sort",
                "country",
                "grade",
                "cell_source",
                "price",
                "no_red_flags",
                "c",
                "diff",
            ]
        ),
        st.one_of(hostile_text, st.lists(hostile_text, min_size=2, max_size=6)),
        max_size=6,
    ),
    slug=hostile_text,
)
def test_the_directory_compare_and_search_survive_any_query(listed, params, slug):
    count_hostile_case()
    client = Client()
    for path in ("/clinics/", "/clinics/compare/", "/check/", "/check/clinics.json", "/"):
        response = client.get(path, params)
        assert response.status_code == 200, (path, params)
        if path == "/clinics/" and response.context:
            assert_clear(dict(response.context["filter"].form.errors))
    for path in (f"/clinics/{quote(slug, safe='')}/", f"/check/report/{quote(slug, safe='')}/"):
        response = client.get(path)
        assert response.status_code in (200, 404), path


@pytest.mark.django_db
def test_a_request_too_large_to_read_is_refused_with_400_or_413_not_500(listed):
    client = Client(raise_request_exception=False)
    huge = {"choice": "unlisted", "name": "x" * 3_000_000, "country": "TR"}
    # Past what an anonymous client may send: refused unread (tests/security/test_request_limits.py).
    assert client.post("/check/", huge).status_code == 413
    many = {f"field{n}": "x" for n in range(1500)}
    assert client.post("/check/", many).status_code == 400
    assert PatientReport.objects.count() == 0
    assert Clinic.objects.count() == 1
