"""Mentions in forum posts.

The stored Markdown names a mentioned member by their handle, @anna-de-vries-12: the
number keeps it unique and stable when the name changes, and a member without JavaScript
can type it. What a person reads shows the name instead: the post (rendered once, at
save) links "@Anna de Vries" to the profile, and the edit box and the mails show
"@Anna de Vries" too. The suggestions put the name in the text and the member's number
in a hidden field next to it (`mentioned`); saving turns that name back into the handle.

Who can be mentioned is one rule, the member directory's: a reader mentions only members
the directory shows them (MemberProfile.objects.visible_to). Anyone else stays plain text
and is not told.
"""

import re

from django.urls import reverse

from lerendnetwerk.text import without_bidi_controls
from members.models import Member, MemberProfile

MENTION = re.compile(r"(?<![\w@/])@([a-z0-9]+(?:-[a-z0-9]+)*)-(\d+)\b")
MAX_SUGGESTIONS = 8
MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>!#~|])")


def mentionable_profiles(reader):
    """The profiles of the members `reader` may mention: what the directory shows them."""
    return MemberProfile.objects.visible_to(reader)


def mentionable_members(reader):
    return Member.objects.filter(pk__in=mentionable_profiles(reader).values("member_id"))


def suggestions(reader, query):
    """Members to offer when `reader` types @ and `query`, by last name."""
    return (
        mentionable_profiles(reader)
        .matching(q=query)
        .select_related("member")
        .order_by("member__last_name", "member__first_name", "pk")[:MAX_SUGGESTIONS]
    )


def _written_name(member):
    return f"@{without_bidi_controls(member.display_name)}"


def with_handles(markdown, reader, named_ids):
    """Text written with the suggestions: "@Anna de Vries" for each member in `named_ids`
    whom `reader` may mention becomes her handle. With two chosen members of the same
    name, the first chosen gets every "@name"."""
    named_ids = list(dict.fromkeys(named_ids))
    if not named_ids:
        return markdown
    members = {member.pk: member for member in mentionable_members(reader).filter(pk__in=named_ids)}
    for member_id in named_ids:
        member = members.get(member_id)
        if member is None:
            continue
        written = re.compile(r"(?<![\w@/])" + re.escape(_written_name(member)) + r"(?![\w-])")
        markdown = written.sub(lambda match, member=member: f"@{member.mention_handle}", markdown)
    return markdown


def with_names(markdown, members):
    """The handles of `members` written as "@Anna de Vries" (other handles stay as they are,
    as in the rendered post). Returns the text and the ids of the members it names."""
    by_pk = {member.pk: member for member in members}
    named = []

    def name(match):
        member = by_pk.get(int(match.group(2)))
        if member is None:
            return match.group(0)
        named.append(member.pk)
        return _written_name(member)

    return MENTION.sub(name, markdown), list(dict.fromkeys(named))


def with_links(markdown, mentionable):
    """Every handle of a member in `mentionable` (a Member queryset) becomes a Markdown link
    to their profile, with their name as the text. Returns the new Markdown and the
    members mentioned."""
    ids = {int(match.group(2)) for match in MENTION.finditer(markdown)}
    if not ids:
        return markdown, []
    members = {member.pk: member for member in mentionable.filter(pk__in=ids)}

    def link(match):
        member = members.get(int(match.group(2)))
        if member is None:
            return match.group(0)
        name = MARKDOWN_SPECIALS.sub(r"\\\1", without_bidi_controls(member.display_name))
        return f"[@{name}]({reverse('members:profile', kwargs={'member_id': member.pk})})"

    return MENTION.sub(link, markdown), list(members.values())
