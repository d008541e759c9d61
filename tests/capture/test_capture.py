"""From a captured page to proposals (issue 19, parts 2, 3 and 6): the main text and date of an
HTML page and the text of a PDF brochure are read with kept libraries, and the text proposes
claims with their flags, prices with their currency in dollars, cell and processing terms,
practitioners, accreditations, trials and DOIs, each with its passage. Recorded pages written
for these tests (tests/capture/pages/) are served from a local server; nothing is written to
the clinic."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from capture.extract import extract, is_pdf
from capture.propose import propose
from capture.services import capture_upload, page_language
from checklist.engine.claims import SCREENER_VERSIONS
from clinics.models import Clinic
from tests.factories import ClinicFactory

PAGES = Path(__file__).parent / "pages"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` on it, its cross-reference table at the right offsets."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def kinds(proposals) -> dict[str, list]:
    found: dict[str, list] = {}
    for p in proposals:
        found.setdefault(p.kind, []).append(p.value)
    return found


def test_the_main_text_and_date_of_an_html_page_leave_the_navigation_out():
    extracted = extract(page("careful.html"), url="https://lumenvale.example/face")
    assert extracted.title.startswith("Facial rejuvenation with your own fat cells")
    assert extracted.date == "2026-09-14"
    assert "closed system" in extracted.text and "Team" not in extracted.text.split("\n")[0]
    assert "© 2026" not in extracted.text


def test_a_pdf_brochure_is_read_by_its_content_not_its_name():
    body = minimal_pdf("Exosome facial from USD 3,500. Guaranteed results.")
    assert is_pdf(body) and not is_pdf(page("careful.html"))
    extracted = extract(body, content_type="text/html")  # a wrong header changes nothing
    assert "Exosome facial from USD 3,500" in extracted.text
    assert extract(b"%PDF-1.4 broken").text == ""


def test_a_careful_clinic_page_proposes_its_facts_with_their_passages():
    proposals = propose(extract(page("careful.html")).text)
    found = kinds(proposals)
    assert "autologous_adipose" in found["cell_source"]
    assert found["processing"] == ["closed_system"]
    assert "same_day" in found["manipulation"]
    assert {"Dr. Helen Marsh", "Dr. Omar Reyes"} <= set(found["practitioner"])
    assert {"AAAASF", "GMP"} <= set(found["accreditation"])
    assert found["trial"] == ["NCT03928444"] and found["doi"] == ["10.1186/s13018-017-0645-5"]
    (price,) = [p for p in proposals if p.kind == "price"]
    assert price.extra == {
        "currency": "USD",
        "min_amount": 7500,
        "max_amount": 9800,
        "min_usd": 7500,
        "max_usd": 9800,
    }
    assert "full-face treatment costs" in price.passage
    # An honest page: its claims carry no red flag.
    assert all(not p.extra["flags"] for p in proposals if p.kind == "claim")


def test_a_cure_all_page_proposes_its_red_flags_and_donor_cells():
    proposals = propose(extract(page("cure-all.html")).text)
    found = kinds(proposals)
    assert {"umbilical_cord"} <= set(found["cell_source"]) and "exosomes" in found["cell_form"]
    flagged = {f["category"] for p in proposals if p.kind == "claim" for f in p.extra["flags"]}
    assert {"permanent", "no_risk", "guaranteed", "cure"} <= flagged
    (price,) = [p for p in proposals if p.kind == "price"]
    assert (price.extra["currency"], price.extra["min_usd"]) == ("USD", 4900)


def test_a_spanish_page_proposes_its_terms_and_a_peso_price_in_dollars():
    proposals = propose(extract(page("spanish.html")).text)
    found = kinds(proposals)
    assert "COFEPRIS" in found["accreditation"]
    (price,) = [p for p in proposals if p.kind == "price"]
    assert price.extra["currency"] == "MXN" and price.extra["min_amount"] == 85_000
    assert price.extra["min_usd"] == 4675  # at the dated rate the checklist uses
    assert any(v.startswith("Dra. Lucía Ortega") for v in found["practitioner"])


def test_a_spanish_page_is_screened_in_spanish():
    text = extract(page("spanish.html")).text
    assert page_language(text) == "es"
    claims = {p.value: p.extra["flags"] for p in propose(text, "es") if p.kind == "claim"}
    (cord,) = [flags for sentence, flags in claims.items() if "cordón umbilical" in sentence]
    assert "unverified_source" in {flag["category"] for flag in cord}


@pytest.mark.django_db
def test_a_captured_page_keeps_the_version_of_the_screener_that_read_it():
    clinic = ClinicFactory()
    spanish = capture_upload(clinic, body=page("spanish.html"), name="oferta.html")
    english = capture_upload(clinic, body=page("careful.html"), name="careful.html")
    assert spanish.screener_version == SCREENER_VERSIONS["es"]
    assert english.screener_version == SCREENER_VERSIONS["en"]


# --- the command --------------------------------------------------------------------------------


def run(*args: str) -> tuple[list[dict], str]:
    out, err = StringIO(), StringIO()
    call_command("capture_clinic", *args, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


@pytest.mark.django_db
def test_the_command_prints_proposals_from_a_saved_page_and_changes_nothing():
    clinic = ClinicFactory(slug="eternal", name="Eternal Test Spa")
    before = Clinic.objects.filter(pk=clinic.pk).values().get()
    lines, summary = run("eternal", "--file", str(PAGES / "cure-all.html"))
    assert {line["kind"] for line in lines} >= {"claim", "price", "cell_source", "cell_form"}
    claim = next(line for line in lines if line["kind"] == "claim" and line["flags"])
    assert claim["passage"] == claim["value"] and claim["source"].startswith("file://")
    assert "unchanged (proposals only)" in summary
    assert Clinic.objects.filter(pk=clinic.pk).values().get() == before


@pytest.mark.django_db
def test_the_command_refuses_what_it_cannot_capture(tmp_path):
    ClinicFactory(slug="eternal")
    with pytest.raises(CommandError, match="No clinic"):
        run("nobody", "--file", str(PAGES / "cure-all.html"))
    with pytest.raises(CommandError, match="one of the two"):
        run("eternal")
    with pytest.raises(CommandError, match="private or local network"):
        run("eternal", "http://127.0.0.1:9/")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body></body></html>")
    with pytest.raises(CommandError, match="No text"):
        run("eternal", "--file", str(empty))
