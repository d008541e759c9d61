"""Public enforcement records: reading the lists, keeping what concerns cell and tissue
products, and proposing which clinics and practitioners they name.

Two formats are read (``SOURCES``):
- ``fda-warning-letters``: the columns of FDA's published warning-letter list (posted date,
  letter issue date, company name, issuing office, subject, response letter, close-out letter);
  a letter is kept when it comes from the Center for Biologics (CBER) or its subject names cell,
  tissue or HCT/P products;
- ``csv``: our generic format for every other source (court orders, FTC and state actions,
  board discipline, foreign regulators), one column per field of ``EnforcementAction``
  (docs/enforcement.md).

``enforcement_import`` writes all or nothing, names the row and column of any error, is
idempotent (a record read again updates its action), records the run (``EnforcementImport``)
and proposes matches. Matching is by normalised name (rapidfuzz), website domain and city;
it only ever proposes: a curator accepts a match (the action is linked) or dismisses it, and a
dismissed match is never proposed again.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django_countries import countries
from rapidfuzz import fuzz, process

from pagecache.cache import public_data_changed

from .cells import cell_in, cell_out
from .choices import EnforcementConcern, EnforcementKind, MatchStatus
from .models import (
    Clinic,
    EnforcementAction,
    EnforcementImport,
    EnforcementMatch,
    Practitioner,
)

FDA_LIST_URL = (
    "https://www.fda.gov/inspections-compliance-enforcement-and-criminal-investigations/"
    "compliance-actions-and-activities/warning-letters"
)
FDA_COLUMNS = (
    "Posted Date",
    "Letter Issue Date",
    "Company Name",
    "Issuing Office",
    "Subject",
    "Response Letter",
    "Closeout Letter",
)
CSV_COLUMNS = (
    "agency",
    "kind",
    "reference",
    "issued_on",
    "closed_out_on",
    "company",
    "website",
    "city",
    "country",
    "subject",
    "products",
    "concerns",
    "url",
    "summary",
)
CSV_REQUIRED = ("agency", "kind", "issued_on", "company", "url")
SOURCES = ("fda-warning-letters", "csv")

# What makes a warning letter ours: the biologics centre or its field offices, a subject about
# cells and tissues, or a firm named for them ("Cellular Rx", a supplement seller, is not).
_CELL_OR_TISSUE = re.compile(
    r"biologic|\bcber\b|hct/?ps?\b|human\s+cells?|cellular\s+(?:and|product|therap)|tissue"
    r"|stem\s*cell|umbilical|amnio|placent|wharton|exosome|cord\s+blood|regenerative|\bsvf\b"
    r"|stromal\s+vascular",
    re.IGNORECASE,
)
_CELL_OR_TISSUE_FIRM = re.compile(
    r"stem\s*cell|\bcord\s+(?:blood|bank)|amnio|regenerat|exosome|wharton|placent|biologic",
    re.IGNORECASE,
)

# Match thresholds (0-100): proposed at or above PROPOSE; a website's domain alone is enough.
PROPOSE = 88
_LEGAL_WORDS = frozenset(
    [
        "llc",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "ltd",
        "limited",
        "pllc",
        "plc",
        "pc",
        "pa",
        "lp",
        "llp",
        "sa",
        "de",
        "cv",
        "srl",
        "gmbh",
        "the",
        "dba",
    ]
)


class EnforcementImportError(Exception):
    """The file cannot be imported; nothing was written. Each message names the row and
    column at fault."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__("\n".join(errors))


@dataclass
class Record:
    """One row of a list, as the fields of an EnforcementAction."""

    agency: str
    kind: str
    issued_on: datetime.date
    company: str
    url: str
    reference: str = ""
    closed_out_on: datetime.date | None = None
    website: str = ""
    city: str = ""
    country: str = ""
    subject: str = ""
    products: str = ""
    concerns: list[str] = field(default_factory=list)
    summary: str = ""


@dataclass(frozen=True)
class ImportSummary:
    rows: int
    kept: int
    created: int
    updated: int
    proposed: int

    def __str__(self) -> str:
        return (
            f"{self.rows} rows read, {self.kept} about cell or tissue products: "
            f"{self.created} new actions, {self.updated} updated; "
            f"{self.proposed} matches proposed to curators"
        )


