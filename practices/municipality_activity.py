"""What a municipality page (figures.views, /gemeenten/) shows of the practices and the
members: municipalities is a base app that the practices and members build on, and the
figures app above puts the page together."""

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery, prefetch_related_objects
from django.db.models.functions import Coalesce

from members.models import (
    MemberProfile,
    ProfileExpertise,
    ProfileInterest,
    card_theme_groups,
    complete_cards,
    themes_prefetched,
)
from municipalities.models import Municipality
from themes.prefetch import prefetch_themes

from .elements import prefetch_elements
from .models import ExperienceReport, LearningPractice, PracticeMembership, PracticeRole, PracticeTheme

ELSEWHERE_LIMIT = 6


def municipalities_with_activity(user):
    """Municipalities, marked where there is a live public learning practice or members `user` may see,
    annotated with `practice_count`, `has_practice` and `has_members` (filter on them)."""
    live_practices = LearningPractice.objects.live().public().filter(municipality=OuterRef("pk"))
    listed_members = MemberProfile.objects.visible_to(user).filter(municipality=OuterRef("pk"))
    return Municipality.objects.annotate(
        has_practice=Exists(live_practices),
        practice_count=Count("practices", filter=Q(practices__live=True), distinct=True),
        has_members=Exists(listed_members),
    )


def with_listed_member_count(municipalities):
    """Annotated with `listed_member_count`: the profiles listed in the directory (a
    visitor's page says how many it does not show), asked in the municipality's query."""
    listed = (
        MemberProfile.objects.listed()
        .filter(municipality=OuterRef("pk"))
        .order_by()
        .values("municipality")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return municipalities.annotate(listed_member_count=Coalesce(Subquery(listed), 0))


def municipality_activity(request, municipality, *, also_elements_of=()):
    """What happens in a municipality: its practices, experiences and members, and who
    works on the same themes elsewhere. `has_activity` is False when there is nothing.
    The cards of both practice lists and of both member lists are completed together
    (their themes, elements, trekkers, photos: one query each for the whole page);
    `also_elements_of`: (objects, attribute) whose effective elements are read in the
    same query as the practices' (practices.elements.prefetch_elements)."""
    practices = list(
        LearningPractice.objects.live()
        .public()
        .filter(municipality=municipality)
        .select_related("municipality")
        .order_by("title")
    )
    members = list(
        MemberProfile.objects.visible_to(request.user)
        .filter(municipality=municipality)
        .with_card_data(complete=False)
        .order_by("member__last_name", "member__first_name")
    )
    hidden_member_count = 0
    if not request.user.is_authenticated:
        listed = getattr(municipality, "listed_member_count", None)  # with_listed_member_count()
        if listed is None:
            listed = MemberProfile.objects.listed().filter(municipality=municipality).count()
        hidden_member_count = listed - len(members)

    experiences = ExperienceReport.objects.none()
    if practices:
        in_practices = Q()
        for practice in practices:
            in_practices |= Q(path__startswith=practice.path)
        experiences = ExperienceReport.objects.live().public().filter(in_practices).order_by("-first_published_at")[:6]

    # The themes of the municipality's practices, asked inside the queries below.
    theme_ids = PracticeTheme.objects.filter(content_object__in=[practice.pk for practice in practices]).values(
        "tag_id"
    )
    elsewhere_practices = []
    if practices:
        elsewhere_practices = list(
            LearningPractice.objects.live()
            .public()
            .exclude(municipality=municipality)
            .filter(Exists(PracticeTheme.objects.filter(content_object=OuterRef("pk"), tag_id__in=theme_ids)))
            .select_related("municipality")
            .order_by("title")[:ELSEWHERE_LIMIT]
        )
    elsewhere_members = []
    if request.user.is_authenticated and practices:
        elsewhere_members = list(
            MemberProfile.objects.visible_to(request.user)
            .exclude(municipality=municipality)
            .filter(
                Exists(ProfileInterest.objects.filter(content_object=OuterRef("pk"), tag_id__in=theme_ids))
                | Exists(ProfileExpertise.objects.filter(content_object=OuterRef("pk"), tag_id__in=theme_ids))
            )
            .with_card_data(complete=False)
            .order_by("member__last_name")[:ELSEWHERE_LIMIT]
        )
    leads = PracticeMembership.objects.filter(role=PracticeRole.LEAD).select_related("member")
    prefetch_related_objects([*practices, *elsewhere_practices], Prefetch("memberships", leads))
    prefetch_elements(([*practices, *elsewhere_practices], "effective_elements"), *also_elements_of)
    complete_cards(members, elsewhere_members)
    prefetch_themes(practices, elsewhere_practices, *card_theme_groups([*members, *elsewhere_members]))
    themes_prefetched([*members, *elsewhere_members])
    return {
        "has_activity": bool(practices or members or hidden_member_count),
        "practices": practices,
        "experiences": experiences,
        "members": members,
        "hidden_member_count": hidden_member_count,
        "elsewhere_practices": elsewhere_practices,
        "elsewhere_members": elsewhere_members,
    }
