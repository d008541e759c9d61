"""Every public page and every admin page costs the same queries with 10 and with 1,000 clinics.

One database for the whole module: 10 generated clinics (bench/generate.py, each published with
practitioners and their licences, a facility licence, a protocol, claims, a price, evidence and
a current assessment, imported through clinics_import) and a shared patient report for every
tenth clinic. Each page is measured, 990 more generated clinics are added (bulk_create, then
assessments_refresh) and each page is measured again. Public pages are measured uncached (the
cache is cleared before each request): a cached answer costs one query whatever the data.
Everything is written inside one transaction, rolled back when the module ends, so no other
test sees these rows. A page whose count grows is marked in GROWS with the query that grows.
"""

from __future__ import annotations

import copy
import datetime
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from axes.models import AccessFailureLog
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from bench.generate import profiles
from capture.services import capture_upload
from checklist.models import ClaimLabel, PatientReport
from checklist.services.assessments import assessments_refresh, clinics_import_and_score
from checklist.services.reports import report_create
from clinics.enforcement import enforcement_import
from clinics.models import (
    Claim,
    Clinic,
    Credential,
    Document,
    EnforcementAction,
    Evidence,
    Practitioner,
    PriceQuote,
    ProcessingProtocol,
    WebsitePage,
)
from clinics.portal import Upload, correction_submit, invitation_create, portal_facts
from clinics.registers import registers_load_file
from jobs.models import Job
from jobs.services import job_run, job_start
from jobs.tasks import run_job
from tests.checklist.test_answers import CAREFUL
from tests.clinics.test_enforcement import CSV_HEADER

# The tests only read what the module fixture measured; the mark makes pytest-django create the
# test database that the fixture writes to.
pytestmark = pytest.mark.django_db

SMALL, LARGE = 10, 1_000
REPORT_EVERY = 10
DIRECTORY_PAGE = 20  # clinics.views.PAGE_SIZE


def realistic(profile: dict[str, Any]) -> dict[str, Any]:
    """The generated profile, published and with at least one of every kind of child (the
    generator leaves some out at random, as real profiles do; a page must cost the same
    either way, but here every relation has rows to load)."""
    profile = copy.deepcopy(profile)
    i = profile["slug"].rsplit("-", 1)[1]
    profile["published"] = True
    if not profile["practitioners"]:
        profile["practitioners"] = [
            {
                "name": f"Dr. Scaling {i}",
                "role": "Treating physician",
                "specialty": "dermatology",
                "years_experience": 9,
                "credentials": [],
            }
        ]
    for practitioner in profile["practitioners"]:
        if not practitioner["credentials"]:
            practitioner["credentials"] = [
                {
                    "kind": "medical_license",
                    "issuer": "Medical board",
                    "number": f"S{i}",
                    "expires_on": "2029-12-31",
                    "verified": True,
                    "verified_by": "Test curator",
                    "verified_on": "2026-10-01",
                }
            ]
    if not profile["credentials"]:
        profile["credentials"] = [
            {
                "kind": "facility_license",
                "issuer": "Health authority",
                "number": f"G{i}",
                "expires_on": "2028-06-30",
            }
        ]
    if not profile["claims"]:
        profile["claims"] = [{"text": f"At clinic {i}: permanent results, guaranteed."}]
    if not profile["evidence"]:
        profile["evidence"] = [{"kind": "publication", "identifier": f"10.5555/scaling.{i}"}]
    return profile


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _credential(data: dict[str, Any], **owner: Any) -> Credential:
    return Credential(
        **owner,
        kind=data["kind"],
        issuer=data["issuer"],
        number=data["number"],
        expires_on=_date(data.get("expires_on")),
        verified=data.get("verified"),
        verified_by=data.get("verified_by", ""),
        verified_on=_date(data.get("verified_on")),
    )


