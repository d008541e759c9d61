"""The first step of a spreadsheet import: the file is read and its heading row checked before
django-import-export sees it, so a malformed upload is a message under the file field.

django-import-export pairs each row with ``dataset.headers`` before any resource hook runs: a
CSV whose first line is empty has no headers (``None``), which ended in a TypeError (a 500), and
a heading written twice silently keeps one of its two columns. The file is read here with the
format classes the import itself uses, so a file this form accepts is one the import can read.

Its columns are checked against the chosen kind of row: a column every row needs (a clinic's
slug, a child row's clinic) missing is named here, not met as a traceback in each row; two rows
naming the same record (a slug, an id) are refused, naming both, not applied one over the
other; a column the import does not read is kept in ``unknown_columns`` for the preview to name
(clinics.curation).
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import tablib
from django import forms
from django.conf import settings
from import_export.formats.base_formats import Format
from import_export.forms import ImportForm
from import_export.tmp_storages import TempFolderStorage

# The import decodes text files with the admin's ``from_encoding``; ClinicAdmin sets it to this.
ENCODING = "utf-8-sig"
SAVE_AS_CSV = "save it as “CSV UTF-8” and upload it again"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # Excel 97-2003 workbooks, and password-protected .xlsx ones
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

Rows = list[tuple[int, list[str]]]  # (line or row number, cells as stripped text)

# A preview is read, checked and rendered inside one request, which gunicorn stops after 30 s:
# about 5,000 rows took 20 s on the hostile test's machine. A larger file is checked and then
# imported by background jobs (checklist/import_jobs.py), up to MAX_BACKGROUND_ROWS.
MAX_IMPORT_ROWS = 2_000
MAX_BACKGROUND_ROWS = 100_000
# An upload whose preview was never confirmed is deleted after this long.
PREVIEW_MAX_AGE_SECONDS = 24 * 60 * 60


class CuratorImportForm(ImportForm):
    """The library's import form, refusing a file the import could not read row by row."""

    def __init__(
        self, formats: Sequence[type[Format]], resources: Sequence[Any], **kwargs: Any
    ) -> None:
        super().__init__(formats, resources, **kwargs)
        self.formats = formats
        self.resources = resources
        self.unknown_columns: list[str] = []
        # More rows than a request can preview: checked and imported by background jobs.
        self.background = False
        self.rows = 0

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        upload = cleaned.get("import_file")
        chosen = cleaned.get("format")
        if upload is None or not chosen:
            return cleaned  # that field's own error is shown
        resource = self.resources[int(cleaned.get("resource") or 0)]
        try:
            dataset, rows, unit = read_rows(b"".join(upload.chunks()), self.formats[int(chosen)]())
            self.rows = check_size(rows, unit)
            self.background = self.rows > MAX_IMPORT_ROWS
            self.unknown_columns = check_columns(dataset, rows, unit, resource)
        except forms.ValidationError as error:
            self.add_error("import_file", error)
        return cleaned


def check_size(rows: Rows, unit: str) -> int:
    """The rows of data in the file; a file too large even for a background job is refused."""
    count = sum(1 for _, cells in rows[1:] if any(cells))
    if count > MAX_BACKGROUND_ROWS:
        raise forms.ValidationError(
            f"The file has {count:,} {unit}s of data; the admin imports at most "
            f"{MAX_BACKGROUND_ROWS:,} at a time. Split it into files of {MAX_BACKGROUND_ROWS:,} "
            f"{unit}s or fewer, or import clinic profiles with `manage.py import_clinics` "
            "(docs/deploy.md)."
        )
    return count


class ImportFileGone(Exception):
    """The preview's copy of the upload is no longer stored, so nothing can be confirmed."""


class PreviewStorage(TempFolderStorage):
    """The library's temporary copy of the upload, saying so when it is gone: the confirmation
    removes it, so a confirmation sent twice finds nothing to read."""

    def read(self) -> str | bytes:
        try:
            return super().read()
        except FileNotFoundError:
            raise ImportFileGone from None

    def save(self, data: Any) -> None:
        # Uploads nobody confirmed go when the next one arrives; no cron line is needed.
        previews_purge()
        super().save(data)

    def get_full_path(self) -> str:
        # The confirmation sends back only the file's base name (the library's form strips it).
        return str(preview_folder() / os.path.basename(self.name))

    def _open(self, mode: str = "r") -> Any:
        if self.name:
            return super()._open(mode)
        # Our own folder, so that what is old there is ours to delete.
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115  (the caller closes it)
            dir=preview_folder(), prefix="preview-", delete=False
        )
        self.name = handle.name
        return handle