# --- Reading ------------------------------------------------------------------------------------


def _date(value: str, formats: Sequence[str]) -> datetime.date:
    for fmt in formats:
        try:
            return datetime.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{value!r} is not a date ({' or '.join(formats)})")


def _rows(text: str, expected: Sequence[str]) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or ()]
    missing = [c for c in expected if c not in header]
    if missing:
        raise EnforcementImportError(
            [f"header: missing column(s) {', '.join(missing)}; expected {', '.join(expected)}"]
        )
    # A cell our export wrote behind an apostrophe (clinics.cells) reads back as it was.
    return [{(k or "").strip(): cell_in(v or "").strip() for k, v in row.items()} for row in reader]


def read_fda_list(text: str) -> tuple[int, list[Record]]:
    """FDA's warning-letter list: (rows read, the letters about cell or tissue products)."""
    rows = _rows(text, FDA_COLUMNS)
    kept: list[Record] = []
    errors: list[str] = []
    for number, row in enumerate(rows, start=2):
        office, subject = row["Issuing Office"], row["Subject"]
        if not (
            _CELL_OR_TISSUE.search(f"{office} {subject}")
            or _CELL_OR_TISSUE_FIRM.search(row["Company Name"])
        ):
            continue
        try:
            issued = _date(row["Letter Issue Date"], ("%m/%d/%Y", "%Y-%m-%d"))
            closed = row["Closeout Letter"]
            closed_on = _date(closed, ("%m/%d/%Y", "%Y-%m-%d")) if closed else None
        except ValueError as error:
            errors.append(f"row {number}: {error}")
            continue
        if not row["Company Name"]:
            errors.append(f"row {number}: Company Name: required")
            continue
        kept.append(
            Record(
                agency=f"FDA ({office})" if office else "FDA",
                kind=EnforcementKind.WARNING_LETTER,
                issued_on=issued,
                closed_out_on=closed_on,
                company=row["Company Name"],
                subject=subject[:300],
                url=FDA_LIST_URL,
                concerns=[EnforcementConcern.PRODUCTS],
            )
        )
    if errors:
        raise EnforcementImportError(errors)
    return len(rows), kept


def read_csv(text: str) -> tuple[int, list[Record]]:
    """Our generic format: every row is kept (the curator chose the records)."""
    rows = _rows(text, CSV_COLUMNS)
    records: list[Record] = []
    errors: list[str] = []
    kinds = set(EnforcementKind.values)
    concerns = set(EnforcementConcern.values)
    for number, row in enumerate(rows, start=2):
        problems = [f"{c}: required" for c in CSV_REQUIRED if not row[c]]
        if row["kind"] and row["kind"] not in kinds:
            problems.append(f"kind: {row['kind']!r} is not one of {', '.join(sorted(kinds))}")
        named = [c.strip() for c in row["concerns"].split(";") if c.strip()]
        if unknown := [c for c in named if c not in concerns]:
            problems.append(
                f"concerns: {', '.join(unknown)} not one of {', '.join(sorted(concerns))}"
            )
        country = row["country"]
        if country and country.upper() not in countries:
            code = countries.by_name(country)
            if not code:
                problems.append(f"country: {country!r} is not an ISO 3166 code or name")
            country = code or ""
        dates: dict[str, datetime.date | None] = {}
        for column in ("issued_on", "closed_out_on"):
            try:
                dates[column] = _date(row[column], ("%Y-%m-%d",)) if row[column] else None
            except ValueError as error:
                problems.append(f"{column}: {error}")
        if row["website"] and "://" not in row["website"]:
            row["website"] = f"https://{row['website']}"  # lists often give a bare domain
        for column in ("url", "website"):
            if row[column] and urlsplit(row[column]).scheme not in ("http", "https"):
                problems.append(f"{column}: {row[column]!r} is not an http(s) address")
        if problems:
            errors.extend(f"row {number}: {p}" for p in problems)
            continue
        issued, closed = dates["issued_on"], dates["closed_out_on"]
        assert issued is not None
        if closed is not None and closed < issued:
            errors.append(f"row {number}: closed_out_on: before issued_on")
            continue
        records.append(
            Record(
                agency=row["agency"][:120],
                kind=row["kind"],
                reference=row["reference"][:80],
                issued_on=issued,
                closed_out_on=closed,
                company=row["company"][:200],
                website=row["website"],
                city=row["city"][:120],
                country=country.upper(),
                subject=row["subject"][:300],
                products=row["products"][:400],
                concerns=named,
                url=row["url"],
                summary=row["summary"],
            )
        )
    if errors:
        raise EnforcementImportError(errors)
    return len(rows), records


