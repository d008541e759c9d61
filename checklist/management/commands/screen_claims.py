import io
import json
import sys

from django.core.management.base import BaseCommand

from checklist.engine.claims import screen


class Command(BaseCommand):
    help = (
        "Screen marketing texts for red flags. Reads one text a line from standard input and "
        'prints one JSON object a line: {"text": ..., "flags": [{"category", "start", "end", "match"}]}.'
    )
    stealth_options = ("stdin",)

    def handle(self, *args, **options) -> None:
        # call_command(stdin=...) in tests; otherwise bytes from the pipe, decoded leniently
        # so one badly encoded line cannot stop the whole run.
        stream = options.get("stdin") or io.TextIOWrapper(
            sys.stdin.buffer, encoding="utf-8", errors="replace"
        )
        for raw in stream:
            text = raw.rstrip("\r\n")
            if not text.strip():
                continue
            flags = [
                {"category": f.category, "start": f.start, "end": f.end, "match": f.match}
                for f in screen(text)
            ]
            self.stdout.write(json.dumps({"text": text, "flags": flags}, ensure_ascii=False))
