"""Compile the site's translation catalogues (locale/<language>/LC_MESSAGES/*.po) into the .mo
files Django reads, with Babel: no GNU gettext is needed to run or test the site. `make run`,
`make test` and CI call it; the .mo files are build output, never committed. A fuzzy entry is
left out (it is shown in English), as msgfmt does."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po into .mo files (Babel)."

    def handle(self, *args, **options) -> None:
        compiled = 0
        for folder in map(Path, settings.LOCALE_PATHS):
            for po in sorted(folder.glob("*/LC_MESSAGES/*.po")):
                mo = po.with_suffix(".mo")
                if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
                    continue
                try:
                    with po.open("rb") as handle:
                        catalog = read_po(handle, locale=po.parts[-3])
                except Exception as error:  # Babel raises several kinds on a broken file
                    raise CommandError(f"{po}: {error}") from None
                handle_fd, temporary = tempfile.mkstemp(dir=po.parent, suffix=".mo.tmp")
                with os.fdopen(handle_fd, "wb") as out:
                    write_mo(out, catalog, use_fuzzy=False)
                os.replace(temporary, mo)
                compiled += 1
        self.stdout.write(f"{compiled} catalogue(s) compiled.")
