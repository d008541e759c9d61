"""The real sample of public enforcement records (clinics/data/enforcement, cited in its
SOURCES.md) goes through the import as a curator would use it."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinics.enforcement import enforcement_import
from clinics.models import EnforcementAction, EnforcementMatch
from tests.factories import ClinicFactory

DATA = Path(__file__).resolve().parents[2] / "clinics" / "data" / "enforcement"


@pytest.mark.django_db
def test_fdas_list_keeps_the_eleven_cell_and_tissue_letters_and_not_cellular_rx():
    summary = enforcement_import(
        text=(DATA / "fda_list_sample.csv").read_text(encoding="utf-8"),
        source="fda-warning-letters",
    )
    assert (summary.rows, summary.kept) == (15, 11)
    names = set(EnforcementAction.objects.values_list("company", flat=True))
    assert {"US Stem Cell Clinic, LLC", "Kimera Labs, Inc.", "Cellebration LLC"} <= names
    assert not names & {"Cellular Rx Inc", "Liquid Health, Inc.", "Conroe Welding Supply, Inc."}


@pytest.mark.django_db
def test_the_sample_imports_whole_cited_and_once():
    text = (DATA / "records.csv").read_text(encoding="utf-8")
    first = enforcement_import(text=text, source="csv")
    assert (first.rows, first.created) == (27, 27)
    actions = EnforcementAction.objects.all()
    assert all(a.url.startswith("http") and a.summary for a in actions)
    kinds = set(actions.values_list("kind", flat=True))
    assert {
        "warning_letter",
        "untitled_letter",
        "injunction",
        "ftc_action",
        "state_action",
    } <= kinds
    assert enforcement_import(text=text, source="csv").created == 0
    assert EnforcementAction.objects.count() == 27


@pytest.mark.django_db
def test_a_real_record_is_proposed_for_the_clinic_it_names_and_no_other():
    named = ClinicFactory(name="U.S. Stem Cell Clinic", city="Sunrise", website="")
    ClinicFactory(name="US Skin Clinic", city="Sunrise", website="")
    ClinicFactory(name="Stem Cell Clinic of Austin", city="Austin", website="")
    enforcement_import(text=(DATA / "records.csv").read_text(encoding="utf-8"), source="csv")
    matches = EnforcementMatch.objects.select_related("action", "clinic")
    assert {m.clinic for m in matches} == {named}
    assert {m.action.kind for m in matches} >= {"warning_letter", "injunction"}
    assert all(not m.action.clinics.exists() for m in matches)  # proposed, not linked


@pytest.mark.django_db
def test_the_export_reads_back_as_the_same_actions_with_their_links(tmp_path):
    import io

    from django.core.management import call_command

    clinic = ClinicFactory(slug="us-stem-cell-clinic", name="U.S. Stem Cell Clinic")
    enforcement_import(text=(DATA / "records.csv").read_text(encoding="utf-8"), source="csv")
    EnforcementAction.objects.filter(company__startswith="US Stem Cell Clinic").first().clinics.add(
        clinic
    )
    out = io.StringIO()
    call_command("export_enforcement", stdout=out)
    exported = out.getvalue()
    assert ",us-stem-cell-clinic," in exported
    fields = ("agency", "kind", "reference", "issued_on", "closed_out_on", "company", "url")
    before = sorted(EnforcementAction.objects.values_list(*fields))
    EnforcementAction.objects.all().delete()
    assert enforcement_import(text=exported, source="csv").created == 27
    assert sorted(EnforcementAction.objects.values_list(*fields)) == before
