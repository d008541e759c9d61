"""Enforcement records in the clinic profile (one schema with the rest of it): imported and
linked, shared between clinics, exported and read back; a bad one is named; and a real clinic
built from public records comes out as a careful reader of the records expects."""

from __future__ import annotations

import copy

import pytest

from checklist.services.assessments import clinics_import_and_score
from clinics.models import Clinic, EnforcementAction
from clinics.profiles import ProfileError
from clinics.services import clinic_profiles_export, clinics_import

# United States v. US Stem Cell Clinic, LLC (S.D. Fla.), and FDA's 2017 warning letter: the
# facts as clinics/data/enforcement/records.csv states them (cited in its SOURCES.md). Only
# stated facts; everything else is unknown.
US_STEM_CELL_CLINIC = {
    "slug": "us-stem-cell-clinic",
    "name": "US Stem Cell Clinic",
    "country": "US",
    "city": "Sunrise",
    "protocols": [
        {
            "name": "Stromal vascular fraction (SVF) from the patient's fat",
            "cell_source": "autologous_adipose",
        }
    ],
    "enforcement": [
        {
            "agency": "U.S. District Court (S.D. Fla.)",
            "kind": "injunction",
            "reference": "Case No. 0:18-cv-61047-UU",
            "issued_on": "2019-06-03",
            "company": "US Stem Cell Clinic, LLC; US Stem Cell, Inc.",
            "products": "SVF Product (stromal vascular fraction)",
            "concerns": ["products", "manufacturing"],
            "url": "https://case-law.vlex.com/vid/united-states-v-u-889160323",
            "summary": "The court held the clinic's fat-derived cell product to be an unapproved "
            "drug and granted the government's request to stop it.",
        },
        {
            "agency": "FDA",
            "kind": "warning_letter",
            "reference": "OBPO 1 17-02",
            "issued_on": "2017-08-24",
            "company": "US Stem Cell Clinic, LLC",
            "concerns": ["products", "manufacturing"],
            "url": "https://www.fda.gov/inspections-compliance-enforcement-and-criminal-investigations/warning-letters/us-stem-cell-clinic-llc-524470-08242017",
        },
    ],
}


@pytest.mark.django_db
def test_a_clinic_under_a_court_order_is_graded_avoid_and_says_why():
    clinics_import_and_score(data=[US_STEM_CELL_CLINIC])
    clinic = Clinic.objects.select_related("current_assessment").get()
    assessment = clinic.current_assessment
    assert assessment.grade == "F"
    assert "no_enforcement_history" in assessment.failed_knockouts
    reason = assessment.to_assessment().result("no_enforcement_history").reason
    assert "injunction, 2019-06-03" in reason
    assert clinic.enforcement_actions.count() == 2


@pytest.mark.django_db
def test_the_export_carries_the_records_and_reads_back_the_same():
    clinics_import(data=[US_STEM_CELL_CLINIC])
    [exported] = clinic_profiles_export()
    assert [a["kind"] for a in exported["enforcement"]] == ["warning_letter", "injunction"]
    assert exported["enforcement"][1]["concerns"] == ["products", "manufacturing"]
    Clinic.objects.all().delete()
    EnforcementAction.objects.all().delete()
    clinics_import(data=[exported])
    assert clinic_profiles_export() == [exported]


@pytest.mark.django_db
def test_two_clinics_naming_one_record_share_it_and_an_update_replaces_the_links():
    other = {**copy.deepcopy(US_STEM_CELL_CLINIC), "slug": "us-stem-cell-2", "name": "Second"}
    clinics_import(data=[US_STEM_CELL_CLINIC, other])
    assert EnforcementAction.objects.count() == 2
    assert EnforcementAction.objects.get(kind="injunction").clinics.count() == 2
    cleared = {**US_STEM_CELL_CLINIC, "enforcement": []}
    clinics_import(data=[cleared], update=True)
    assert EnforcementAction.objects.get(kind="injunction").clinics.count() == 1
    assert EnforcementAction.objects.count() == 2  # a record is never deleted by a profile


@pytest.mark.django_db
def test_a_bad_record_is_named_by_its_path():
    bad = copy.deepcopy(US_STEM_CELL_CLINIC)
    bad["enforcement"][0]["kind"] = "letter"
    bad["enforcement"][1]["closed_out_on"] = "2016-01-01"
    with pytest.raises(ProfileError) as raised:
        clinics_import(data=[bad])
    message = str(raised.value)
    assert "enforcement[0].kind: 'letter' is not one of" in message
    assert not Clinic.objects.exists() and not EnforcementAction.objects.exists()
    bad["enforcement"][0]["kind"] = "injunction"
    with pytest.raises(ProfileError, match=r"enforcement\[1\].*closed out before it was issued"):
        clinics_import(data=[bad])
