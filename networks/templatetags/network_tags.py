"""The networks' part of pages of the apps below (members): the member's profile lists the
learning networks they take part in. The members app does not know networks
(.importlinter), so its template asks here."""

from django import template

from networks import membership

register = template.Library()


@register.simple_tag
def networks_of_member(member):
    """The live networks the member takes part in (memberships with their network)."""
    return membership.networks_of(member)
