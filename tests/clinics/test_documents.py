"""Evidence documents (issue 20, part 1): a file is kept only if its content is a PDF, PNG, JPEG
or WebP within the size limit, whatever its name says; an image is re-encoded without its
metadata; the file is stored privately (no public URL) and reaches staff with the permission
only, as an attachment that no browser renders from our origin."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from clinics.documents import Document, DocumentRejected, checked_file
from tests.capture.test_capture import minimal_pdf
from tests.factories import ClinicCredentialFactory, ClinicFactory

pytestmark = pytest.mark.django_db


def jpeg_with_exif() -> bytes:
    image = Image.new("RGB", (40, 30), (200, 120, 80))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {2: (51.0, 30.0, 0.0)}  # GPS latitude
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_an_image_is_kept_without_its_metadata():
    original = jpeg_with_exif()
    assert Image.open(io.BytesIO(original)).getexif()  # the phone's tags are there
    checked = checked_file(original)
    assert checked.content_type == "image/jpeg" and checked.extension == "jpg"
    cleaned = Image.open(io.BytesIO(checked.content))
    assert not cleaned.getexif() and "exif" not in cleaned.info
    assert cleaned.size == (40, 30)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "empty"),
        (b"<html><script>alert(1)</script></html>", "Only PDF, PNG, JPEG and WebP"),
        (b"MZ\x90\x00" + b"\x00" * 100, "Only PDF, PNG, JPEG and WebP"),  # a Windows program
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "could not be read"),  # a PNG header, no image
    ],
)
def test_other_files_are_refused_by_their_content(data, why):
    with pytest.raises(DocumentRejected, match=why):
        checked_file(data)


def test_an_image_too_large_to_decode_is_refused_from_its_header(settings):
    image = Image.new("1", (8000, 6000))  # 48 megapixels, tiny as a file
    out = io.BytesIO()
    image.save(out, format="PNG")
    with pytest.raises(DocumentRejected, match="too large"):
        checked_file(out.getvalue())


def test_the_size_limit_holds(settings):
    settings.EVIDENCE_MAX_BYTES = 1000
    with pytest.raises(DocumentRejected, match="larger than"):
        checked_file(minimal_pdf("x" * 2000))


def test_a_document_is_stored_privately_under_a_random_name(settings):
    credential = ClinicCredentialFactory()
    document = Document.store(
        minimal_pdf("Licence 12345"),
        name="licence scan.exe.pdf",
        clinic=credential.clinic,
        uploaded_via="staff",
        credential=credential,
    )
    path = document.file.path
    assert str(settings.EVIDENCE_FILES) in path and "licence" not in document.file.name
    assert not path.startswith(str(settings.STATIC_ROOT))
    assert document.original_name == "licence scan.exe.pdf" and document.size > 0
    assert document.attached_to == credential


def test_staff_download_as_an_attachment_and_others_cannot(client, curator, django_user_model):
    credential = ClinicCredentialFactory()
    document = Document.store(
        minimal_pdf("Licence"),
        name="l.pdf",
        clinic=credential.clinic,
        uploaded_via="staff",
        credential=credential,
    )
    url = reverse("admin:clinics_document_download", args=[document.pk])
    assert client.get(url).status_code == 302  # to the sign-in page
    client.force_login(curator)
    answer = client.get(url)
    assert answer.status_code == 200
    assert answer["Content-Disposition"] == f'attachment; filename="document-{document.pk}.pdf"'
    assert answer["Content-Type"] == "application/octet-stream"
    assert "sandbox" in answer["Content-Security-Policy"]
    assert b"".join(answer.streaming_content).startswith(b"%PDF-")
    stranger = django_user_model.objects.create_user("stranger", is_staff=True)
    client.force_login(stranger)
    assert client.get(url).status_code == 403


def test_a_curator_attaches_a_document_to_a_credential_in_the_admin(client, curator):
    credential = ClinicCredentialFactory()
    client.force_login(curator)
    page = reverse("admin:clinics_credential_change", args=[credential.pk])
    form = client.get(page).context["adminform"].form
    data = {
        key: value
        for key, value in form.initial.items()
        if value is not None and not isinstance(value, (list, dict))
    }
    data.update(
        {
            "clinic": credential.clinic_id,
            "documents-TOTAL_FORMS": "1",
            "documents-INITIAL_FORMS": "0",
            "documents-0-description": "The board's certificate",
            "documents-0-upload": SimpleUploadedFile("certificate.pdf", b"not a pdf at all"),
        }
    )
    refused = client.post(page, data)
    assert refused.status_code == 200 and "Only PDF, PNG, JPEG and WebP" in refused.content.decode()
    data["documents-0-upload"] = SimpleUploadedFile("certificate.jpg", jpeg_with_exif())
    saved = client.post(page, data)
    assert saved.status_code == 302, saved.content.decode()[:2000]
    document = credential.documents.get()
    assert document.content_type == "image/jpeg" and document.clinic_id == credential.clinic_id
    assert document.uploaded_by == curator and document.uploaded_via == "staff"


def test_clinic_of_a_doctors_credential():
    from tests.factories import CredentialFactory

    credential = CredentialFactory()
    clinic = ClinicFactory()
    assert credential.practitioner.clinic_id != clinic.pk
    document = Document.store(
        minimal_pdf("x"),
        name="x.pdf",
        clinic=credential.practitioner.clinic,
        uploaded_via="staff",
        credential=credential,
    )
    assert document.clinic_id == credential.practitioner.clinic_id
