"""The data of learning practices below their pages: effective elements, who takes part,
the experiences members share and the applications to become a practice. Forms and
services build on these; the practice pages (models.py) build on forms and services."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from lerendnetwerk.markdown import render_markdown
from lerendnetwerk.page_queries import PageManager
from lerendnetwerk.page_serving import PreviewWhileAdded, ViewRestrictionsInOneQuery
from lerendnetwerk.text import excerpt, plain_text
from lerendnetwerk.unique_values import ReadableUniqueMessage
from members.invitations import AddressInvitation
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
    """What someone does in a practice. The first four form the regieteam (steering team);
    intervention professionals and the institute's advisers work around it."""

    LEAD = "lead", _("Trekker")
    ADMINISTRATOR = "administrator", _("Administrator (alderman or mayor)")
    POLICY_OFFICER = "policy_officer", _("Policy officer")
    PROFESSIONAL = "professional", _("Professional from the implementation")
    INTERVENTION_PROFESSIONAL = "intervention", _("Intervention professional")
    ADVISER = "adviser", _("Adviser from the institute")
    PARTICIPANT = "participant", _("Other participant")


# The regieteam: who decides and acts for the practice (DOMAIN.md, the learning method).
STEERING_TEAM_ROLES = frozenset(
    {PracticeRole.LEAD, PracticeRole.ADMINISTRATOR, PracticeRole.POLICY_OFFICER, PracticeRole.PROFESSIONAL}
)


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
    role = models.CharField(_("role"), max_length=20, choices=PracticeRole.choices, default=PracticeRole.PARTICIPANT)
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

    @property
    def in_steering_team(self):
        return self.role in STEERING_TEAM_ROLES


class PracticeInvitation(AddressInvitation):
    """An invitation to take part in a practice, sent to an e-mail address. An existing
    member with that verified address is linked when they accept; a new address is led
    through sign-up first."""

    practice = models.ForeignKey(
        "practices.LearningPractice",
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("learning practice"),
    )
    role = models.CharField(_("role"), max_length=20, choices=PracticeRole.choices, default=PracticeRole.PARTICIPANT)

    class Meta(AddressInvitation.Meta):
        verbose_name = _("invitation to a practice")
        verbose_name_plural = _("invitations to a practice")
        constraints = [
            # An address has at most one open invitation per practice (stored in lower case).
            models.UniqueConstraint(
                fields=["practice", "email"],
                condition=models.Q(accepted_at__isnull=True),
                name="one_open_invitation_per_address",
            )
        ]

    def __str__(self):
        return f"{self.email} ({self.get_role_display()}, {self.practice})"


class LearningQuestionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    INVESTIGATING = "investigating", _("Being investigated")
    ANSWERED = "answered", _("Answered")


class LearningQuestion(models.Model):
    """A leervraag of a practice: what it wants to learn, on which effective elements,
    and (once answered) the short answer. Live data like the participants: the trekker
    keeps it up to date on the site, without publishing the practice page."""

    practice = models.ForeignKey(
        "practices.LearningPractice",
        on_delete=models.CASCADE,
        related_name="learning_questions",
        verbose_name=_("learning practice"),
    )
    text = models.CharField(_("learning question"), max_length=300)
    status = models.CharField(
        _("status"), max_length=14, choices=LearningQuestionStatus.choices, default=LearningQuestionStatus.OPEN
    )
    answer = models.TextField(_("answer"), max_length=2000, blank=True)
    elements = models.ManyToManyField(
        EffectiveElement, blank=True, related_name="learning_questions", verbose_name=_("effective elements")
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    search_fields = []

    class Meta:
        verbose_name = _("learning question")
        verbose_name_plural = _("learning questions")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.text

    @property
    def is_open(self):
        return self.status != LearningQuestionStatus.ANSWERED


class ExperienceTheme(ThemedItemBase):
    content_object = ParentalKey("practices.ExperienceReport", on_delete=models.CASCADE, related_name="theme_items")


class ExperienceReport(PreviewWhileAdded, ViewRestrictionsInOneQuery, Page):
    """An experience (ervaring) a member shares from practice. Written on the site,
    saved as a draft under its practice and reviewed by an editor before it goes live."""

    objects = PageManager()

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
    # What the experience teaches about: one of the practice's leervragen and/or an element.
    learning_question = models.ForeignKey(
        LearningQuestion,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="experiences",
        verbose_name=_("learning question"),
    )
    effective_element = models.ForeignKey(
        EffectiveElement,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="experiences",
        verbose_name=_("effective element"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("body_markdown"),
        FieldPanel("themes"),
        FieldPanel("learning_question"),
        FieldPanel("effective_element"),
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
        # The element's page (knowledge app) is read through its relation's name.
        element = None
        if self.effective_element_id:
            element = EffectiveElement.objects.select_related("page").filter(pk=self.effective_element_id).first()
        return {
            "author_profile": author_profile,
            "experience_lessons": self.lessons.live().public().prefetch_related("themes"),
            "experience_element": element,
        }

    @property
    def practice(self):
        return self.get_parent().specific

    @cached_property
    def about(self):
        """(leervraag, effective element) the experience is about, each None when not set
        or gone since (a draft's revision may name a leervraag that was removed)."""
        question = element = None
        if self.learning_question_id:
            question = LearningQuestion.objects.filter(pk=self.learning_question_id).first()
        if self.effective_element_id:
            element = EffectiveElement.objects.filter(pk=self.effective_element_id).first()
        return question, element

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
    # The kennislacune (of a "Wat werkt bij" dossier) the municipality wants to work on. A
    # string reference: the knowledge app builds on this one, not the other way round.
    knowledge_gap = models.ForeignKey(
        "knowledge.KnowledgeGap",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        verbose_name=_("knowledge gap"),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NEW)
    notes = models.TextField(_("internal notes"), blank=True)
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)
    # The decision (accept or decline), taken once: who, when, why, and the practice it started.
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("decided by"),
    )
    decision_reason = models.TextField(_("reason for the decision"), max_length=3000, blank=True)
    practice = models.OneToOneField(
        "practices.LearningPractice",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="application",
        editable=False,
        verbose_name=_("learning practice"),
    )

    class Meta:
        verbose_name = _("application as a learning practice")
        verbose_name_plural = _("applications as a learning practice")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.municipality} – {self.contact_name}"

    @property
    def theme_names(self):
        return ", ".join(theme.name for theme in self.themes.all())