def bulk_add(data: list[dict[str, Any]]) -> None:
    """The same profiles written with bulk_create and scored with assessments_refresh:
    clinics_import checks every field and constraint of every row, some 25 s for 990 clinics."""
    records = [realistic(p) for p in data]
    fields = ("slug", "name", "country", "city", "website", "description", "published")
    clinics = Clinic.objects.bulk_create(
        [Clinic(**{k: p[k] for k in fields}, **p["practices"]) for p in records]
    )
    people = [
        (Practitioner(clinic=clinic, **{k: v for k, v in d.items() if k != "credentials"}), d)
        for clinic, p in zip(clinics, records, strict=True)
        for d in p["practitioners"]
    ]
    Practitioner.objects.bulk_create([practitioner for practitioner, _ in people])
    children: list[Any] = [
        _credential(c, practitioner=practitioner)
        for practitioner, d in people
        for c in d["credentials"]
    ]
    for clinic, p in zip(clinics, records, strict=True):
        children += [_credential(d, clinic=clinic) for d in p["credentials"]]
        children += [ProcessingProtocol(clinic=clinic, **d) for d in p["protocols"]]
        children += [Claim(clinic=clinic, **d) for d in p["claims"]]
        children += [PriceQuote(clinic=clinic, **d) for d in p["prices"]]
        children += [Evidence(clinic=clinic, **d) for d in p["evidence"]]
    for model in (Credential, ProcessingProtocol, Claim, PriceQuote, Evidence):
        model.objects.bulk_create([c for c in children if type(c) is model])
    assessments_refresh(queryset=Clinic.objects.filter(pk__in=[c.pk for c in clinics]))


def add_reports(data: list[dict[str, Any]]) -> None:
    slugs = [p["slug"] for p in data[::REPORT_EVERY]]
    for clinic in Clinic.objects.filter(slug__in=slugs).select_related("current_assessment"):
        report_create(clinic=clinic, unlisted=None, answers=CAREFUL, shared=True)
    # A curator's label on each of those clinics' claims, for the labels' list.
    ClaimLabel.objects.bulk_create(
        ClaimLabel(claim=claim, category="cure", decision="added", reason="Scaling fixture.")
        for claim in Claim.objects.filter(clinic__slug__in=slugs)
    )
    # An enforcement record naming each of those clinics, imported, linked to the clinic and to
    # one practitioner, with its proposed matches: for the enforcement lists and clinic pages.
    rows = "".join(
        f'FDA (fictional),warning_letter,,2024-01-{1 + i % 28:02d},,"{clinic.name}",,'
        f'"{clinic.city}",,,,products,https://agency.example/{clinic.slug},\n'
        for i, clinic in enumerate(Clinic.objects.filter(slug__in=slugs))
    )
    enforcement_import(text=CSV_HEADER + rows, source="csv")
    for action in EnforcementAction.objects.filter(
        company__in=[*Clinic.objects.filter(slug__in=slugs).values_list("name", flat=True)]
    ):
        clinic = Clinic.objects.get(name=action.company)
        action.clinics.add(clinic)
        action.practitioners.add(*clinic.practitioners.all()[:1])
    # A captured page of each such clinic's website, watched: for the capture's lists and the
    # clinic page's "Website last checked".
    for clinic in Clinic.objects.filter(slug__in=slugs):
        capture_upload(clinic, body=b"<p>Our own fat cells, processed the same day.</p>", name="x")
        WebsitePage.objects.create(
            clinic=clinic, url=f"https://{clinic.slug}.example/", last_checked_at=timezone.now()
        )
    # The clinic's right of reply: an invitation, a correction with its document, the portal's
    # log; and a document behind one of the clinic's credentials.
    for clinic in Clinic.objects.filter(slug__in=slugs):
        invitation, _ = invitation_create(clinic)
        fact = portal_facts(clinic)[0]
        correction_submit(
            invitation,
            fact=fact,
            action="dispute",
            proposed_value="",
            statement="Scaling fixture.",
            uploads=[Upload("a.pdf", b"%PDF-1.4\n%%EOF\n")],
        )
        credential = Credential.objects.filter(clinic=clinic).first()
        if credential is not None:
            Document.store(
                b"%PDF-1.4\n%%EOF\n",
                name="licence.pdf",
                clinic=clinic,
                uploaded_via="staff",
                credential=credential,
            )
    # A background job per such clinic, each rescoring it, queued on the database backend and
    # then run: for the jobs' list and the task backend's own.
    for clinic in Clinic.objects.filter(slug__in=slugs):
        job = job_start("rescore", params={"scope": "clinics", "ids": [clinic.pk]})
        result = run_job.enqueue(job.pk)
        Job.objects.filter(pk=job.pk).update(task_id=str(result.id))
        job_run(job.pk)


