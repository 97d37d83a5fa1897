"""Experiences in every state of the review: published, waiting, changes requested, draft."""

from django.core.files.uploadedfile import SimpleUploadedFile

from members.models import Member
from practices import services
from practices.models import ExperienceReport, LearningPractice
from themes.models import Theme

from .documents import simple_pdf
from .experiences_data import EXPERIENCES
from .pages import date_page, days_ago

# A few experiences come with an attachment, to show (and protect) downloads.
WITH_ATTACHMENT = 3


def _reviewer():
    return Member.objects.get(email="redacteur@lerendnetwerk.example")


def load():
    reviewer = _reviewer()
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    practices = {practice.slug: practice for practice in LearningPractice.objects.all()}
    experiences = {}
    attachments_left = WITH_ATTACHMENT
    for data in EXPERIENCES:
        practice = practices[data["practice"]]
        existing = ExperienceReport.objects.child_of(practice).filter(title=data["title"]).first()
        if existing is not None:
            experiences[data["key"]] = existing
            continue
        author = Member.objects.get(email=data["author"])
        attachment = None
        if data["state"] in ("published", "submitted") and attachments_left:
            attachments_left -= 1
            attachment = SimpleUploadedFile(
                f"werkaantekeningen-{data['key']}.pdf",
                simple_pdf(f"Werkaantekeningen: {data['title']}", data["body"].replace("**", "")),
                content_type="application/pdf",
            )
        experience = services.share_experience(
            author,
            practice,
            title=data["title"],
            body=data["body"],
            themes=[themes[slug] for slug in data["themes"]],
            attachment=attachment,
            submit=data["state"] != "draft",
        )
        if data["state"] == "published":
            services.approve_experience(reviewer, experience)
        elif data["state"] == "changes_requested":
            services.request_changes(reviewer, experience, data["editors_message"])
        experience.refresh_from_db()
        date_page(experience, days_ago(data["days_ago"]))
        experiences[data["key"]] = experience
    return experiences
