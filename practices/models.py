from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import ContentStreamBlock
from lerendnetwerk.markdown import render_markdown
from themes.models import Theme, ThemedItemBase

EXPERIENCE_MAX_LENGTH = 20_000


class EffectiveElement(index.Indexed, models.Model):
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


class PracticeIndexPage(RoutablePageMixin, Page):
    """Lerende praktijken: all learning practices, with filters."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.LearningPractice"]
    max_count = 1

    class Meta:
        verbose_name = _("learning practice index")

    def get_context(self, request, *args, **kwargs):
        from .views import practice_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(practice_index_context(request, self))
        return context

    @path("aanmelden/", name="apply")
    def apply(self, request):
        from .views import apply_as_practice

        return apply_as_practice(request, index_page=self)


class PracticeTheme(ThemedItemBase):
    content_object = ParentalKey("practices.LearningPractice", on_delete=models.CASCADE, related_name="theme_items")


class OrganisationBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=150)
    role = blocks.CharBlock(label=_("Role in the practice"), max_length=200, required=False)
    url = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "group"
        label = _("Organisation")
        template = "practices/blocks/organisation_block.html"


class LearningPractice(RoutablePageMixin, Page):
    """One municipality's learning trajectory (lerende praktijk)."""

    municipality = models.ForeignKey(
        "municipalities.Municipality",
        on_delete=models.PROTECT,
        related_name="practices",
        verbose_name=_("municipality"),
    )
    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for lists and search."))
    status = models.CharField(_("status"), max_length=10, choices=PracticeStatus.choices, default=PracticeStatus.ACTIVE)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    themes = ClusterTaggableManager(through=PracticeTheme, verbose_name=_("themes"), blank=True)
    effective_elements = ParentalManyToManyField(
        EffectiveElement, blank=True, related_name="practices", verbose_name=_("effective elements")
    )
    learning_questions = StreamField(
        [("question", blocks.CharBlock(label=_("Learning question"), max_length=300, icon="help"))],
        verbose_name=_("learning questions"),
        blank=True,
    )
    approach = StreamField(ContentStreamBlock(), verbose_name=_("approach"), blank=True)
    organisations = StreamField(
        [("organisation", OrganisationBlock())], verbose_name=_("involved organisations"), blank=True
    )
    results = StreamField(ContentStreamBlock(), verbose_name=_("results"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("municipality"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Status and period")
        ),
        FieldPanel("themes"),
        FieldPanel("effective_elements", widget=forms.CheckboxSelectMultiple),
        FieldPanel("learning_questions"),
        FieldPanel("approach"),
        FieldPanel("organisations"),
        FieldPanel("results"),
        HelpPanel(
            content=_(
                "Who takes part (the trekker and other participants) is managed under "
                "Lerende praktijken › Deelnemers, so that access changes at once, without publishing."
            )
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_questions"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("status"),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = ["practices.ExperienceReport"]

    class Meta:
        verbose_name = _("learning practice")
        verbose_name_plural = _("learning practices")

    def get_context(self, request, *args, **kwargs):
        from .views import practice_context

        context = super().get_context(request, *args, **kwargs)
        context.update(practice_context(request, self))
        return context

    @path("ervaring-delen/", name="share_experience")
    def share_experience(self, request):
        from .views import experience_create

        return experience_create(request, practice=self)

    @cached_property
    def leads(self):
        return [membership.member for membership in self.memberships.all() if membership.is_lead]


class PracticeRole(models.TextChoices):
    LEAD = "lead", _("Trekker")
    PARTICIPANT = "participant", _("Participant")


class PracticeMembership(models.Model):
    """Who takes part in a practice. Live data (not part of page revisions): access to
    the practice's closed spaces and to sharing experiences follows it at once."""

    practice = models.ForeignKey(
        LearningPractice, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("learning practice")
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
        help_text=_("Markdown: **bold**, *italic*, [link](https://…), lists with - or 1."),
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
        from .views import experience_context

        context = super().get_context(request, *args, **kwargs)
        context.update(experience_context(request, self))
        return context

    @property
    def practice(self):
        return self.get_parent().specific

    @property
    def summary(self):
        from lerendnetwerk.text import excerpt, plain_text

        return excerpt(plain_text(self.body_html), words=40)


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