@dataclass(frozen=True)
class Site:
    """What a page's address is built from, read afresh at each size."""

    first: Clinic
    slugs: list[str]
    report: PatientReport
    published: int


def site() -> Site:
    clinics = list(Clinic.objects.filter(published=True).order_by("pk")[:4])
    return Site(
        first=clinics[0],
        slugs=[c.slug for c in clinics],
        report=PatientReport.objects.order_by("pk").first(),
        published=Clinic.objects.filter(published=True).count(),
    )


@dataclass(frozen=True)
class Page:
    name: str
    url: Callable[[Site], str]
    bound: int
    staff: bool = False


def changelist(model: type, query: str = "") -> Callable[[Site], str]:
    opts = model._meta
    return lambda s: reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist") + query


def last_directory_page(s: Site) -> str:
    return f"{reverse('clinics:directory')}?page={math.ceil(s.published / DIRECTORY_PAGE)}"


# Public pages start with the data version (pagecache), then their own queries.
PUBLIC = [
    # 1: recent clinics joined to their assessment
    Page("home", lambda s: reverse("clinics:home"), 2),
    # 1: countries for the filter  2: count  3: the page's keys  4: those clinics joined to
    # their assessment
    Page("directory, first page", lambda s: reverse("clinics:directory"), 5),
    Page(
        "directory, filtered and sorted",
        lambda s: (
            reverse("clinics:directory")
            + "?grade=C&cell_source=own_only&price=7000_15000&sort=price"
        ),
        5,
    ),
    Page("directory, last page", last_directory_page, 5),
    Page("directory, search", lambda s: reverse("clinics:directory") + "?q=Izmir", 5),
    # 1: the clinic with its assessment and price  2-3: practitioners and their credentials
    # 4: clinic credentials  5: protocols  6: claims  7: prices  8: evidence
    # 9: enforcement actions naming the clinic or its doctors  10: when the lists were read
    # 11: graded clinics in its country and price band (the generated first clinic is an F;
    # other grades' pages skip it)  12: the clinic's disputes and accepted corrections
    # (the page's data version is read first: 13)
    Page("clinic page", lambda s: s.first.get_absolute_url(), 13),
    # 1: the chosen clinics with their assessment and price
    Page(
        "compare, 4 clinics",
        lambda s: reverse("clinics:compare") + "?" + "&".join(f"c={slug}" for slug in s.slugs),
        2,
    ),
    Page("methodology", lambda s: reverse("checklist:methodology"), 1),
    # Not cached pages: the start page reads nothing until asked to search.
    Page("check start", lambda s: reverse("checklist:start"), 0),
    Page("check start, search", lambda s: reverse("checklist:start") + "?q=Bench", 1),
    Page("clinic suggestions JSON", lambda s: reverse("checklist:suggestions") + "?q=Bench", 1),
    # 1: whether the page may come from the cache (a shared report's may not)  2: the report
    # with its clinic, the clinic's assessment and its other versions  3: the public registers
    # of its country
    Page("report page", lambda s: s.report.private_url(), 3),
]

