"""The demo command builds the whole believable network, and running it again changes nothing."""

from collections import Counter

import pytest
from django.core import mail
from django.core.management import call_command

from knowledge.models import KnowledgeDossier, Lesson
from members.models import AssociateMembershipRequest, Member
from members.roles import Role
from municipalities.models import Municipality
from practices.models import ExperienceReport, LearningPractice, PracticeApplication, PracticeMembership
from practices.services import experience_statuses


def counts():
    return {
        "members": Member.objects.count(),
        "municipalities": Municipality.objects.count(),
        "practices": LearningPractice.objects.live().count(),
        "memberships": PracticeMembership.objects.count(),
        "experiences": ExperienceReport.objects.count(),
        "dossiers": KnowledgeDossier.objects.live().count(),
        "lessons": Lesson.objects.live().count(),
        "applications": PracticeApplication.objects.count(),
        "associate_requests": AssociateMembershipRequest.objects.count(),
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_demo_content_is_complete_idempotent_and_sends_no_mail():
    call_command("load_demo_content", verbosity=0)
    first = counts()
    assert first == {
        "members": 41,
        "municipalities": 67,
        "practices": 14,
        "memberships": first["memberships"],
        "experiences": 30,
        "dossiers": 15,
        "lessons": 20,
        "applications": 3,
        "associate_requests": 2,
    }
    assert first["memberships"] >= 14
    roles = Counter(role for member in Member.objects.prefetch_related("groups") for role in member.roles)
    assert roles[Role.MUNICIPAL_LEAD] == 14
    assert roles[Role.EDITOR] == 3
    states = Counter(status.code for status in experience_statuses(ExperienceReport.objects.all()).values())
    assert states == {"published": 18, "submitted": 6, "rejected": 4, "draft": 2}
    assert (
        len({practice.municipality.province for practice in LearningPractice.objects.select_related("municipality")})
        == 12
    )
    assert mail.outbox == []

    call_command("load_demo_content", verbosity=0)
    assert counts() == first