class ReflectionPrompt(models.Model):
    """The practice's reflection moment of one period (every N weeks): sent once to its
    trekkers, never twice (the unique period backs that when two workers race)."""

    practice = models.ForeignKey(
        "practices.LearningPractice",
        on_delete=models.CASCADE,
        related_name="reflection_prompts",
        verbose_name=_("learning practice"),
    )
    period_start = models.DateField(_("period from"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("reflection prompt")
        verbose_name_plural = _("reflection prompts")
        ordering = ["-period_start"]
        constraints = [
            models.UniqueConstraint(fields=["practice", "period_start"], name="one_reflection_prompt_per_period")
        ]

    def __str__(self):
        return f"{self.practice} ({self.period_start})"


class Reflection(models.Model):
    """A participant's reflection (reflectie): short answers on the practice's open
    leervragen. Seen by the practice's participants and the institute's advisers; it can
    be turned into an experience, which is then linked here."""

    practice = models.ForeignKey(
        "practices.LearningPractice",
        on_delete=models.CASCADE,
        related_name="reflections",
        verbose_name=_("learning practice"),
    )
    prompt = models.ForeignKey(
        ReflectionPrompt,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reflections",
        verbose_name=_("reflection prompt"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reflections",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)
    experience = models.ForeignKey(
        ExperienceReport,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reflections",
        verbose_name=_("turned into experience"),
    )

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["prompt", "author"],
                condition=models.Q(prompt__isnull=False, author__isnull=False),
                name="one_reflection_per_prompt_and_author",
            )
        ]

    def __str__(self):
        return f"{self.practice} – {self.created_at:%Y-%m-%d}"


class ReflectionAnswer(models.Model):
    reflection = models.ForeignKey(
        Reflection, on_delete=models.CASCADE, related_name="answers", verbose_name=_("reflection")
    )
    learning_question = models.ForeignKey(
        LearningQuestion,
        on_delete=models.CASCADE,
        related_name="reflection_answers",
        verbose_name=_("learning question"),
    )
    text = models.TextField(_("answer"), max_length=3000)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["learning_question__sort_order", "learning_question_id"]
        constraints = [
            models.UniqueConstraint(fields=["reflection", "learning_question"], name="one_answer_per_question")
        ]

    def __str__(self):
        return self.text[:50]


class PracticeEvaluation(models.Model):
    """The end evaluation of a practice (evaluatie), filled in by its trekker and regieteam:
    per element what worked, under which conditions and what did not; per leervraag the
    answer. One per practice; once submitted it is final and the editors get a lesson draft."""

    practice = models.OneToOneField(
        "practices.LearningPractice",
        on_delete=models.CASCADE,
        related_name="evaluation",
        verbose_name=_("learning practice"),
    )
    summary = models.TextField(_("looking back"), max_length=5000, blank=True)
    created_at = models.DateTimeField(_("started at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("submitted by"),
    )

    class Meta:
        verbose_name = _("evaluation of a practice")
        verbose_name_plural = _("evaluations of practices")

    def __str__(self):
        return str(self.practice)

    @property
    def is_submitted(self):
        return self.submitted_at is not None


class ElementEvaluation(models.Model):
    evaluation = models.ForeignKey(
        PracticeEvaluation, on_delete=models.CASCADE, related_name="elements", verbose_name=_("evaluation")
    )
    element = models.ForeignKey(
        EffectiveElement, on_delete=models.PROTECT, related_name="evaluations", verbose_name=_("effective element")
    )
    what_worked = models.TextField(_("what worked"), max_length=3000, blank=True)
    conditions = models.TextField(_("under which conditions"), max_length=3000, blank=True)
    what_did_not_work = models.TextField(_("what did not work"), max_length=3000, blank=True)

    class Meta:
        verbose_name = _("evaluation of an element")
        verbose_name_plural = _("evaluations of elements")
        ordering = ["element__name"]
        constraints = [models.UniqueConstraint(fields=["evaluation", "element"], name="one_evaluation_per_element")]

    def __str__(self):
        return str(self.element)


class QuestionEvaluation(models.Model):
    evaluation = models.ForeignKey(
        PracticeEvaluation, on_delete=models.CASCADE, related_name="questions", verbose_name=_("evaluation")
    )
    learning_question = models.ForeignKey(
        LearningQuestion, on_delete=models.CASCADE, related_name="evaluations", verbose_name=_("learning question")
    )
    answer = models.TextField(_("answer"), max_length=3000, blank=True)

    class Meta:
        verbose_name = _("answer to a learning question")
        verbose_name_plural = _("answers to learning questions")
        ordering = ["learning_question__sort_order", "learning_question_id"]
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "learning_question"], name="one_evaluation_per_question")
        ]

    def __str__(self):
        return str(self.learning_question)
