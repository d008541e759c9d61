"""Capture one page of a clinic's website (or a saved page or brochure) and print what it
proposes, one JSON object a line. Only proposes: the clinic is unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from capture.extract import extract
from capture.fetch import Refused, fetch
from capture.propose import propose
from capture.services import page_language

MAX_FILE_BYTES = 20 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Fetch a clinic's page (or read a saved HTML page or PDF brochure) and print its "
        "proposals as JSON lines: claims with their flags, prices, cell terms, practitioners, "
        "accreditations, trials, DOIs. Nothing is written."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="The clinic the page is about.")
        parser.add_argument("url", nargs="?", help="The page's address.")
        parser.add_argument("--file", type=Path, help="A saved page (HTML) or brochure (PDF).")

    def handle(self, *args, slug: str, url: str | None, file: Path | None, **options) -> None:
        from clinics.models import Clinic

        if not Clinic.objects.filter(slug=slug).exists():
            raise CommandError(f"No clinic with slug {slug!r}")
        if (url is None) == (file is None):
            raise CommandError("Give the page's URL or --file PATH, one of the two.")
        if file is not None:
            try:
                if file.stat().st_size > MAX_FILE_BYTES:
                    raise CommandError(f"{file}: larger than {MAX_FILE_BYTES // 2**20} MB")
                body, where, content_type = file.read_bytes(), file.as_uri(), ""
            except OSError as error:
                raise CommandError(f"{file}: {error.strerror}") from None
        else:
            try:
                page = fetch(url or "")
            except Refused as refused:
                raise CommandError(str(refused)) from None
            body, where, content_type = page.body, page.url, page.content_type
        extracted = extract(body, url=where, content_type=content_type)
        if not extracted.text:
            raise CommandError("No text could be read from the page.")
        for proposal in propose(extracted.text, page_language(extracted.text)):
            self.stdout.write(
                json.dumps({**proposal.to_dict(), "source": where}, ensure_ascii=False)
            )
        self.stderr.write(
            f"{where}: {len(extracted.text):,} characters of text"
            + (f", dated {extracted.date}" if extracted.date else "")
            + f"; the clinic {slug!r} is unchanged (proposals only)."
        )
