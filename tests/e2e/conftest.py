"""Browser tests in Debian's Chromium, driven by Playwright against pytest-django's live server.

Chromium comes from the system (`apt-get install chromium`); these tests never download a
browser. Without `chromium` on PATH every test marked `e2e` is skipped, with the reason.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; the live server's database work
# is ordinary synchronous Django, which would otherwise refuse to run next to it.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = shutil.which("chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SKIP_REASON = (
    "chromium is not on PATH: install Debian's chromium (apt-get install chromium) to run the "
    "browser tests in tests/e2e"
)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
VIEWPORTS: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 2,
    },
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if CHROMIUM:
        return
    skip = pytest.mark.skip(reason=SKIP_REASON)
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def demo_site(live_server: Any) -> str:
    """The live server's address, with the fictional demo clinics loaded and scored."""
    call_command("seed_demo", stdout=io.StringIO())
    return live_server.url


def _open_page(browser: Any, viewport: str, **options: Any) -> Iterator[Any]:
    context = browser.new_context(**VIEWPORTS[viewport], **options)
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def desktop(browser: Any) -> Iterator[Any]:
    """A page at the desktop size only (the staff's screens)."""
    yield from _open_page(browser, "desktop")


@pytest.fixture(params=sorted(VIEWPORTS))
def viewport(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def page(browser: Any, viewport: str) -> Iterator[Any]:
    """A fresh page in the viewport under test (desktop 1280x900, phone 390x844)."""
    yield from _open_page(browser, viewport)


@pytest.fixture
def no_js_page(browser: Any) -> Iterator[Any]:
    yield from _open_page(browser, "desktop", java_script_enabled=False)


def screenshot(page: Any, name: str, viewport: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}-{viewport}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
