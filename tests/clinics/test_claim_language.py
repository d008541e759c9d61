"""A claim keeps the language it was published in (issue 21, parts 3 and 4): detected from the
sentence when a curator leaves it empty (admin, capture, import alike), never overriding a
curator's choice; the curator sees it, with an English gloss where one is stored."""

from __future__ import annotations

import pytest
from django.urls import reverse

from checklist.services.assessments import clinics_import_and_score
from clinics.languages import detect
from clinics.models import Claim, Clinic
from tests.factories import ClaimFactory, ClinicFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Resultados permanentes garantizados con nuestras células madre.", "es"),
        ("Kök hücre tedavisi ile kalıcı sonuçlar garanti ediyoruz.", "tr"),
        ("Permanent results, guaranteed, with our stem cells.", "en"),
        ("2026 — 100%", ""),
    ],
)
def test_the_language_of_a_sentence_is_detected(text, language):
    assert detect(text) == language


def test_a_saved_claim_gets_its_language_unless_a_curator_set_one():
    claim = ClaimFactory(text="Rejuvenecimiento facial con exosomas, sin riesgos.")
    assert claim.language == "es"
    chosen = ClaimFactory(text="Rejuvenecimiento facial con exosomas.", language="en")
    assert Claim.objects.get(pk=chosen.pk).language == "en"


def test_imported_claims_get_their_language():
    clinics_import_and_score(
        data=[
            {
                "slug": "yuz-klinik",
                "name": "Yüz Klinik",
                "country": "TR",
                "claims": [{"text": "Yüz gençleştirmede kök hücre ile kalıcı sonuç."}],
            }
        ]
    )
    assert Claim.objects.get(clinic__slug="yuz-klinik").language == "tr"


def test_the_curator_sees_the_language_and_the_gloss(client, curator):
    clinic = ClinicFactory()
    ClaimFactory(
        clinic=clinic,
        text="Resultados garantizados.",
        gloss="Guaranteed results.",
    )
    client.force_login(curator)
    page = client.get(reverse("admin:clinics_clinic_change", args=[clinic.pk])).content.decode()
    assert "Language: Spanish" in page and "In English: “Guaranteed results.”" in page


def test_a_claim_is_screened_in_the_language_it_was_published_in():
    from checklist.engine.claims import SCREENER_VERSIONS, screen
    from checklist.services.assessments import assessment_refresh
    from clinics.services import claim_screen

    text = "Kök hücre ile kalıcı sonuç garantili, hiçbir yan etkisi yok."
    clinic = ClinicFactory()
    claim = ClaimFactory(clinic=clinic, text=text)
    assert claim.language == "tr"
    turkish = {f.category for f in screen(text, language="tr")}
    assert turkish and turkish != {f.category for f in screen(text)}  # English reads it otherwise
    assessment_refresh(clinic=clinic)
    claim.refresh_from_db()
    assert claim.screened_with == SCREENER_VERSIONS["tr"]
    assert {f.category for f in claim_screen(claim=claim)} == turkish
    assert set(clinic.assessments.latest("created").claim_flags) == turkish


def test_a_curators_language_and_gloss_travel_with_the_profile():
    from clinics.services import clinic_profiles_export

    clinic = ClinicFactory(slug="lumen")
    # A short Spanish line a detector could misread; the curator set it.
    ClaimFactory(clinic=clinic, text="Sin riesgos.", language="es", gloss="No risks.")
    ClaimFactory(clinic=clinic, text="Permanent results.")
    (exported,) = clinic_profiles_export(queryset=Clinic.objects.filter(pk=clinic.pk))
    claims = {c["text"]: (c["language"], c["gloss"]) for c in exported["claims"]}
    assert claims == {"Sin riesgos.": ("es", "No risks."), "Permanent results.": ("en", None)}

    exported["claims"][0]["language"] = "tr"  # an override, kept by the import
    exported["claims"][1].pop("language")  # left out: detected
    clinics_import_and_score(data=[exported], update=True)
    stored = {c.text: (c.language, c.gloss) for c in Claim.objects.filter(clinic__slug="lumen")}
    assert stored == {"Sin riesgos.": ("tr", "No risks."), "Permanent results.": ("en", "")}


def test_a_claims_language_and_gloss_are_not_what_a_review_vouches_for():
    from clinics.review_data import digest, reviewed_part

    profile = {"slug": "lumen", "claims": [{"text": "Sin riesgos.", "language": "es"}]}
    relabelled = {
        "slug": "lumen",
        "claims": [{"text": "Sin riesgos.", "language": "tr", "gloss": "No risks."}],
    }
    reworded = {"slug": "lumen", "claims": [{"text": "Sin ningún riesgo.", "language": "es"}]}
    assert digest(reviewed_part(profile)) == digest(reviewed_part(relabelled))
    assert digest(reviewed_part(profile)) != digest(reviewed_part(reworded))
