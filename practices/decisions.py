"""The editors' decision on an application as a learning practice: accept (the practice
starts as a draft page, its trekker is invited) or decline (with a reason). Taken once:
the application's row is locked, so a second decision (also a simultaneous one by another
editor) is refused. The contact hears the decision by mail; Wagtail's history of the
application shows who decided what."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from lerendnetwerk.mail import send_templated
from lerendnetwerk.page_slugs import unique_child_slug

from . import team
from .models import LearningPractice, PracticeIndexPage
from .records import LearningQuestion, PracticeApplication, PracticeInvitation, PracticeMembership, PracticeRole
from .signals import application_decided

ACCEPTED_ACTION = "practices.application_accepted"
DECLINED_ACTION = "practices.application_declined"


class AlreadyDecided(Exception):
    def __init__(self, application):
        super().__init__(application)
        self.message = _("This application has already been %(status)s. A decision is taken only once.") % {
            "status": application.get_status_display().lower()
        }


class NoPracticeIndex(Exception):
    message = _("There is no page for learning practices yet. Make one first.")


def _lock_undecided(application):
    application = PracticeApplication.objects.select_for_update().select_related("municipality").get(pk=application.pk)
    if application.decided_at is not None or application.status in (
        PracticeApplication.Status.ACCEPTED,
        PracticeApplication.Status.DECLINED,
    ):
        raise AlreadyDecided(application)
    return application


def question_lines(text):
    """The application's learning questions, one per line, without list marks."""
    lines = (line.strip().lstrip("-*•").strip() for line in text.splitlines())
    return [line[:300] for line in lines if line]


def _record(application, editor, status, reason=""):
    application.status = status
    application.decided_at = timezone.now()
    application.decided_by = editor
    application.decision_reason = reason
    application.save(update_fields=["status", "decided_at", "decided_by", "decision_reason", "practice"])


@transaction.atomic
def accept_application(editor, application, *, title, start_date, end_date, themes, elements, trekker_email):
    """Start the practice: a draft page under the practice index (not live until an editor
    publishes it), with the period, themes, elements and the application's learning
    questions; the trekker is invited. Returns the practice."""
    application = _lock_undecided(application)
    index = PracticeIndexPage.objects.first()
    if index is None:
        raise NoPracticeIndex
    municipality = application.municipality
    with translation.override(settings.LANGUAGE_CODE):  # the page's text, not the admin's language
        summary = _("Learning practice of the municipality of %(municipality)s.") % {"municipality": municipality.name}
    practice = LearningPractice(
        title=title.strip(),
        slug=unique_child_slug(index, title, fallback="praktijk"),
        municipality=municipality,
        summary=summary,
        start_date=start_date,
        end_date=end_date,
        owner=editor,
        live=False,
    )
    practice.themes.set(list(themes))
    practice.effective_elements = list(elements)
    index.add_child(instance=practice)
    practice.save_revision(user=editor, log_action=True)
    LearningQuestion.objects.bulk_create(
        LearningQuestion(practice=practice, text=text, sort_order=position)
        for position, text in enumerate(question_lines(application.learning_questions))
    )
    # The contact's mail of the decision carries their link; another trekker gets an invitation.
    is_contact = trekker_email.strip().lower() == application.contact_email.strip().lower()
    invited = team.add_by_address(
        practice, trekker_email, PracticeRole.LEAD, invited_by=editor, send_mail=not is_contact
    )

    application.practice = practice
    _record(application, editor, PracticeApplication.Status.ACCEPTED)
    log(
        instance=application,
        action=ACCEPTED_ACTION,
        user=editor,
        data={"practice_id": practice.pk, "practice": practice.title, "trekker": trekker_email.strip().lower()},
    )
    _mail_decision(application, invited=invited if is_contact else None)
    application_decided.send(sender=PracticeApplication, application=application, editor=editor)
    return practice


@transaction.atomic
def decline_application(editor, application, *, reason):
    application = _lock_undecided(application)
    _record(application, editor, PracticeApplication.Status.DECLINED, reason.strip())
    log(instance=application, action=DECLINED_ACTION, user=editor, data={"reason": application.decision_reason})
    _mail_decision(application)
    application_decided.send(sender=PracticeApplication, application=application, editor=editor)
    return application


def _mail_decision(application, invited=None):
    """The decision to the contact address. On acceptance the mail holds the link to the
    practice: its werkruimte when the address is a member's, else the invitation."""
    context = {"application": application, "practice": application.practice}
    if isinstance(invited, PracticeInvitation):
        context["url"] = team.invitation_url(invited)
    elif isinstance(invited, PracticeMembership):
        context["url"] = team.workspace_url(application.practice)
    # In the site's language, whatever the language of the editor's admin.
    with translation.override(settings.LANGUAGE_CODE):
        send_templated(f"practices/email/application_{application.status}", context, [application.contact_email])
