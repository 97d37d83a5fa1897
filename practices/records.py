"""The data of learning practices below their pages: effective elements, who takes part,
the experiences members share and the applications to become a practice. Forms and
services build on these; the practice pages (models.py) build on forms and services."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from lerendnetwerk.markdown import render_markdown
from lerendnetwerk.text import excerpt, plain_text
from lerendnetwerk.unique_values import ReadableUniqueMessage
from members.models import MemberProfile
from themes.models import Theme, ThemedItemBase

EXPERIENCE_MAX_LENGTH = 20_000


class EffectiveElement(ReadableUniqueMessage, index.Indexed, models.Model):
    """A werkzaam element: something known to work, that practices choose to work on."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("effective element")
        verbose_name_plural = _("effective elements")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PracticeStatus(models.TextChoices):
    APPLIED = "applied", _("Applied")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")


class PracticeRole(models.TextChoices):
    LEAD = "lead", _("Trekker")
    PARTICIPANT = "participant", _("Participant")


class PracticeMembership(models.Model):
    """Who takes part in a practice. Live data (not part of page revisions): access to
    the practice's closed spaces and to sharing experiences follows it at once."""

    practice = models.ForeignKey(
        "practices.LearningPractice",
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("learning practice"),
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="practice_memberships",
        verbose_name=_("member"),
    )
    role = models.CharField(_("role"), max_length=12, choices=PracticeRole.choices, default=PracticeRole.PARTICIPANT)
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["practice__title", "role", "member__last_name"]
        constraints = [models.UniqueConstraint(fields=["practice", "member"], name="unique_practice_membership")]

    def __str__(self):
        return f"{self.member} ({self.get_role_display()}, {self.practice})"

    @property
    def is_lead(self):
        return self.role == PracticeRole.LEAD


class ExperienceTheme(ThemedItemBase):
    content_object = ParentalKey("practices.ExperienceReport", on_delete=models.CASCADE, related_name="theme_items")


class ExperienceReport(Page):
    """An experience (ervaring) a member shares from practice. Written on the site,
    saved as a draft under its practice and reviewed by an editor before it goes live."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="experiences",
        verbose_name=_("author"),
    )
    body_markdown = models.TextField(
        _("text"),
        validators=[MaxLengthValidator(EXPERIENCE_MAX_LENGTH)],
        help_text=_(
            "You can write **bold** and *italic*, add a link as [text](https://…) and make a list with - or 1."
        ),
    )
    body_html = models.TextField(editable=False, default="")
    themes = ClusterTaggableManager(through=ExperienceTheme, verbose_name=_("themes"), blank=True)
    attachment = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("attachment"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("body_markdown"),
        FieldPanel("themes"),
        FieldPanel("attachment"),
        FieldPanel("author", read_only=True),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("body_markdown"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["practices.LearningPractice"]
    subpage_types = []

    class Meta:
        verbose_name = _("experience")
        verbose_name_plural = _("experiences")

    # The rendered HTML is stored once. Wagtail cleans a page before saving a revision and
    # saves it on publishing, so edits in the admin are rendered on both paths.
    def full_clean(self, *args, **kwargs):
        self.body_html = render_markdown(self.body_markdown)
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body_markdown)
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.experience_context(request))
        return context

    def experience_context(self, request):
        """What the experience's page shows besides the experience (also in its preview)."""
        author_profile = None
        if self.author_id:
            author_profile = (
                MemberProfile.objects.visible_to(request.user)
                .select_related("member")
                .filter(member_id=self.author_id)
                .first()
            )
        return {
            "author_profile": author_profile,
            "experience_lessons": self.lessons.live().public().prefetch_related("themes"),
        }

    @property
    def practice(self):
        return self.get_parent().specific

    @property
    def summary(self):
        return excerpt(plain_text(self.body_html), words=40)


class ExperienceAttachment(models.Model):
    """A document a member uploaded with an experience. The file is stored under a random
    name; the member's own file name (made safe) is kept here and used for the download.
    Such a document is public only while a live, public experience shows it
    (practices.attachments.may_download)."""

    document = models.OneToOneField(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="experience_attachment",
        verbose_name=_("document"),
    )
    file_name = models.CharField(_("file name"), max_length=255)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.file_name


class PracticeApplication(models.Model):
    """A municipality applying to become a learning practice (aanmelden)."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    municipality = models.ForeignKey(
        "municipalities.Municipality", on_delete=models.PROTECT, related_name="+", verbose_name=_("municipality")
    )
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("e-mail address"))
    contact_phone = models.CharField(_("telephone"), max_length=30, blank=True)
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    themes = models.ManyToManyField(Theme, related_name="+", verbose_name=_("themes"))
    learning_questions = models.TextField(
        _("learning questions"), max_length=3000, help_text=_("What do you want to learn? One question per line.")
    )
    hours_acknowledged = models.BooleanField(
        _("the municipality appoints a trekker who spends about 4 hours a week on the practice"), default=False
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NEW)
    notes = models.TextField(_("internal notes"), blank=True)
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)

    class Meta:
        verbose_name = _("application as a learning practice")
        verbose_name_plural = _("applications as a learning practice")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.municipality} – {self.contact_name}"

    @property
    def theme_names(self):
        return ", ".join(theme.name for theme in self.themes.all())
