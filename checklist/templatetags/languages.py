"""The page in each of the site's languages: the switcher's links and the hreflang alternates.
The language is in the address (English at the root, /es/, /tr/), so each link is the same page
under another prefix, its query kept."""

from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context: dict[str, Any]) -> list[dict[str, Any]]:
    request = context.get("request")
    # An error page (Django's handlers pass the exception) links nothing: its address may be a
    # mistyped or withdrawn report's, whose token must not be written back into the page.
    if request is None or "exception" in context or "request_path" in context:
        return []
    current = translation.get_language()
    query = request.GET.urlencode()
    links = []
    for code, name in settings.LANGUAGES:
        path = translate_url(request.path, code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": f"{path}?{query}" if query else path,
                "absolute": request.build_absolute_uri(path),
                "current": code == current,
            }
        )
    # A page with no version in another language (staff pages, an address nothing answers)
    # offers no switcher and no alternates.
    if len({link["url"] for link in links}) < len(links):
        return []
    return links