READERS = {"fda-warning-letters": read_fda_list, "csv": read_csv}


# --- Matching -----------------------------------------------------------------------------------


def normalised(name: str) -> str:
    """A name as compared: no accents, case, punctuation or legal form ("Inc.", "LLC")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\b(?:s\.?\s?a\.?|c\.?\s?v\.?|s\.?\s?r\.?\s?l\.?)(?=\W|$)", " ", text)
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join(w for w in words if w not in _LEGAL_WORDS)


def domain(url: str) -> str:
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    return host.removeprefix("www.")


@dataclass(frozen=True)
class Proposal:
    clinic_id: int | None
    practitioner_id: int | None
    score: int
    reasons: str


def _city(value: str) -> str:
    """ "Sunrise, FL" and "Sunrise" are one city."""
    return normalised(value.split(",")[0])


def clinic_proposals(
    record: EnforcementAction | Record, clinics: Sequence[tuple[int, str, str, str]]
) -> list[Proposal]:
    """Clinics (id, name, website, city) the record may name, best first. A record may name
    several firms ("US Stem Cell Clinic, LLC; US Stem Cell, Inc."): each is compared."""
    by_domain = domain(record.website) if record.website else ""
    names = [normalised(c[1]) for c in clinics]
    found: dict[int, Proposal] = {}
    for company in [n for n in record.company.split(";") if n.strip()] or [record.company]:
        for _, similarity, index in process.extract(
            normalised(company),
            names,
            scorer=fuzz.token_sort_ratio,
            limit=5,
            score_cutoff=PROPOSE - 10,
        ):
            clinic_id, clinic_name, website, city = clinics[index]
            score = similarity
            reasons = [f"name {similarity:.0f}% like {clinic_name!r}"]
            if record.city and city:
                if _city(record.city) == _city(city):
                    score, reasons = score + 5, [*reasons, f"same city ({city})"]
                else:
                    score, reasons = score - 10, [*reasons, f"another city ({city})"]
            if by_domain and website and domain(website) == by_domain:
                score, reasons = 100, [*reasons, f"same website ({by_domain})"]
            best = found.get(clinic_id)
            if score >= PROPOSE and (best is None or score > best.score):
                found[clinic_id] = Proposal(
                    clinic_id, None, min(int(score), 100), "; ".join(reasons)
                )
    if by_domain:
        for clinic_id, clinic_name, website, _ in clinics:
            if clinic_id not in found and website and domain(website) == by_domain:
                reason = f"same website ({by_domain}) as {clinic_name!r}"
                found[clinic_id] = Proposal(clinic_id, None, 100, reason)
    return sorted(found.values(), key=lambda p: -p.score)


def practitioner_proposals(
    record: EnforcementAction | Record, practitioners: Sequence[tuple[int, str]]
) -> list[Proposal]:
    """Practitioners (id, name) a record about a person may name: a near-exact name only."""
    name = normalised(re.sub(r"\b(?:dr|md|do|mbbs|phd)\b\.?", " ", record.company, flags=re.I))
    names = [
        normalised(re.sub(r"\b(?:dr|md|do)\b\.?", " ", p[1], flags=re.I)) for p in practitioners
    ]
    return [
        Proposal(
            None,
            practitioners[i][0],
            int(similarity),
            f"name {similarity:.0f}% like {practitioners[i][1]!r}",
        )
        for _, similarity, i in process.extract(
            name, names, scorer=fuzz.token_sort_ratio, limit=5, score_cutoff=92
        )
    ]


def propose_matches(actions: Iterable[EnforcementAction]) -> int:
    """Propose clinics and practitioners for these actions; a pair already proposed, accepted
    or dismissed is left as it is. Returns how many were proposed."""
    actions = list(actions)
    clinics = list(Clinic.objects.values_list("id", "name", "website", "city"))
    people = list(Practitioner.objects.values_list("id", "name"))
    # Every pair already proposed or decided, for all the actions in one query.
    seen = set(
        EnforcementMatch.objects.filter(action__in=actions).values_list(
            "action_id", "clinic_id", "practitioner_id"
        )
    )
    new: list[EnforcementMatch] = []
    for action in actions:
        proposals = clinic_proposals(action, clinics)
        if action.kind == EnforcementKind.BOARD_DISCIPLINE:
            proposals += practitioner_proposals(action, people)
        for p in proposals:
            if (action.pk, p.clinic_id, p.practitioner_id) in seen:
                continue
            new.append(
                EnforcementMatch(
                    action=action,
                    clinic_id=p.clinic_id,
                    practitioner_id=p.practitioner_id,
                    score=p.score,
                    reasons=p.reasons[:300],
                )
            )
    EnforcementMatch.objects.bulk_create(new)
    return len(new)


# --- Writing ------------------------------------------------------------------------------------


def enforcement_import(*, text: str, source: str, file_name: str = "") -> ImportSummary:
    """Read ``text`` in the ``source`` format and write every kept record, all or nothing."""
    if source not in READERS:
        raise EnforcementImportError([f"source: {source!r} is not one of {', '.join(SOURCES)}"])
    rows, records = READERS[source](text)
    created = updated = 0
    with transaction.atomic():
        actions = []
        for record in records:
            values: dict[str, Any] = {
                "reference": record.reference,
                "closed_out_on": record.closed_out_on,
                "website": record.website,
                "city": record.city,
                "country": record.country,
                "subject": record.subject,
                "products": record.products,
                "concerns": record.concerns,
                "url": record.url,
                "summary": record.summary,
                "source": source,
            }
            action, was_created = EnforcementAction.objects.update_or_create(
                agency=record.agency,
                kind=record.kind,
                company=record.company,
                issued_on=record.issued_on,
                defaults=values,
            )
            created += was_created
            updated += not was_created
            actions.append(action)
        proposed = propose_matches(actions)
        EnforcementImport.objects.create(
            source=source,
            file_name=file_name[:200],
            rows=rows,
            kept=len(records),
            created=created,
            proposed=proposed,
        )
        # every clinic page says when the lists were last updated
        public_data_changed()
    return ImportSummary(rows, len(records), created, updated, proposed)


def match_decide(*, match: EnforcementMatch, accept: bool, user: Any) -> None:
    """A curator's word on a proposed match: accepted links the action to the clinic or
    practitioner; dismissed is remembered, so the pair is never proposed again. The caller
    retires the cached pages once for all its decisions (public_data_changed)."""
    with transaction.atomic():
        match.status = MatchStatus.ACCEPTED if accept else MatchStatus.DISMISSED
        match.decided_by, match.decided_at = user, timezone.now()
        match.save(update_fields=["status", "decided_by", "decided_at"])
        action = match.action
        if match.clinic_id is not None:
            (action.clinics.add if accept else action.clinics.remove)(match.clinic_id)
        elif match.practitioner_id is not None:
            people = action.practitioners
            (people.add if accept else people.remove)(match.practitioner_id)


def clinics_concerned(action: EnforcementAction) -> set[int]:
    """The clinics whose score counts this action: those it is linked to, and those of the
    practitioners it is linked to."""
    return set(
        Clinic.objects.filter(
            Q(enforcement_actions=action) | Q(practitioners__enforcement_actions=action)
        ).values_list("pk", flat=True)
    )


def last_checked(source: str | None = None) -> datetime.datetime | None:
    """When the public lists were last read (by any source, or by this one)."""
    runs = EnforcementImport.objects.all()
    if source is not None:
        runs = runs.filter(source=source)
    latest = runs.order_by("-imported_at").first()
    return latest.imported_at if latest else None


# --- Looking a clinic up, for a patient's report ------------------------------------------------


@dataclass(frozen=True)
class Found:
    """A record found for a patient's clinic: ``confirmed`` when a curator linked it, else a
    record whose firm's name (or website) matches the name the patient gave."""

    kind: str
    agency: str
    company: str
    issued_on: str
    closed_out_on: str | None
    url: str
    summary: str
    confirmed: bool
    why: str

    @classmethod
    def of(cls, action: EnforcementAction, *, confirmed: bool, why: str) -> Found:
        return cls(
            kind=action.get_kind_display(),
            agency=action.agency,
            company=action.company,
            issued_on=action.issued_on.isoformat(),
            closed_out_on=action.closed_out_on.isoformat() if action.closed_out_on else None,
            url=action.url,
            summary=action.summary or action.subject,
            confirmed=confirmed,
            why=why,
        )


