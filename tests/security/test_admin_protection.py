"""The staff admin: lockout after repeated failed logins, a movable address, strong passwords."""

from __future__ import annotations

import datetime
import importlib

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client, override_settings
from django.urls import clear_url_caches, reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def staff(db) -> User:
    return User.objects.create_user("maria", password=PASSWORD, is_staff=True, is_superuser=True)


def login(client: Client, password: str, username: str = "maria"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
    )


def test_repeated_failed_admin_logins_lock_out_that_username_from_that_address(staff, address):
    client = Client(REMOTE_ADDR=address)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        failed = login(client, "wrong password")
        assert failed.status_code == 200
        assert "Please enter the correct username and password" in failed.content.decode()
    locked = login(client, "wrong password")
    assert locked.status_code == 429
    assert "axes/lockout.html" in [t.name for t in locked.templates]
    assert locked["Retry-After"] == "3600"
    body = locked.content.decode()
    assert "After 5 failed sign-in attempts" in body and "for 60 minutes" in body
    # Locked: even the right password is refused now.
    assert login(client, PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_lockout_holds_one_username_at_one_address_only(staff, address, other_address):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(Client(REMOTE_ADDR=address), "wrong password")
    # The same person from elsewhere, and another account from the same address, still sign in.
    assert login(Client(REMOTE_ADDR=other_address), PASSWORD).status_code == 302
    User.objects.create_user("joao", password=PASSWORD, is_staff=True)
    assert login(Client(REMOTE_ADDR=address), PASSWORD, username="joao").status_code == 302


def test_a_lockout_ends_after_the_cool_off_time(staff, address):
    client = Client(REMOTE_ADDR=address)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "wrong password")
    assert login(client, PASSWORD).status_code == 429
    an_hour_ago = timezone.now() - settings.AXES_COOLOFF_TIME - datetime.timedelta(seconds=1)
    AccessAttempt.objects.update(attempt_time=an_hour_ago)
    assert login(client, PASSWORD).status_code == 302


def test_a_successful_login_resets_the_count_of_failures(staff, address):
    client = Client(REMOTE_ADDR=address)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "wrong password")
    assert login(client, PASSWORD).status_code == 302
    client.logout()
    assert login(client, "wrong password").status_code == 200


def test_force_login_in_tests_is_untouched_by_the_lockout(client, staff):
    client.force_login(staff)
    assert client.get(reverse("admin:index")).status_code == 200


@pytest.fixture
def moved_admin():
    import config.urls

    with override_settings(ADMIN_URL="staff-7f3k/"):
        clear_url_caches()
        importlib.reload(config.urls)
        yield
    clear_url_caches()
    importlib.reload(config.urls)


def test_the_admin_url_is_moved_by_a_setting(moved_admin, client, staff):
    assert reverse("admin:index") == "/staff-7f3k/"
    assert client.get("/admin/").status_code == 404
    client.force_login(staff)
    assert client.get("/staff-7f3k/").status_code == 200


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Xk3!vq9", "This password is too short. It must contain at least 12 characters."),
        ("password1234", "This password is too common."),
        ("384729105738", "This password is entirely numeric."),
        ("maria.staff.2026", "The password is too similar to the username."),
    ],
)
def test_weak_staff_passwords_are_refused_with_the_reason(password, message):
    user = User(username="maria.staff.2026")
    with pytest.raises(ValidationError) as refused:
        validate_password(password, user)
    assert message in refused.value.messages
    validate_password("tidal-orchid-quarry-58", user)


def test_the_admin_refuses_a_weak_password_for_a_new_staff_account(client, staff):
    client.force_login(staff)
    response = client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "newcurator",
            "password1": "short1",
            "password2": "short1",
            "usable_password": "true",
        },
    )
    assert response.status_code == 200
    assert "This password is too short. It must contain at least 12 characters." in (
        response.content.decode()
    )
    assert not User.objects.filter(username="newcurator").exists()


@pytest.fixture
def clock(monkeypatch):
    """The rate limiter's and the staff session's clock, moved on by the tests."""
    from config import middleware, ratelimit

    moment = {"t": 1_800_000_000.0 - 1_800_000_000.0 % 3600 + 1}
    monkeypatch.setattr(ratelimit, "clock", lambda: moment["t"])
    monkeypatch.setattr(middleware, "clock", lambda: moment["t"])
    return moment


def test_password_spraying_across_usernames_from_one_address_is_limited(
    staff, address, other_address, clock
):
    """The attack: one address trying a common password against many usernames; django-axes
    counts per username and address, so no lockout ever came."""
    client = Client(REMOTE_ADDR=address)
    with override_settings(RATELIMIT_ENABLED=True, ADMIN_LOGINS_PER_HOUR=3):
        for name in ("ana", "bo", "cy"):
            assert login(client, "Summer2026!", username=name).status_code == 200
        sprayed = login(client, "Summer2026!", username="dee")
        assert sprayed.status_code == 429
        assert sprayed["Retry-After"] == "3599"
        assert "too many sign-in attempts" in sprayed.content.decode()
        # Even the right password waits: the address, not the username, is limited.
        assert login(client, PASSWORD).status_code == 429
        # Another address signs in; the sign-in page itself still opens.
        assert login(Client(REMOTE_ADDR=other_address), PASSWORD).status_code == 302
        assert client.get(reverse("admin:login")).status_code == 200
        clock["t"] += 3600
        assert login(client, PASSWORD).status_code == 302


def test_a_refused_next_after_sign_in_lands_on_the_admin_index(staff, address):
    client = Client(REMOTE_ADDR=address)
    for unsafe in ("https://evil.example/", "//evil.example/", "https:/\\evil.example"):
        response = client.post(
            reverse("admin:login"),
            {"username": "maria", "password": PASSWORD, "next": unsafe},
        )
        assert response.status_code == 302
        assert response["Location"] == reverse("admin:index")
        assert client.get(response["Location"]).status_code == 200
        client.logout()


def signed_in(address: str) -> Client:
    client = Client(REMOTE_ADDR=address)
    assert login(client, PASSWORD).status_code == 302
    return client


def test_a_staff_session_ends_after_a_pause(staff, address, clock):
    client = signed_in(address)
    clock["t"] += 29 * 60
    assert client.get(reverse("admin:index")).status_code == 200
    clock["t"] += 29 * 60  # 58 minutes after signing in, 29 after the last request
    assert client.get(reverse("admin:index")).status_code == 200
    clock["t"] += 30 * 60
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert "_auth_user_id" not in client.session


def test_a_staff_session_ends_after_a_working_day_however_active(staff, address, clock):
    client = signed_in(address)
    for _ in range(8 * 3 + 2):  # a request every 20 minutes for 8 h 40 min
        clock["t"] += 20 * 60
        assert client.get(reverse("admin:index")).status_code == 200
    clock["t"] += 20 * 60  # 9 h
    assert client.get(reverse("admin:index")).status_code == 302


def test_the_stored_staff_session_and_its_cookie_end_at_the_idle_limit(staff, address, clock):
    client = signed_in(address)
    client.get(reverse("admin:index"))
    assert client.session.get_expiry_age() == settings.STAFF_IDLE_MINUTES * 60
    assert client.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 30 * 60


def test_a_patients_checklist_session_is_not_timed_out(db, address, clock):
    from tests.checklist.test_checklist_views import QUESTIONS_URL, choose_unlisted

    client = Client(REMOTE_ADDR=address)
    assert choose_unlisted(client).status_code == 302
    clock["t"] += 5 * 3600  # a patient may come back to a half-finished checklist
    assert client.get(QUESTIONS_URL).status_code == 200
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
