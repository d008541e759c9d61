"""Issue 17, item 5: the public registers per country that curators keep and the checklist
links (clinics.models.PublicRegister)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import IntegrityError
from django.urls import reverse

from clinics.choices import RegisterKind
from clinics.models import PublicRegister
from clinics.registers import REGISTERS_FILE, RegisterError, registers_by_kind, registers_load
from tests.factories import PublicRegisterFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:clinics_publicregister_changelist")
ADD = reverse("admin:clinics_publicregister_add")


def register_form(**fields) -> dict[str, str]:
    return {
        "country": "GB",
        "kind": RegisterKind.DOCTORS,
        "name": "General Medical Council medical register",
        "url": "https://www.gmc-uk.org/registration-and-licensing/the-medical-register",
        "source": "GMC, 'What to check', read 2026-12-04.",
        "notes": "",
        **fields,
    }


def test_a_country_lists_one_register_per_address():
    PublicRegisterFactory(url="https://board.example/")
    with pytest.raises(IntegrityError, match=r"(?i)unique|duplicate"):
        PublicRegisterFactory(url="https://board.example/")


def test_registers_come_grouped_by_kind_in_the_kinds_order(django_assert_num_queries):
    PublicRegisterFactory(kind=RegisterKind.REGULATOR, name="Regulator")
    PublicRegisterFactory(kind=RegisterKind.DOCTORS, name="Board")
    PublicRegisterFactory(country="GB", name="Elsewhere")
    # 1: the country's registers
    with django_assert_num_queries(1):
        grouped = registers_by_kind(country="US")
    assert list(grouped) == [RegisterKind.DOCTORS, RegisterKind.REGULATOR]
    assert [r.name for r in grouped[RegisterKind.DOCTORS]] == ["Board"]
    with django_assert_num_queries(0):
        assert registers_by_kind(country="") == {}
    assert registers_by_kind(country="PA") == {}


def test_a_curator_adds_and_edits_a_register(client, curator):
    client.force_login(curator)
    assert client.get(CHANGELIST).status_code == 200
    response = client.post(ADD, register_form())
    assert response.status_code == 302, response.context["adminform"].form.errors
    register = PublicRegister.objects.get()
    assert (str(register), register.history.count()) == (
        "General Medical Council medical register (GB)",
        1,
    )
    change = reverse("admin:clinics_publicregister_change", args=[register.pk])
    assert client.post(change, register_form(notes="Search by GMC number.")).status_code == 302
    assert PublicRegister.objects.get().notes == "Search by GMC number."
    listing = client.get(CHANGELIST, {"q": "medical council"}).content.decode()
    assert "General Medical Council medical register" in listing


def test_a_register_needs_its_address_and_its_citation(client, curator):
    client.force_login(curator)
    response = client.post(ADD, register_form(url="not an address", source=""))
    errors = response.context["adminform"].form.errors
    assert set(errors) == {"url", "source"}
    assert not PublicRegister.objects.exists()


def test_a_reviewer_reads_registers_but_cannot_change_them(client, reviewer):
    register = PublicRegisterFactory()
    client.force_login(reviewer)
    change = reverse("admin:clinics_publicregister_change", args=[register.pk])
    assert client.get(CHANGELIST).status_code == 200
    page = client.get(change)
    assert page.status_code == 200 and 'name="name"' not in page.content.decode()
    assert client.get(ADD).status_code == 403
    assert client.post(change, register_form()).status_code == 403
    delete = reverse("admin:clinics_publicregister_delete", args=[register.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert PublicRegister.objects.get().name == register.name


def test_the_seed_file_cites_every_register_on_its_own_site():
    records = json.loads(REGISTERS_FILE.read_text(encoding="utf-8"))
    demo = json.loads(
        (REGISTERS_FILE.parents[1] / "demo" / "demo_clinics.json").read_text(encoding="utf-8")
    )
    countries = {r["country"] for r in records}
    assert {"US", "GB", "MX", "TR"} <= countries <= {c["country"] for c in demo}
    for country in ("US", "GB", "MX", "TR"):
        kinds = {r["kind"] for r in records if r["country"] == country}
        assert RegisterKind.REGULATOR in kinds and len(kinds) >= 2, country
    for record in records:
        assert record["url"].startswith("https://"), record["name"]
        assert "onfirmed" in record["source"], record["name"]  # where, and when


def test_seed_demo_loads_the_registers_once_and_keeps_curators_edits():
    call_command("seed_demo", stdout=StringIO())
    count = PublicRegister.objects.count()
    assert count == len(json.loads(REGISTERS_FILE.read_text(encoding="utf-8")))
    gmc = PublicRegister.objects.get(country="GB", kind=RegisterKind.DOCTORS)
    gmc.notes = "A curator's note."
    gmc.save()
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert "public registers: 0 created, 0 refreshed" in out.getvalue()
    assert PublicRegister.objects.count() == count
    assert PublicRegister.objects.get(pk=gmc.pk).notes == "A curator's note."
    call_command("seed_demo", "--refresh", stdout=StringIO())
    assert PublicRegister.objects.get(pk=gmc.pk).notes != "A curator's note."


def test_a_bad_register_record_is_named_by_index_and_field():
    good = register_form()
    with pytest.raises(RegisterError, match=r"Register 1, field 'kind': 'board' is not one of"):
        registers_load(records=[good, {**good, "kind": "board"}])
    with pytest.raises(RegisterError, match=r"Register 0, field 'source': required"):
        registers_load(records=[{**good, "source": ""}])
    with pytest.raises(RegisterError, match=r"Register 0, field 'url': an https:// address"):
        registers_load(records=[{**good, "url": "http://insecure.example"}])
    assert not PublicRegister.objects.exists()