def actions_naming(clinic: Clinic) -> QuerySet[EnforcementAction]:
    """The actions linked to the clinic or to one of its practitioners, newest first."""
    return EnforcementAction.objects.filter(
        Q(clinics=clinic) | Q(practitioners__clinic=clinic)
    ).distinct()


def enforcement_lookup(
    *, clinic: Clinic | None = None, name: str = "", website: str = "", city: str = ""
) -> list[Found]:
    """Public records about a listed clinic (those a curator linked to it or its doctors, then
    those proposed and not dismissed) or about a clinic known only by its name, website and
    city (records whose firm matches them), newest first."""
    found: dict[int, Found] = {}
    dismissed: set[int] = set()
    if clinic is not None:
        dismissed = set(
            EnforcementMatch.objects.filter(
                clinic=clinic, status=MatchStatus.DISMISSED
            ).values_list("action_id", flat=True)
        )
        for action in actions_naming(clinic):
            found[action.pk] = Found.of(action, confirmed=True, why="linked by our curators")
        for match in EnforcementMatch.objects.filter(
            clinic=clinic, status=MatchStatus.PROPOSED
        ).select_related("action"):
            if match.action_id not in found:
                found[match.action_id] = Found.of(match.action, confirmed=False, why=match.reasons)
        name, website, city = clinic.name, clinic.website, clinic.city
    if name.strip():
        actions = list(EnforcementAction.objects.all())
        candidates = [(a.pk, a.company, a.website, a.city) for a in actions]
        by_pk = {a.pk: a for a in actions}

        asked = Record(
            agency="",
            kind="",
            issued_on=datetime.date.min,
            company=name,
            url="",
            website=website,
            city=city,
        )
        # the same comparison as the curators' matches, with the records as the candidates
        for proposal in clinic_proposals(asked, candidates):
            pk = proposal.clinic_id
            if pk is not None and pk not in found and pk not in dismissed:
                reasons = proposal.reasons.replace(" like ", " like the record's ")
                found[pk] = Found.of(by_pk[pk], confirmed=False, why=reasons)
    return sorted(found.values(), key=lambda f: f.issued_on, reverse=True)


# --- Export -------------------------------------------------------------------------------------


def enforcement_export() -> str:
    """Every action in our CSV format (read back by ``--source csv``), with the slugs of the
    clinics and the names of the practitioners it is linked to in two more columns."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow((*CSV_COLUMNS, "clinics", "practitioners"))
    actions = EnforcementAction.objects.prefetch_related("clinics", "practitioners").order_by(
        "issued_on", "company", "id"
    )
    for action in actions:
        # No cell a spreadsheet would run as a formula (clinics.cells).
        writer.writerow(
            cell_out(cell)
            for cell in (
                action.agency,
                action.kind,
                action.reference,
                action.issued_on.isoformat(),
                action.closed_out_on.isoformat() if action.closed_out_on else "",
                action.company,
                action.website,
                action.city,
                action.country.code or "",
                action.subject,
                action.products,
                ";".join(action.concerns),
                action.url,
                action.summary,
                ";".join(sorted(c.slug for c in action.clinics.all())),
                ";".join(sorted(p.name for p in action.practitioners.all())),
            )
        )
    return out.getvalue()
