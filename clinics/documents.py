"""Evidence documents (issue 20): the file behind a verified fact (a licence scan, a lab's
accreditation certificate, an enforcement letter, a saved page) or behind a clinic's
correction. Re-exported by clinics.models.

A document is stored through Django's storage API under the ``evidence`` alias (a private
folder by default, S3-compatible storage when configured; never under a public URL), its type
read from its content (PDF, PNG, JPEG, WebP; nothing else), images re-encoded so that no
metadata (EXIF: place, device, date) is kept. Staff download it through a view that checks
their permission, always as an attachment.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import schema_rules

ALLOWED = {
    "application/pdf": "pdf",
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/webp": "webp",
}
# Pillow's name of each image format, to write the re-encoded image in the format it came in.
PIL_FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WEBP"}
MAX_PIXELS = 40_000_000  # a 40-megapixel scan is plenty; larger is refused, not decoded


def evidence_storage() -> Any:
    return storages["evidence"]


def max_bytes() -> int:
    return int(getattr(settings, "EVIDENCE_MAX_BYTES", 10 * 1024 * 1024))


class DocumentRejected(ValueError):
    """The file cannot be kept, said in the uploader's words."""


@dataclass(frozen=True)
class Checked:
    content: bytes
    content_type: str
    extension: str


def checked_file(data: bytes) -> Checked:
    """The file as we keep it, or DocumentRejected saying why: its type read from its bytes
    (not its name), within the size limit, an image decoded and written again without its
    metadata."""
    import filetype

    if not data:
        raise DocumentRejected(gettext("The file is empty."))
    if len(data) > max_bytes():
        raise DocumentRejected(
            gettext("The file is larger than %(size)s MB.") % {"size": max_bytes() // (1024 * 1024)}
        )
    kind = filetype.guess(data)
    mime = kind.mime if kind is not None else ""
    if mime not in ALLOWED:
        raise DocumentRejected(
            gettext(
                "Only PDF, PNG, JPEG and WebP files are accepted (read from the file's content, "
                "not its name)."
            )
        )
    if mime == "application/pdf":
        return Checked(data, mime, "pdf")
    return Checked(_reencoded(data, mime), mime, ALLOWED[mime])


def _reencoded(data: bytes, mime: str) -> bytes:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            # The size is read from the header: a decompression bomb is refused undecoded.
            if image.width * image.height > MAX_PIXELS:
                raise DocumentRejected(gettext("The image is too large (over 40 megapixels)."))
            image.load()
            pixels = image.convert("RGBA") if image.mode == "P" else image.copy()
    except DocumentRejected:
        raise
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
        raise DocumentRejected(gettext("The image could not be read; it may be damaged.")) from None
    if mime == "image/jpeg" and pixels.mode not in ("RGB", "L", "CMYK"):
        pixels = pixels.convert("RGB")
    # A new image holds the pixels only: no EXIF, XMP, ICC profile or text chunk is written.
    bare = Image.new(pixels.mode, pixels.size)
    bare.paste(pixels)
    out = io.BytesIO()
    bare.save(out, format=PIL_FORMATS[mime])
    return out.getvalue()


def _upload_to(document: Document, filename: str) -> str:
    # A random name: the stored path says nothing of the clinic or the file's original name.
    return f"evidence/{uuid.uuid4().hex}.{filename.rsplit('.', 1)[-1]}"


def _backs(model: str) -> Any:
    return models.ForeignKey(
        model, null=True, blank=True, on_delete=models.CASCADE, related_name="documents"
    )


class UploadedVia(models.TextChoices):
    STAFF = "staff", _("Staff")
    CLINIC = "clinic", _("The clinic (portal)")


class Document(models.Model):
    """One evidence file, attached to exactly one record."""

    clinic = models.ForeignKey("clinics.Clinic", on_delete=models.CASCADE, related_name="documents")
    # The record the document backs: exactly one (schema_rules.DOCUMENT_RULES).
    credential = _backs("clinics.Credential")
    protocol = _backs("clinics.ProcessingProtocol")
    enforcement = _backs("clinics.EnforcementAction")
    snapshot = _backs("clinics.Snapshot")
    correction = _backs("clinics.ClinicCorrection")
    file = models.FileField(storage=evidence_storage, upload_to=_upload_to, max_length=200)
    original_name = models.CharField(max_length=200, help_text=_("The file's name when uploaded."))
    content_type = models.CharField(max_length=40, choices=[(m, m) for m in ALLOWED])
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    description = models.CharField(max_length=300, blank=True)
    uploaded_via = models.CharField(max_length=10, choices=UploadedVia.choices)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-uploaded_at", "-id")
        constraints = [rule.constraint() for rule in schema_rules.DOCUMENT_RULES]

    def __str__(self) -> str:
        return self.original_name

    @classmethod
    def store(
        cls,
        data: bytes,
        *,
        name: str,
        clinic: Any,
        uploaded_via: str,
        user: Any = None,
        **target: Any,
    ) -> Document:
        """Check ``data`` (checked_file) and keep it, attached to ``target`` (one of
        credential=, protocol=, enforcement=, snapshot=, correction=)."""
        document = cls(clinic=clinic, **target)
        document.keep(checked_file(data), name=name, uploaded_via=uploaded_via, user=user)
        document.save()
        return document

    def keep(self, checked: Checked, *, name: str, uploaded_via: str, user: Any = None) -> None:
        """Put a checked file (checked_file) in the evidence storage and describe it here; the
        row itself is saved by the caller."""
        self.original_name = (name or "document")[:200]
        self.content_type = checked.content_type
        self.size = len(checked.content)
        self.sha256 = hashlib.sha256(checked.content).hexdigest()
        self.uploaded_via = uploaded_via
        self.uploaded_by = user if getattr(user, "pk", None) else None
        self.file.save(f"upload.{checked.extension}", ContentFile(checked.content), save=False)

    @property
    def attached_to(self) -> Any:
        return (
            self.credential or self.protocol or self.enforcement or self.snapshot or self.correction
        )
