import io
import json
import sys

from django.core.management.base import BaseCommand, CommandParser

from checklist.engine.claims import explain, screen


class Command(BaseCommand):
    help = (
        "Screen marketing texts for red flags. Reads one text a line from standard input and "
        'prints one JSON object a line: {"text": ..., "flags": [{"category", "start", "end", '
        '"match", "reason"}]}.'
    )
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--language",
            choices=("en", "es", "tr"),
            default="en",
            help="The language of the texts: en (the default), es or tr. Reasons stay in English.",
        )
        parser.add_argument(
            "--explain",
            action="store_true",
            help='Add "explain": every phrase a recognizer proposed ("recognizer": rules, a '
            "finder, the semantic layer or the trained encoder), the rule, finder or exemplar "
            'behind it ("origin", and for a resemblance its similarity, "score"), the trained '
            "encoder's probability that its passage makes a claim, for a phrase its context let "
            'stand or a passage the encoder flags itself ("probability"), and whether it was '
            'kept or why it was dropped ("kept", "why").',
        )

    def handle(self, *args, **options) -> None:
        # call_command(stdin=...) in tests; otherwise bytes from the pipe, decoded leniently
        # so one badly encoded line cannot stop the whole run.
        stream = options.get("stdin") or io.TextIOWrapper(
            sys.stdin.buffer, encoding="utf-8", errors="replace"
        )
        language = options.get("language") or "en"
        for raw in stream:
            text = raw.rstrip("\r\n")
            if not text.strip():
                continue
            flags = [
                {
                    "category": f.category,
                    "start": f.start,
                    "end": f.end,
                    "match": f.match,
                    "reason": f.reason,
                }
                for f in screen(text, language)
            ]
            line: dict[str, object] = {"text": text, "flags": flags}
            if options["explain"]:
                line["explain"] = [
                    {
                        "category": d.category,
                        "start": d.start,
                        "end": d.end,
                        "match": d.match,
                        "recognizer": d.recognizer,
                        "origin": d.origin,
                        "score": d.score,
                        "probability": d.probability,
                        "kept": d.kept,
                        "why": d.why,
                    }
                    for d in explain(text, language)
                ]
            self.stdout.write(json.dumps(line, ensure_ascii=False))