def preview_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / "clinic-vetting-import-previews"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def job_upload_folder() -> Path:
    """Where a large upload waits for its background import (settings.JOB_FILES: shared by the
    web servers and the workers when they run on different machines)."""
    folder = Path(settings.JOB_FILES) / "imports"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def job_upload_save(upload: Any, suffix: str) -> Path:
    """Keep an upload for the background jobs that check and import it (and clear the uploads
    nobody confirmed within a day, as a preview's save does)."""
    previews_purge()
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115  (closed below)
        dir=job_upload_folder(), prefix="preview-", suffix=suffix, delete=False
    )
    with handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    return Path(handle.name)


def previews_purge(*, now: float | None = None) -> int:
    """Delete previews and large uploads older than a day (their import was never confirmed);
    return how many."""
    cutoff = (time.time() if now is None else now) - PREVIEW_MAX_AGE_SECONDS
    deleted = 0
    waiting = [*preview_folder().glob("preview-*"), *job_upload_folder().glob("preview-*")]
    for path in waiting:
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                deleted += 1
        except FileNotFoundError:
            continue  # another worker removed it first
    return deleted


def read_dataset(content: bytes, file_format: Format) -> tablib.Dataset:
    """The dataset the import will see, or a ValidationError saying what is wrong with the file."""
    return read_rows(content, file_format)[0]


def read_rows(content: bytes, file_format: Format) -> tuple[tablib.Dataset, Rows, str]:
    """The dataset, its rows as text with their numbers, and what a row is called ("line" of a
    CSV file, "row" of a sheet); or a ValidationError saying what is wrong with the file."""
    if content.startswith(OLE_MAGIC):
        raise forms.ValidationError(
            "This is an Excel 97–2003 workbook (.xls) or a password-protected one: save it as "
            f".xlsx without a password, or {SAVE_AS_CSV}."
        )
    if file_format.is_binary():
        dataset = open_workbook(content, file_format)
        rows = [(1, cells_text(dataset.headers or []))]
        rows += [(number, cells_text(row)) for number, row in enumerate(dataset, 2)]
        check_rows(rows, "row")
        return dataset, rows, "row"
    text = decoded(content)
    rows = csv_rows(text)
    check_rows(rows, "line")
    try:
        return file_format.create_dataset(text), rows, "line"
    except Exception:  # whatever tablib still refuses, the curator gets a sentence, not a 500
        raise forms.ValidationError(f"The file could not be read as CSV: {SAVE_AS_CSV}.") from None


def open_workbook(content: bytes, file_format: Format) -> tablib.Dataset:
    try:
        return file_format.create_dataset(content)
    except StopIteration:  # no row at all: the library asks the sheet for its first one
        return tablib.Dataset()
    except zipfile.BadZipFile:
        raise forms.ValidationError(
            "The file is not an Excel workbook (.xlsx): if it is a CSV file, choose “csv” as the "
            "format."
        ) from None
    except Exception:  # openpyxl fails in many ways on a damaged workbook
        raise forms.ValidationError(
            "The workbook could not be read (it may be damaged): open it in Excel, save it as "
            ".xlsx and upload it again."
        ) from None


def decoded(content: bytes) -> str:
    if content.startswith(ZIP_MAGIC):
        raise forms.ValidationError(
            "This is an Excel workbook, not a CSV file: choose “xlsx” as the format, or "
            f"{SAVE_AS_CSV}."
        )
    if content.startswith(UTF16_BOMS):
        raise forms.ValidationError(f"The file is UTF-16 text, not UTF-8: {SAVE_AS_CSV}.")
    if b"\x00" in content:
        raise forms.ValidationError(
            "The file contains NUL characters, which a UTF-8 CSV file never does (it may be "
            f"UTF-16 text, or not a CSV file at all): {SAVE_AS_CSV}."
        )
    try:
        return content.decode(ENCODING)
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise forms.ValidationError(
            f"The file is not UTF-8 text: line {line} has the byte 0x{content[error.start]:02X}, "
            f"which UTF-8 does not use (Latin-1 and Windows-1252 files do): {SAVE_AS_CSV}."
        ) from None


