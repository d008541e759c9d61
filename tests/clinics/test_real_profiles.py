"""Real clinics and trial sites built from public records (issue 15, part 6): only the facts the
records state (each cited in its <slug>.facts.md beside the profile), everything else unknown.
They must come out as a careful reader of the records expects (EXPECTED.md): a clinic under a
court order, with an open FDA letter about the cells it sells, or selling donor cells is F for
those reasons; a registered trial site is never F."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checklist.services.assessments import assessments_refresh, clinics_import_and_score
from clinics.models import Clinic, EnforcementImport

DATA = Path(__file__).parent / "data" / "real_profiles"
PROFILES = sorted(DATA.glob("*.json"))

# slug -> the knockouts that must fail (an F), from the records.
AVOID = {
    "california-stem-cell-treatment-center": {"no_enforcement_history"},
    "regenerative-sciences-regenexx": {"no_enforcement_history"},
    "invitrx-therapeutics": {"autologous_source", "no_enforcement_history"},
    "liveyon": {"autologous_source", "no_enforcement_history"},
    "supreme-rejuvenation": {"autologous_source", "no_enforcement_history"},
    "dynamic-stem-cell-therapy": {"autologous_source", "no_enforcement_history"},
    "cellebration": {"autologous_source", "no_enforcement_history"},
}
TRIAL_SITES = {
    "mayo-clinic-rochester-celltop",
    "mayo-clinic-jacksonville-svf-knee",
    "usc-adipose-knee-trial",
    "alexandria-university-facial-adsc",
    "texas-plastic-surgery-garza",
    "groningen-tsvf-scar-fat-graft-trial",
    "dutch-tsvf-mammoplasty-scar-trial",
}


def load() -> list[dict]:
    return [profile for path in PROFILES for profile in json.loads(path.read_text("utf-8"))]


def lists_checked() -> None:
    """The public enforcement lists have been checked (and nothing in them matched)."""
    EnforcementImport.objects.create(
        source="csv", file_name="lists.csv", rows=0, kept=0, created=0, proposed=0
    )
    assessments_refresh()


def assessment_of(slug: str):  # type: ignore[no-untyped-def]
    clinic = Clinic.objects.select_related("current_assessment").get(slug=slug)
    return clinic.current_assessment.to_assessment()


def test_every_profile_has_its_citations_and_an_expectation():
    slugs = {profile["slug"] for profile in load()}
    assert slugs == set(AVOID) | TRIAL_SITES
    for slug in slugs:
        facts = (DATA / f"{slug}.facts.md").read_text("utf-8")
        assert "Source: http" in facts, slug
        assert f"`{slug}`" in (DATA / "EXPECTED.md").read_text("utf-8")


@pytest.fixture
def graded(db):
    clinics_import_and_score(data=load())

    def grades() -> dict[str, tuple[str, set[str]]]:
        return {
            c.slug: (c.current_assessment.grade, set(c.current_assessment.failed_knockouts))
            for c in Clinic.objects.select_related("current_assessment")
        }

    return grades


def test_enforcement_and_donor_cell_profiles_are_avoid_for_the_records_reasons(graded):
    grades = graded()
    for slug, knockouts in AVOID.items():
        grade, failed = grades[slug]
        assert grade == "F", slug
        assert knockouts <= failed, (slug, failed)


def test_a_registered_trial_site_is_never_avoid(graded):
    grades = graded()
    for slug in TRIAL_SITES:
        grade, failed = grades[slug]
        assert grade != "F" and not failed, (slug, grade, failed)
    # Once the lists have been checked, finding nothing about them changes none of that.
    lists_checked()
    for slug in TRIAL_SITES:
        assert graded()[slug][0] != "F", slug


def test_what_the_records_show_is_what_the_grade_rests_on(graded):
    graded()
    by_slug = {
        c.slug: c.current_assessment.to_assessment()
        for c in Clinic.objects.select_related("current_assessment")
    }
    # CDC reported infections in patients given the cord-blood products Liveyon sold.
    liveyon = by_slug["liveyon"].result("no_enforcement_history")
    assert liveyon.reason.startswith("Harm to patients is on public record: harm report")
    # The research site sells nothing: its marketing and its price do not apply.
    mayo = by_slug["mayo-clinic-rochester-celltop"]
    for criterion in ("realistic_claims", "no_fda_misuse", "price_in_range"):
        assert mayo.result(criterion).status == "not_applicable", criterion
    # The spinal route is outside an ethics-approved study on the record: not met, and said.
    assert mayo.result("local_cosmetic_use").status == "not_met"
    # Enzyme-digested SVF inside an IRB-approved, registered study is within a trial.
    garza = by_slug["texas-plastic-surgery-garza"]
    assert garza.result("minimal_manipulation").status == "met"
    assert garza.result("regulatory_oversight").status == "partial"
    # The Dutch trial's ethics approval (CCMO) is the oversight on its record: the credentials
    # group is not empty, and what holds the letter back is how little the protocol paper said.
    groningen = by_slug["groningen-tsvf-scar-fat-graft-trial"]
    assert groningen.result("ethics_review").status == "met"
    assert groningen.result("regulatory_oversight").status == "partial"
    assert groningen.insufficient_groups == ()
    assert groningen.grade == "insufficient" and groningen.coverage < 60


def test_a_trial_site_with_its_stated_facts_is_held_back_only_by_unverified_credentials(graded):
    """The CELLTOP site's records state its protocol, screening, consent, published side
    effects and follow-up; once the public lists have been checked, that covers enough for a
    letter. What still withholds one is the credentials group: no licence or certificate of
    the site was read in an official register (EXPECTED.md)."""
    graded()
    lists_checked()
    assessment = assessment_of("mayo-clinic-rochester-celltop")
    assert assessment.coverage >= 60
    assert assessment.insufficient_groups == ("credentials",)
    assert assessment.grade == "insufficient"
    stated = {c: assessment.result(c).status for c in ("consultation", "risks_disclosed")}
    assert stated == {"consultation": "met", "risks_disclosed": "met"}
    # The protocol is written down, but not whether the cells are handled in a closed system.
    assert assessment.result("protocol_documented").status == "partial"


def test_a_registered_academic_trial_with_its_stated_facts_gets_a_letter(graded):
    """The Dutch mammoplasty-scar trial's records state its ethics approval, registration,
    written consent, same-day processing of the patient's own fat, injection into scars,
    follow-up, complications counted and published results: with the public lists checked,
    that is enough for a letter, and nothing on the record fails a criterion."""
    graded()
    # Before the lists are checked, "never checked" is unknown, not clear: no letter yet.
    assert assessment_of("dutch-tsvf-mammoplasty-scar-trial").grade == "insufficient"
    lists_checked()
    assessment = assessment_of("dutch-tsvf-mammoplasty-scar-trial")
    assert assessment.grade == "C", (assessment.grade, assessment.score, assessment.coverage)
    assert assessment.coverage >= 60 and assessment.insufficient_groups == ()
    assert not [r.criterion_id for r in assessment.results if r.status == "not_met"]
    assert assessment.result("ethics_review").status == "met"
