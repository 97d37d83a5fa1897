"""The lessons' feeds, advertised in every page's <head> so that feed readers find them."""

from django import template

register = template.Library()


@register.inclusion_tag("knowledge/includes/feed_links.html", takes_context=True)
def lesson_feed_links(context):
    """<link rel="alternate"> to the RSS and Atom feeds of the lesson index, if live."""
    from knowledge.models import LessonIndexPage

    return LessonIndexPage.feed_paths(context.get("request"))