def csv_rows(text: str) -> Rows:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return [(reader.line_num, cells_text(row)) for row in reader]
    except csv.Error as error:
        raise forms.ValidationError(
            f"Line {reader.line_num} cannot be read as CSV ({error})."
        ) from None


def cells_text(cells: Sequence[Any]) -> list[str]:
    return ["" if cell is None else str(cell).strip() for cell in cells]


def check_rows(rows: Rows, unit: str) -> None:
    """The first line names the columns, once each, and at least one row follows it."""
    if not any(any(cells) for _, cells in rows):
        raise forms.ValidationError(
            f"The file has no column headings and no rows: it is empty, or only blank {unit}s."
        )
    headings = rows[0][1]
    body = [(number, cells) for number, cells in rows[1:] if any(cells)]
    if not any(headings):
        raise forms.ValidationError(
            f"The file's first {unit} must be the column headings (the field names listed on "
            f"this page), but it is empty: delete the blank {unit}s above the headings."
        )
    if not body:
        raise forms.ValidationError(
            "The file has column headings but no rows under them: nothing to import."
        )
    for number, cells in body:
        if len(cells) > len(headings):
            raise forms.ValidationError(
                f"{unit.capitalize()} {number} has {len(cells)} cells but the first {unit} has "
                f"only {len(headings)} column headings: give every column a heading."
            )
    first_column: dict[str, int] = {}
    for column, heading in enumerate(headings, 1):
        if not heading and any(column <= len(cells) and cells[column - 1] for _, cells in body):
            raise forms.ValidationError(
                f"Column {column} has values but no heading in the first {unit}: give it a "
                "heading, or delete the column."
            )
        if heading and heading in first_column:
            shown = heading if len(heading) <= 40 else heading[:40] + "…"
            raise forms.ValidationError(
                f"The heading “{shown}” is in the first {unit} twice (columns "
                f"{first_column[heading]} and {column}): each column needs a heading of its own."
            )
        first_column.setdefault(heading, column)


def quoted(names: Sequence[str]) -> str:
    return ", ".join(f"“{name}”" for name in names)


def check_columns(dataset: tablib.Dataset, rows: Rows, unit: str, resource: Any) -> list[str]:
    """Refuse a file missing a column every row needs, or naming one record on two rows;
    return the columns the import will not read."""
    raw = ["" if h is None else str(h) for h in (dataset.headers or [])]
    headers = [h for h in raw if h.strip()]
    noun = resource._meta.model._meta.verbose_name
    missing = [c for c in resource.required_columns() if c not in headers]
    if len(missing) == 1:
        raise forms.ValidationError(
            f"The file has no “{missing[0]}” column, which every {noun} row needs: add it, "
            "headed exactly so (the columns this page lists are the ones read)."
        )
    if missing:
        raise forms.ValidationError(
            f"The file has no columns {quoted(missing)}, which every {noun} row needs: add "
            "them, headed exactly so (the columns this page lists are the ones read)."
        )
    unique = resource.unique_columns
    if unique and all(c in headers for c in unique):
        at = [raw.index(c) for c in unique]
        first: dict[tuple[str, ...], int] = {}
        for number, cells in rows[1:]:
            key = tuple(cells[i] if i < len(cells) else "" for i in at)
            if not any(key):
                continue  # a new row (no id), or a blank one
            if resource.keys_ignore_case:
                key = tuple(k.lower() for k in key)
            if key in first:
                shown = ", ".join(key)
                named = " and ".join(unique)
                raise forms.ValidationError(
                    f"The {named} “{shown}” is on {unit}s {first[key]} and {number}: each "
                    f"{noun} may be in the file once. Delete one of the two {unit}s, or merge them."
                )
            first[key] = number
    known = resource.known_columns()
    return [h for h in headers if h not in known]