# A changelist costs the session, the superuser, a filtered count and the total count, and the
# page's rows joined to what the columns show; then what its filters list. Lists that load their
# keys first (clinics.curation.KeysFirstMixin) read the page's keys, then its rows: one query more,
# at any length, so that a deep page costs what the first does.
CHANGELIST_QUERIES = {
    "axes.AccessAttempt": 8,  # + date bounds, date hierarchy, paths
    "axes.AccessLog": 8,
    "axes.AccessFailureLog": 8,
    "auth.Group": 5,
    "auth.User": 6,  # + groups
    "clinics.Clinic": 7,  # + keys, countries
    "clinics.Practitioner": 5,
    "clinics.Credential": 5,
    "checklist.ClinicAssessment": 7,  # + keys, catalogue versions (date ranges need no query)
    # + clinics with a report, date bounds, days, reviewers for "Assign to"
    "checklist.PatientReport": 9,
    "checklist.ClaimLabel": 5,
    "clinics.EnforcementAction": 8,  # + date bounds and years, agencies for the filter
    "clinics.EnforcementMatch": 5,
    "clinics.EnforcementImport": 5,
    "clinics.PublicRegister": 6,  # + the countries that have a register
    "jobs.Job": 6,  # + the kinds for the filter
    "clinics.Document": 6,  # + content types for the filter
    "clinics.ClinicInvitation": 6,  # + revoked dates for the filter
    "clinics.ClinicCorrection": 8,  # + date bounds, years, documents prefetched
    "clinics.PortalEvent": 5,
    "clinics.Snapshot": 9,  # + the date hierarchy's bounds, years, pending counts read per row
    "clinics.WebsitePage": 5,
    # the task backend's own list (superusers): + priorities and queues for its filters
    "django_tasks_database.DBTaskResult": 7,
}
CLINIC_LIST = CHANGELIST_QUERIES["clinics.Clinic"]

ADMIN = [
    # session, user, clinic, report and credential counts (one aggregate each), recent actions,
    # the jobs panel (one aggregate, the latest failures)
    Page("admin index (dashboard)", lambda s: reverse("admin:index"), 8, staff=True),
    *(
        # A newly registered model fails here, with its queries listed, until it is pinned.
        Page(
            f"admin changelist: {model._meta.label}",
            changelist(model),
            CHANGELIST_QUERIES.get(model._meta.label, 0),
            staff=True,
        )
        for model in admin.site._registry
    ),
    Page(
        "admin changelist: clinics by score", changelist(Clinic, "?o=-4"), CLINIC_LIST, staff=True
    ),
    Page(
        "admin changelist: clinics of grade F",
        changelist(Clinic, "?grade=F"),
        CLINIC_LIST,
        staff=True,
    ),
    Page(
        "admin changelist: clinics search", changelist(Clinic, "?q=Izmir"), CLINIC_LIST, staff=True
    ),
    Page(
        "admin changelist: report queue, new and disagreeing",
        changelist(PatientReport, "?status__exact=new&discrepancy=yes"),
        CHANGELIST_QUERIES["checklist.PatientReport"],
        staff=True,
    ),
    # session, user, clinic, six inlines (the review panel shows the claims inline's), score
    # history, curators' labels on the claims (one query for all of them), the doctors'
    # credentials listed in the practitioner inline (one query for all doctors), the last
    # review (a clinic changed since its review also reads its rows once to list the changes:
    # test_review_marks pins that page), the website panel's watched pages, snapshots and
    # citations, the clinic's latest invitations and corrections
    Page(
        "admin clinic change page",
        lambda s: reverse("admin:clinics_clinic_change", args=[s.first.pk]),
        18,
        staff=True,
    ),
    # session, user, clinic, count, the clinic's history rows
    Page(
        "admin clinic history",
        lambda s: reverse("admin:clinics_clinic_history", args=[s.first.pk]),
        5,
        staff=True,
    ),
    # session, user, then the clinic page's twelve (an F: graded clinics nearby)
    Page(
        "clinic preview (staff)",
        lambda s: reverse("clinics:preview", args=[s.first.slug]),
        14,
        staff=True,
    ),
]

# Pages measured to cost more queries at 1,000 clinics than at 10: page name -> the query that
# grows. They are expected to fail (strictly) until the view is fixed.
GROWS: dict[str, str] = {}

PAGES = [
    pytest.param(page, id=page.name, marks=pytest.mark.xfail(strict=True, reason=GROWS[page.name]))
    if page.name in GROWS
    else pytest.param(page, id=page.name)
    for page in (*PUBLIC, *ADMIN)
]


