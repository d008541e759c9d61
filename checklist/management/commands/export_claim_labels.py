import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandParser

from checklist.models import ClaimLabel


class Command(BaseCommand):
    help = (
        "Export curators' labels on the claims screener's flags as JSON Lines, one label a line: "
        "the claim's text, language and source, the category, the decision (confirmed, dismissed, added), "
        "the reason, who decided and when, and the screener version judged."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "-o", "--output", type=Path, help="Write to this file, not standard output."
        )
        parser.add_argument(
            "--reviewed",
            action="store_true",
            help="Only labels a reviewer accepted: the ones that may become exemplars "
            "(scripts/claims_exemplars.py --labels FILE).",
        )

    def handle(self, *args, output: Path | None = None, reviewed: bool = False, **options) -> None:
        labels = ClaimLabel.objects.select_related(
            "claim__clinic", "decided_by", "reviewed_by"
        ).order_by("pk")
        if reviewed:
            labels = labels.filter(reviewed_at__isnull=False)
        lines = [
            json.dumps(
                {
                    "claim": label.claim_id,
                    "clinic": label.claim.clinic.slug,
                    "text": label.claim.text,
                    "language": label.claim.language,
                    "source_url": label.claim.source_url,
                    "category": label.category,
                    "decision": label.decision,
                    "reason": label.reason,
                    "decided_by": label.decided_by.get_username() if label.decided_by else "",
                    "decided_at": label.decided_at.isoformat(),
                    "screener_version": label.screener_version,
                    "reviewed_by": label.reviewed_by.get_username() if label.reviewed_by else "",
                    "reviewed_at": label.reviewed_at.isoformat() if label.reviewed_at else "",
                },
                ensure_ascii=False,
            )
            for label in labels.iterator(chunk_size=1000)
        ]
        text = "".join(f"{line}\n" for line in lines)
        if output is None:
            self.stdout.write(text, ending="")
        else:
            output.write_text(text, encoding="utf-8")
            self.stdout.write(f"Exported {len(lines)} labels to {output}")
