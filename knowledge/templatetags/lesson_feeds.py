"""The lessons' feeds, advertised in every page's <head> so that feed readers find them."""

from django import template

register = template.Library()


@register.inclusion_tag("knowledge/includes/feed_links.html", takes_context=True)
def lesson_feed_links(context):
    """<link rel="alternate"> to the RSS and Atom feeds of the (one) lesson index, if live.
    One query per page; the lesson index page itself already has its page in the context."""
    from knowledge.models import LessonIndexPage

    request = context.get("request")
    page = context.get("page")
    index = page if isinstance(page, LessonIndexPage) else LessonIndexPage.objects.live().public().first()
    if index is None or request is None:
        return {}
    url = index.get_url(request)
    if not url:
        return {}
    return {"rss_url": url + index.reverse_subpage("rss"), "atom_url": url + index.reverse_subpage("atom")}
