from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from members.models import MemberProfile, ProfileExpertise, ProfileInterest
from practices.models import ExperienceReport, LearningPractice, PracticeTheme

from .models import Municipality

ELSEWHERE_LIMIT = 6


def municipality_index(request):
    """Municipalities where something happens: a learning practice or listed members."""
    live_practices = LearningPractice.objects.live().public().filter(municipality=OuterRef("pk"))
    listed_members = MemberProfile.objects.visible_to(request.user).filter(municipality=OuterRef("pk"))
    municipalities = (
        Municipality.objects.annotate(
            has_practice=Exists(live_practices),
            practice_count=Count("practices", filter=Q(practices__live=True), distinct=True),
            has_members=Exists(listed_members),
        )
        .filter(Q(has_practice=True) | Q(has_members=True))
        .order_by("province", "name")
    )
    return render(request, "municipalities/municipality_index.html", {"municipalities": municipalities})


def municipality_detail(request, slug):
    municipality = get_object_or_404(Municipality, slug=slug)
    practices = list(
        LearningPractice.objects.live().public().filter(municipality=municipality).with_leads().order_by("title")
    )
    members = list(
        MemberProfile.objects.visible_to(request.user)
        .filter(municipality=municipality)
        .with_card_data()
        .order_by("member__last_name", "member__first_name")
    )
    hidden_member_count = 0
    if not request.user.is_authenticated:
        hidden_member_count = MemberProfile.objects.listed().filter(municipality=municipality).count() - len(members)
    if not practices and not members and not hidden_member_count:
        raise Http404

    experiences = ExperienceReport.objects.none()
    if practices:
        in_practices = Q()
        for practice in practices:
            in_practices |= Q(path__startswith=practice.path)
        experiences = ExperienceReport.objects.live().public().filter(in_practices).order_by("-first_published_at")[:6]

    theme_ids = sorted({theme.pk for practice in practices for theme in practice.themes.all()})
    elsewhere_practices = (
        LearningPractice.objects.live()
        .public()
        .exclude(municipality=municipality)
        .filter(Exists(PracticeTheme.objects.filter(content_object=OuterRef("pk"), tag_id__in=theme_ids)))
        .with_leads()
        .order_by("title")[:ELSEWHERE_LIMIT]
    )
    elsewhere_members = []
    if request.user.is_authenticated and theme_ids:
        elsewhere_members = (
            MemberProfile.objects.visible_to(request.user)
            .exclude(municipality=municipality)
            .filter(
                Exists(ProfileInterest.objects.filter(content_object=OuterRef("pk"), tag_id__in=theme_ids))
                | Exists(ProfileExpertise.objects.filter(content_object=OuterRef("pk"), tag_id__in=theme_ids))
            )
            .with_card_data()
            .order_by("member__last_name")[:ELSEWHERE_LIMIT]
        )
    return render(
        request,
        "municipalities/municipality_detail.html",
        {
            "municipality": municipality,
            "practices": practices,
            "experiences": experiences,
            "members": members,
            "hidden_member_count": hidden_member_count,
            "elsewhere_practices": elsewhere_practices if theme_ids else [],
            "elsewhere_members": elsewhere_members,
        },
    )
