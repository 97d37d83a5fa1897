"""User text: Markdown in, sanitised HTML out.

Members write Markdown (experiences now, forum posts later). markdown-it-py renders it
with raw HTML switched off; nh3 then keeps only a small allow-list of tags and
attributes, and gives every link rel="nofollow ugc noopener". Callers store the result
once, next to the Markdown, instead of rendering on every view.
"""

import nh3
from django.utils.safestring import mark_safe
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).disable(
    ["image", "html_inline", "html_block"]
)


def _demote_headings(html):
    """A member's "# Kop" must not compete with the page's own h1/h2: shift to h3/h4."""
    for level in (1, 2, 3, 4, 5, 6):
        target = min(max(level + 2, 3), 4)
        html = html.replace(f"<h{level}>", f"<x-h{target}>").replace(f"</h{level}>", f"</x-h{target}>")
    return html.replace("<x-h", "<h").replace("</x-h", "</h")


def render_markdown(text):
    """Sanitised HTML for `text`, safe to show as is."""
    html = _demote_headings(_markdown.render(text or ""))
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow ugc noopener",
        strip_comments=True,
    )
    return mark_safe(cleaned)
