"""Just enough HTML reading for the security tests: tags with their attributes, and the
fields of a form as a browser would send them."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Tag:
    name: str
    attrs: dict[str, str]
    text: str = ""


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[Tag] = []
        self._open: list[Tag] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Tag(tag, {k: v or "" for k, v in attrs})
        self.tags.append(element)
        if tag in ("script", "textarea", "option", "style"):
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.tags.append(Tag("/form", {}))
        if self._open and self._open[-1].name == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1].text += data


def tags(html: str) -> list[Tag]:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.tags


def inline_code(html: str) -> list[str]:
    """Everything a strict script policy would refuse: inline scripts, event handler
    attributes, javascript: addresses, <style> elements."""
    found = []
    for tag in tags(html):
        if (
            tag.name == "script"
            and "src" not in tag.attrs
            and tag.attrs.get("type") not in ("application/json", "application/ld+json")
        ):
            found.append(f"<script>{tag.text[:60]}")
        if tag.name == "style":
            found.append(f"<style>{tag.text[:60]}")
        for name, value in tag.attrs.items():
            if name.startswith("on"):
                found.append(f"<{tag.name} {name}=...>")
            if name in ("href", "src", "action", "formaction") and value.strip().lower().startswith(
                "javascript:"
            ):
                found.append(f"<{tag.name} {name}={value[:40]}>")
    return found


@dataclass
class FormField:
    name: str
    kind: str  # text, hidden, checkbox, radio, select, textarea, file, ...
    value: str
    options: list[str] = field(default_factory=list)
    checked: bool = False


def form_fields(html: str, form_id: str | None = None) -> list[FormField]:
    """The fields of the page's first POST form (or the one with ``form_id``), in order."""
    fields: list[FormField] = []
    inside = False
    select: FormField | None = None
    for tag in tags(html):
        if tag.name == "/form" and inside:
            break
        if tag.name == "form":
            if inside:
                break
            inside = (
                tag.attrs.get("id") == form_id
                if form_id
                # The admin's header holds a logout form; the page's own form comes after it.
                else tag.attrs.get("method", "").lower() == "post"
                and tag.attrs.get("id") != "logout-form"
            )
            continue
        if not inside:
            continue
        name = tag.attrs.get("name")
        if tag.name == "input" and name:
            kind = tag.attrs.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset"):
                continue
            fields.append(
                FormField(name, kind, tag.attrs.get("value", ""), checked="checked" in tag.attrs)
            )
        elif tag.name == "textarea" and name:
            fields.append(FormField(name, "textarea", tag.text.lstrip("\n")))
        elif tag.name == "select" and name:
            select = FormField(name, "select", "")
            fields.append(select)
        elif tag.name == "option" and select is not None:
            value = tag.attrs.get("value", tag.text)
            select.options.append(value)
            if "selected" in tag.attrs:
                select.value = value
    return fields


def as_post_data(fields: list[FormField]) -> dict[str, list[str]]:
    """What a browser would send for the form as it stands."""
    data: dict[str, list[str]] = {}
    for f in fields:
        if f.kind in ("checkbox", "radio") and not f.checked:
            continue
        if f.kind == "file":
            continue
        data.setdefault(f.name, []).append(f.value)
    return data
