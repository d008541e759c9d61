"""Evidence documents in the admin (issue 20): an inline that attaches files to a credential,
an enforcement action or a website snapshot (the file checked and cleaned by
clinics.documents.checked_file), the document list (where a protocol's documents are added),
and the download view: staff with the permission only, always as an attachment, never
rendered from our origin."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest
from django.urls import path, reverse
from django.utils.html import format_html

from .documents import Document, DocumentRejected, UploadedVia, checked_file, max_bytes

TARGETS = ("credential", "protocol", "enforcement", "snapshot", "correction")


def document_response(document: Document) -> FileResponse:
    """The file as a download: an attachment with a neutral type, sandboxed, so a PDF or an
    image is never displayed from our site (a crafted file runs nothing here)."""
    handle = document.file.open("rb")
    extension = document.file.name.rsplit(".", 1)[-1]
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"document-{document.pk}.{extension}",
        content_type="application/octet-stream",
    )
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cache-Control"] = "private, no-store"
    return response


class DocumentForm(forms.ModelForm):
    """A file to attach: checked by its content, an image cleaned of its metadata."""

    upload = forms.FileField(
        label="File",
        required=False,
        help_text=f"PDF, PNG, JPEG or WebP, up to {max_bytes() // (1024 * 1024)} MB.",
    )

    class Meta:
        model = Document
        fields = ("description",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields.pop("upload")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        upload = data.get("upload")
        if self.instance.pk is None and upload is None and self.has_changed():
            self.add_error("upload", "Choose the file to attach.")
        if upload is not None:
            if upload.size > max_bytes():
                self.add_error("upload", f"The file is larger than {max_bytes() // 2**20} MB.")
                return data
            try:
                self._checked = checked_file(upload.read())
            except DocumentRejected as rejected:
                self.add_error("upload", str(rejected))
            self._name = upload.name
        return data

    def save(self, commit: bool = True) -> Document:
        document = super().save(commit=False)
        checked = getattr(self, "_checked", None)
        if checked is not None:
            document.keep(
                checked,
                name=self._name,
                uploaded_via=UploadedVia.STAFF,
                user=getattr(self, "user", None),
            )
        if document.clinic_id is None:
            owner = document.attached_to
            document.clinic_id = getattr(owner, "clinic_id", None) or _clinic_of(owner)
        if commit:
            document.save()
        return document


def _clinic_of(owner: Any) -> int | None:
    # A doctor's credential belongs to the clinic through its doctor; an enforcement action may
    # name several clinics: the first it is linked to.
    if getattr(owner, "practitioner_id", None):
        return owner.practitioner.clinic_id
    clinics = getattr(owner, "clinics", None)
    if clinics is not None:
        first = clinics.order_by("pk").first()
        return first.pk if first else None
    return None


class DocumentInline(admin.TabularInline):
    model = Document
    form = DocumentForm
    extra = 0
    fields = ("upload", "description", "file_link", "uploaded_via", "uploaded_at")
    readonly_fields = ("file_link", "uploaded_via", "uploaded_at")
    verbose_name = "evidence document"

    def get_formset(self, request: HttpRequest, obj: Any = None, **kwargs: Any) -> Any:
        formset = super().get_formset(request, obj, **kwargs)
        # The form records who uploaded each file.
        formset.form = type("DocumentFormOf", (formset.form,), {"user": request.user})
        return formset

    @admin.display(description="Document")
    def file_link(self, document: Document) -> str:
        if not document.pk:
            return "-"
        return format_html(
            '<a href="{}">{}</a> ({}, {} KB)',
            reverse("admin:clinics_document_download", args=[document.pk]),
            document.original_name,
            document.content_type,
            max(1, document.size // 1024),
        )


class DocumentAdminForm(DocumentForm):
    class Meta:
        model = Document
        fields = ("credential", "protocol", "enforcement", "snapshot", "description")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        chosen = [name for name in TARGETS[:4] if data.get(name)]
        if self.instance.pk is None and len(chosen) != 1:
            raise forms.ValidationError(
                "Attach the document to exactly one record: a credential, a protocol, an "
                "enforcement action or a website snapshot."
            )
        return data


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    form = DocumentAdminForm
    list_display = (
        "original_name",
        "clinic",
        "attached",
        "content_type",
        "uploaded_via",
        "uploaded_at",
    )
    list_filter = ("uploaded_via", "content_type")
    list_select_related = ("clinic",)
    search_fields = ("original_name", "description", "clinic__name")
    raw_id_fields = ("credential", "protocol", "enforcement", "snapshot")

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ("upload", "credential", "protocol", "enforcement", "snapshot", "description")
        return (
            "file_link",
            "clinic",
            "attached",
            "description",
            "uploaded_via",
            "uploaded_by",
            "uploaded_at",
            "sha256",
        )

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ()
        return (
            "file_link",
            "clinic",
            "attached",
            "uploaded_via",
            "uploaded_by",
            "uploaded_at",
            "sha256",
        )

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        return type("DocumentAdminFormOf", (form,), {"user": request.user})

    @admin.display(description="attached to")
    def attached(self, document: Document) -> str:
        for name in TARGETS:
            if getattr(document, f"{name}_id"):
                return f"{name} {getattr(document, f'{name}_id')}"
        return "-"

    file_link = DocumentInline.file_link

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # A clinic's own upload is part of its reply: kept.
        if obj is not None and obj.uploaded_via == UploadedVia.CLINIC:
            return False
        return super().has_delete_permission(request, obj)

    def get_urls(self) -> list:
        download = self.admin_site.admin_view(self.download_view)
        return [
            path("<path:object_id>/download/", download, name="clinics_document_download"),
            *super().get_urls(),
        ]

    def download_view(self, request: HttpRequest, object_id: str) -> FileResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        document = (
            Document.objects.filter(pk=unquote(object_id)).first()
            if object_id.isdecimal()
            else None
        )
        if document is None:
            raise Http404
        return document_response(document)
