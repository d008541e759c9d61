from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.template.loader import render_to_string

from checklist.views import methodology_context

DEFAULT_PATH = Path(settings.BASE_DIR) / "docs" / "methodology.md"


def render_methodology() -> str:
    return render_to_string("checklist/methodology.md", methodology_context()).strip() + "\n"


class Command(BaseCommand):
    help = "Write docs/methodology.md from the criteria catalogue."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", type=Path, default=DEFAULT_PATH, help="Where to write it.")

    def handle(self, *args, output: Path, **options) -> None:
        output.write_text(render_methodology(), encoding="utf-8")
        self.stdout.write(f"Wrote {output}")