@dataclass(frozen=True)
class Measured:
    url: str
    sql: list[str]
    error: str = ""
    # How many rows a list page found (None for other pages): an empty list skips the
    # queries of its rows' relations, so a constant count over nothing proves nothing.
    rows: int | None = None


def listed(context: Any) -> int | None:
    if context is None:
        return None
    if "cl" in context:
        return context["cl"].result_count
    if "page" in context and hasattr(context["page"], "paginator"):
        return context["page"].paginator.count
    if "matches" in context and context.get("query"):
        return len(context["matches"])
    return None


def measure_page(client: Client, url: str) -> Measured:
    """The queries of one uncached request; a page that fails fails its own test only."""
    cache.clear()
    try:
        # Undone on its own: a page that breaks the transaction leaves the others measurable.
        with transaction.atomic(), CaptureQueriesContext(connection) as captured:
            response = client.get(url)
    except Exception as error:  # reported by the page's own test
        return Measured(url, [], f"{type(error).__name__}: {error}")
    sql = [q["sql"] for q in captured.captured_queries]
    if response.status_code != 200:
        return Measured(url, sql, f"answered {response.status_code}")
    rows = len(response.json()["results"]) if url.endswith(".json") or ".json?" in url else None
    return Measured(url, sql, rows=listed(response.context) if rows is None else rows)


def measure(public: Client, staff: Client) -> dict[str, Measured]:
    # A running site has looked up every content type once (the admin's log and history
    # links read them); the first page to need one must not pay for the others.
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*apps.get_models())
    now = site()
    return {
        page.name: measure_page(staff if page.staff else public, page.url(now))
        for page in (*PUBLIC, *ADMIN)
    }


@pytest.fixture(scope="module")
def scaling(django_db_setup, django_db_blocker) -> Iterator[dict[str, tuple[Measured, Measured]]]:
    data = profiles(LARGE)
    with django_db_blocker.unblock(), transaction.atomic():
        public, staff = Client(), Client()
        User.objects.create_superuser("scaling", password="pw-for-tests-only")
        # One failed sign-in, so that the lockout lists have a row to show (the failure log is
        # off in settings: its row is written here).
        Client().post(reverse("admin:login"), {"username": "scaling", "password": "wrong"})
        AccessFailureLog.objects.create(
            username="scaling", ip_address="127.0.0.1", user_agent="test", path_info="/admin/login/"
        )
        staff.force_login(User.objects.get(username="scaling"))
        # The cited public registers, for their list and the report's section.
        registers_load_file()
        clinics_import_and_score(data=[realistic(p) for p in data[:SMALL]])
        add_reports(data[:SMALL])
        small = measure(public, staff)
        bulk_add(data[SMALL:])
        add_reports(data[SMALL:])
        assert Clinic.objects.filter(published=True).count() == LARGE
        large = measure(public, staff)
        yield {name: (small[name], large[name]) for name in small}
        transaction.set_rollback(True)
    cache.clear()


LITERALS = re.compile(r"'[^']*'|\b\d+(\.\d+)?\b")


def _shape(sql: str) -> str:
    return LITERALS.sub("?", sql)


def growth(small: list[str], large: list[str]) -> str:
    """The queries (literals blanked) that run more often at 1,000 clinics than at 10."""
    more = Counter(map(_shape, large)) - Counter(map(_shape, small))
    return "\n".join(f"{n} more x {sql[:400]}" for sql, n in more.items()) or "(none)"


@pytest.mark.parametrize("page", PAGES)
def test_each_page_costs_the_same_queries_with_10_and_1000_clinics(scaling, page):
    small, large = scaling[page.name]
    assert not small.error and not large.error, f"{small.url}: {small.error or large.error}"
    assert small.rows != 0 and large.rows != 0, f"{small.url} lists nothing to measure"
    assert len(large.sql) == len(small.sql), (
        f"{page.name}: {len(small.sql)} queries at {SMALL} clinics, {len(large.sql)} at {LARGE}; "
        f"more often:\n{growth(small.sql, large.sql)}"
    )
    assert len(small.sql) <= page.bound, (
        f"{page.name}: {len(small.sql)} queries, pinned at {page.bound}:\n" + "\n".join(small.sql)
    )
