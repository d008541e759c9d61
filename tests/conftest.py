import pytest
from django.contrib.auth.models import Group, User

from clinics.roles import CURATORS, REVIEWERS
from tests.factories import (
    ClaimFactory,
    ClinicCredentialFactory,
    ClinicFactory,
    CredentialFactory,
    EvidenceFactory,
    PractitionerFactory,
    PriceQuoteFactory,
    ProcessingProtocolFactory,
)


def _staff(username: str, group: str) -> User:
    user = User.objects.create_user(username, password="pw-for-tests-only", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def curator(db) -> User:
    return _staff("curator", CURATORS)


@pytest.fixture
def reviewer(db) -> User:
    return _staff("reviewer", REVIEWERS)


@pytest.fixture
def careful_clinic(db):
    clinic = ClinicFactory(
        name="Careful Clinic",
        slug="careful-clinic",
        consultation=True,
        written_consent=True,
        consent_states_limited_data=True,
        risks_disclosed=True,
        follow_up=True,
        complication_reporting=True,
        outcomes_published=True,
        procedures_performed=400,
        charges_for_trial=False,
        markets_treatments=True,
        release_testing=True,
        adverse_event_reporting=True,
        offered_as_study=False,
        sales_pressure=False,
    )
    CredentialFactory(practitioner=PractitionerFactory(clinic=clinic))
    ClinicCredentialFactory(clinic=clinic)
    ProcessingProtocolFactory(clinic=clinic)
    ClaimFactory(clinic=clinic)
    PriceQuoteFactory(clinic=clinic)
    EvidenceFactory(clinic=clinic)
    return clinic


@pytest.fixture
def red_flag_clinic(db):
    clinic = ClinicFactory(
        name="Red Flag Clinic", slug="red-flag-clinic", country="MX", city="Tijuana"
    )
    CredentialFactory(
        practitioner=PractitionerFactory(clinic=clinic, specialty="other", years_experience=1),
        expires_on="2020-01-01",
        issued_on="2010-01-01",
    )
    ProcessingProtocolFactory(
        clinic=clinic, cell_source="umbilical_cord", processing="open", documented=False
    )
    ClaimFactory(clinic=clinic, text="Permanent results, guaranteed. Zero risk.")
    PriceQuoteFactory(clinic=clinic, min_usd=900, max_usd=1200)
    return clinic


@pytest.fixture(autouse=True)
def _english():
    # A request to /es/ or /tr/ leaves its language active in the thread: each test starts in
    # the site's default language, as a fresh request does.
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Cached pages and rate-limit counters must not leak from one test into the next.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
