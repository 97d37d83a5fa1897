"""Members' profile cards, each kept for every reader of an audience
(lerendnetwerk.shared_fragments): a card shows what the member shows the network (name,
photo, work, municipality, roles, themes), the same to every member who may see it.

The start page showed nine cards (colleagues on the member's themes, the newest members):
reading what a card shows (the member, the municipality, the photo's rendition, a flag per
role, the themes) and rendering the nine cost about 10 ms of its 24 ms of CPU
(docs/performance.md). Now the page asks only which members to show, with the reader's
own access, and takes their cards from the cache; only cards not kept are read and
rendered, together. A card is kept under the generation numbers that any change to a
profile, a member, their roles, their themes, a municipality, an image or a theme renews,
so a change shows on the next request.
"""

from django.template.loader import render_to_string

from lerendnetwerk import shared_fragments

from .models import MemberProfile

CARD_TEMPLATE = "members/includes/profile_card.html"


def profile_cards(request, *lists):
    """The cards of each `(profile ids, heading level)` in `lists`, as lists of HTML in the
    order of the ids, all read from the cache in one round trip (and those not kept read
    and rendered together). Which profiles the reader may see is the caller's question:
    ask it in the query of ids. A profile that no longer exists has no card."""
    wanted = {(profile_id, level): (profile_id, level) for profile_ids, level in lists for profile_id in profile_ids}

    def build(missing):
        profiles = MemberProfile.objects.filter(pk__in={profile_id for profile_id, _level in missing}).with_card_data()
        by_pk = {profile.pk: profile for profile in profiles}
        return {
            (profile_id, level): render_to_string(CARD_TEMPLATE, {"profile": by_pk[profile_id], "heading_level": level})
            for profile_id, level in missing
            if profile_id in by_pk
        }

    cards = shared_fragments.kept_many(request, "profile-card", CARD_TEMPLATE, wanted, build)
    return [[cards[(pk, level)] for pk in profile_ids if (pk, level) in cards] for profile_ids, level in lists]
