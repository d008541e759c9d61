import json

from django.core.management.base import BaseCommand, CommandParser

from clinics.models import Clinic


class Command(BaseCommand):
    help = (
        "Print every clinic's current assessment as JSON Lines: slug, score, grade, coverage, "
        "knockouts, criteria, claim_flags."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--published-only", action="store_true", help="Leave out unpublished clinics."
        )

    def handle(self, *args, published_only: bool, **options) -> None:
        queryset = Clinic.objects.select_related("current_assessment").order_by("slug")
        if published_only:
            queryset = queryset.filter(published=True)
        for clinic in queryset.iterator(chunk_size=1000):
            assessment = clinic.current_assessment
            if assessment is None:
                continue
            line = {
                "slug": clinic.slug,
                "score": round(assessment.score, 1),
                "grade": assessment.grade,
                "coverage": round(assessment.coverage, 1),
                "knockouts": list(assessment.failed_knockouts),
                "criteria": assessment.statuses(),
                "claim_flags": list(assessment.claim_flags),
            }
            self.stdout.write(json.dumps(line, ensure_ascii=False))
