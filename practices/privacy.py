"""The personal data of the learning practices: memberships, experiences and applications
(found by the contact's verified address). Exported and erased through the privacy app
(docs/privacy.md)."""

from django.utils.translation import gettext_lazy

from lerendnetwerk.personal_data import PersonalData, Section, register
from members.invitations import exported_invitations
from members.models import address_matches

from .models import (
    ExperienceReport,
    PracticeApplication,
    PracticeEvaluation,
    PracticeInvitation,
    PracticeMembership,
    Reflection,
)
from .services import experience_statuses


@register
class PracticeMemberships(PersonalData):
    """The member's place in practices: deleted with the account (the sweep)."""

    key = "practice_memberships"
    section = Section(
        "practice_memberships",
        gettext_lazy("Learning practices"),
        gettext_lazy("The learning practices you take part in, and your role."),
    )
    position = 700
    models = ("practices.practicemembership",)
    labels = {
        "learning_practice": gettext_lazy("Learning practice"),
        "role": gettext_lazy("Role"),
        "since": gettext_lazy("Since"),
    }

    def export(self, member, export):
        return [
            {
                "learning_practice": membership.practice.title,
                "role": str(membership.get_role_display()),
                "since": membership.created_at,
                "url": export.absolute(membership.practice.url) if membership.practice.live else "",
            }
            for membership in PracticeMembership.objects.filter(member=member).select_related("practice")
        ]


@register
class PracticeInvitations(PersonalData):
    """Invitations to a practice sent to one of the member's verified addresses, and those
    the member sent (without the invited address: that is someone else's). Erased: the
    invitations to the member's addresses; the ones they sent lose them (the sweep)."""

    key = "practice_invitations"
    section = Section(
        "practice_invitations",
        gettext_lazy("Invitations to learning practices"),
        gettext_lazy("Invitations to take part in a practice sent to your e-mail address, and those you sent."),
    )
    position = 750
    models = ("practices.practiceinvitation",)
    erase_order = 200
    labels = {
        "learning_practice": gettext_lazy("Learning practice"),
        "role": gettext_lazy("Role"),
        "invited_at": gettext_lazy("Invited at"),
        "accepted_at": gettext_lazy("Accepted at"),
        "received": gettext_lazy("Invitations you received"),
        "sent": gettext_lazy("Invitations you sent"),
    }

    def export(self, member, export):
        return exported_invitations(
            PracticeInvitation.objects.all(), member, invited_to="practice", key="learning_practice"
        )

    def erase(self, erasure):
        PracticeInvitation.objects.filter(address_matches("email", erasure.addresses)).delete()


@register
class Experiences(PersonalData):
    """Published experiences stay without the author (the sweep); never-published ones (drafts,
    also those waiting for review) are the member's drafts and go, with their attachment."""

    key = "experiences"
    section = Section(
        "experiences",
        gettext_lazy("Experiences"),
        gettext_lazy("The experiences you shared, with their latest text and status."),
    )
    position = 800
    models = ("practices.experiencereport",)
    erase_order = 300
    labels = {
        "attachment": gettext_lazy("Attachment"),
        "first_published_at": gettext_lazy("First published at"),
        "learning_practice": gettext_lazy("Learning practice"),
        "text": gettext_lazy("Text"),
        "themes": gettext_lazy("Themes"),
        "title": gettext_lazy("Title"),
    }

    def export(self, member, export):

        experiences = list(ExperienceReport.objects.filter(author=member).order_by("pk"))
        statuses = experience_statuses(experiences)
        result = []
        for experience in experiences:
            latest = experience.get_latest_revision_as_object()
            result.append(
                {
                    "title": latest.title,
                    "learning_practice": experience.get_parent().title,
                    "status": statuses[experience.pk].label,
                    "text": latest.body_markdown,
                    "themes": sorted(theme.name for theme in latest.themes.all()),
                    "attachment": latest.attachment.title if latest.attachment else None,
                    "first_published_at": experience.first_published_at,
                    "url": export.absolute(experience.url) if experience.live else "",
                }
            )
        return result

    def erase(self, erasure):
        from wagtail.documents import get_document_model

        member = erasure.member
        drafts = list(ExperienceReport.objects.filter(author=member, first_published_at__isnull=True))
        attachment_ids = set()
        for draft in drafts:
            for revision in draft.revisions.all():
                attachment_ids.add(revision.content.get("attachment"))
            attachment_ids.add(draft.attachment_id)
            draft.delete()
        attachment_ids.discard(None)
        still_used = set(
            ExperienceReport.objects.filter(attachment_id__in=attachment_ids).values_list("attachment_id", flat=True)
        )
        documents = get_document_model().objects.filter(pk__in=attachment_ids - still_used, uploaded_by_user=member)
        for document in documents:
            document.delete()

    def deletion_summary(self, member, now):
        experiences = ExperienceReport.objects.filter(author=member)
        return {
            "published_experiences": experiences.filter(first_published_at__isnull=False).count(),
            "unpublished_experiences": experiences.filter(first_published_at__isnull=True).count(),
        }


@register
class PracticeApplications(PersonalData):
    """Applications in which one of the member's verified addresses is the contact address.
    The municipality's application stays; its contact person goes. Internal notes are the
    institute's, not exported."""

    key = "practice_applications"
    section = Section(
        "practice_applications",
        gettext_lazy("Applications as a learning practice"),
        gettext_lazy("Applications in which you are the contact person (found by your e-mail address)."),
    )
    position = 900
    models = ("practices.practiceapplication",)
    erase_order = 200
    labels = {
        "contact_person": gettext_lazy("Contact person"),
        "learning_questions": gettext_lazy("Learning questions"),
        "received_at": gettext_lazy("Received at"),
        "telephone": gettext_lazy("Telephone"),
        "knowledge_gap": gettext_lazy("Knowledge gap"),
    }

    def export(self, member, export):
        applications = PracticeApplication.objects.filter(
            address_matches("contact_email", member.verified_email_addresses())
        )
        return [
            {
                "municipality": application.municipality.name,
                "contact_person": application.contact_name,
                "email": application.contact_email,
                "telephone": application.contact_phone,
                "job_title": application.job_title,
                "themes": sorted(theme.name for theme in application.themes.all()),
                "learning_questions": application.learning_questions,
                "knowledge_gap": str(application.knowledge_gap or ""),
                "status": str(application.get_status_display()),
                "received_at": application.created_at,
            }
            for application in applications.select_related("municipality", "knowledge_gap").prefetch_related("themes")
        ]

    def erase(self, erasure):
        PracticeApplication.objects.filter(address_matches("contact_email", erasure.addresses)).update(
            contact_name=erasure.placeholder_name,
            contact_email=erasure.placeholder_email,
            contact_phone="",
            job_title="",
        )


@register
class Reflections(PersonalData):
    """The member's reflections on their practices' leervragen: their own words, exported
    with the answers and deleted with the account (an experience made of one stays, as
    experiences do)."""

    key = "reflections"
    section = Section(
        "reflections",
        gettext_lazy("Reflections"),
        gettext_lazy("Your reflections on the learning questions of your practices, with your answers."),
    )
    position = 750
    models = ("practices.reflection",)
    erase_order = 300
    labels = {
        "learning_practice": gettext_lazy("Learning practice"),
        "written_at": gettext_lazy("Written at"),
        "answers": gettext_lazy("Answers"),
        "learning_question": gettext_lazy("Learning question"),
        "answer": gettext_lazy("Answer"),
    }

    def export(self, member, export):
        reflections = (
            Reflection.objects.filter(author=member)
            .select_related("practice")
            .prefetch_related("answers__learning_question")
            .order_by("created_at")
        )
        return [
            {
                "learning_practice": reflection.practice.title,
                "written_at": reflection.created_at,
                "answers": [
                    {"learning_question": answer.learning_question.text, "answer": answer.text}
                    for answer in reflection.answers.all()
                ],
            }
            for reflection in reflections
        ]

    def erase(self, erasure):
        Reflection.objects.filter(author=erasure.member).delete()

    def deletion_summary(self, member, now):
        return {"reflections": Reflection.objects.filter(author=member).count()}


@register
class SubmittedEvaluations(PersonalData):
    """The end evaluations the member submitted for their practice's regieteam. The
    evaluation is the practice's and stays; who submitted it goes with the account."""

    key = "submitted_evaluations"
    section = Section(
        "submitted_evaluations",
        gettext_lazy("End evaluations you submitted"),
        gettext_lazy("The end evaluations of learning practices that you submitted for the steering team."),
    )
    position = 710
    models = ("practices.practiceevaluation",)
    labels = {"submitted_at": gettext_lazy("Submitted at")}

    def export(self, member, export):
        return [
            {
                "learning_practice": evaluation.practice.title,
                "submitted_at": evaluation.submitted_at,
            }
            for evaluation in PracticeEvaluation.objects.filter(submitted_by=member).select_related("practice")
        ]
