from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxLengthValidator
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from taggit.managers import TaggableManager

from lerendnetwerk.unique_values import ReadableUniqueMessage
from members.models import name_fields
from themes.models import ThemedItemBase

from . import fulltext
from .mentions import with_names

POST_MAX_LENGTH = 20_000
TITLE_MAX_LENGTH = 140
# Replies nest at most this deep (0 = a reply to the thread); deeper replies are placed
# at this level and keep an "in reply to" link to the post they answer.
MAX_REPLY_DEPTH = 3


class Category(ReadableUniqueMessage, models.Model):
    """A forum area: public (per theme, for all members) or the closed space of one
    learning practice or learning network (its members and the institute's staff only)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    theme = models.ForeignKey(
        "themes.Theme",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forum_categories",
        verbose_name=_("theme"),
    )
    practice = models.OneToOneField(
        "practices.LearningPractice",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="forum_space",
        verbose_name=_("learning practice"),
        help_text=_("Set for the closed space of a learning practice; empty for a public category."),
    )
    network = models.OneToOneField(
        "networks.LearningNetwork",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="forum_space",
        verbose_name=_("learning network"),
        help_text=_("Set for the closed discussions of a learning network; empty for a public category."),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["sort_order", "name"]
        constraints = [
            # A closed space belongs to one practice or one network, not both.
            models.CheckConstraint(
                condition=models.Q(practice__isnull=True) | models.Q(network__isnull=True),
                name="closed_space_of_one_owner",
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("forum:category", kwargs={"slug": self.slug})

    @property
    def is_closed(self):
        return self.practice_id is not None or self.network_id is not None


class ThreadTheme(ThemedItemBase):
    content_object = models.ForeignKey("Thread", on_delete=models.CASCADE, related_name="theme_items")


class ThreadQuerySet(models.QuerySet):
    def with_author_and_category(self):
        """With the category and the author's name (not the rest of their account)."""
        thread_fields = [field.attname for field in Thread._meta.concrete_fields]
        return self.select_related("category", "author").only(
            *thread_fields, *(f"category__{field.attname}" for field in Category._meta.concrete_fields),
            *name_fields("author"),
        )  # fmt: skip

    def listed_in(self, category_ids):
        """The discussions in these categories (those a member may read:
        notifications.unread.readable_category_ids) as a list shows them: with category and
        author's name, the most recently active first (the start page's, search's)."""
        return self.filter(category__in=category_ids).with_author_and_category().order_by("-last_activity_at")

    def matching(self, text):
        """Discussions whose title and visible posts together contain every word of `text`
        (forum.fulltext: the discussions' words, indexed, on PostgreSQL; LIKE per word over
        the title and the posts elsewhere)."""
        if fulltext.has_full_text_index():
            query = fulltext.query_of(text)
            # The discussions' words (ThreadWords, title and visible posts): the planner
            # walks the newest discussions for a common word and scans the words' index
            # for a rare one, instead of reading every matching post's row.
            return self.filter(pk__in=ThreadWords.objects.filter(words=query).values("thread_id"))
        threads = self
        terms = fulltext.fallback_terms(text)
        if not terms:
            return self.none()
        visible_posts = Post.objects.filter(is_deleted=False, is_hidden=False)
        for term in terms:
            in_posts = visible_posts.filter(thread=models.OuterRef("pk"), body_markdown__icontains=term)
            threads = threads.filter(models.Q(title__icontains=term) | models.Exists(in_posts))
        return threads


class Thread(models.Model):
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="threads", verbose_name=_("category"))
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("author")
    )
    is_question = models.BooleanField(_("this is a question"), default=False)
    answer = models.ForeignKey(
        "Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("answer")
    )
    is_locked = models.BooleanField(pgettext_lazy("discussion", "locked"), default=False)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    themes = TaggableManager(through=ThreadTheme, blank=True, verbose_name=_("themes"), related_name="forum_threads")
    # The thread's event counter: every change (post, edit, reaction …) takes the next
    # number under a row lock on the thread, so commit order equals sequence order.
    last_sequence = models.PositiveIntegerField(default=0, editable=False)
    post_count = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(_("started at"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("last activity"), auto_now_add=True, db_index=True)
    # The title's words for search (forum.fulltext), kept by the database; GIN-indexed on
    # PostgreSQL (migration 0003), empty elsewhere.
    title_vector = models.GeneratedField(
        expression=fulltext.DutchTextVector("title"), output_field=SearchVectorField(), db_persist=True
    )

    objects = ThreadQuerySet.as_manager()

    class Meta:
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")
        ordering = ["-is_pinned", "-last_activity_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("forum:thread", kwargs={"thread_id": self.pk, "slug": self.slug})

    @property
    def slug(self):
        return slugify(self.title)[:60] or "discussie"


class PostManager(models.Manager):
    """Posts without their search words (`search_vector`): only the database's own search
    reads them, and on PostgreSQL they are about as large as the text itself."""

    def get_queryset(self):
        return super().get_queryset().defer("search_vector")


class Post(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts", verbose_name=_("discussion"))
    sequence = models.PositiveIntegerField(_("number in the discussion"))
    # Where the post sits in the tree (at most MAX_REPLY_DEPTH deep) and what it answers.
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    root = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="descendants")
    reply_to = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    depth = models.PositiveSmallIntegerField(default=0)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="forum_posts",
        verbose_name=_("author"),
    )
    body_markdown = models.TextField(_("text"), validators=[MaxLengthValidator(POST_MAX_LENGTH)])
    body_html = models.TextField(editable=False)
    mentions = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    is_opening = models.BooleanField(default=False, editable=False)
    is_deleted = models.BooleanField(_("deleted by the author"), default=False)
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    created_at = models.DateTimeField(_("posted at"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    # The text's words for search (forum.fulltext), kept by the database on every insert
    # and edit; GIN-indexed on PostgreSQL (migration 0003), empty elsewhere.
    search_vector = models.GeneratedField(
        expression=fulltext.DutchTextVector("body_markdown"), output_field=SearchVectorField(), db_persist=True
    )

    objects = PostManager()

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["thread", "sequence"]
        constraints = [models.UniqueConstraint(fields=["thread", "sequence"], name="unique_post_sequence")]
        indexes = [models.Index(fields=["thread", "root", "sequence"])]

    def __str__(self):
        return f"{self.thread} #{self.sequence}"

    def get_absolute_url(self):
        return f"{self.thread.get_absolute_url()}?bericht={self.sequence}#bericht-{self.sequence}"

    @property
    def is_visible(self):
        return not (self.is_deleted or self.is_hidden)

    @property
    def readable_markdown(self):
        """The text as a person reads it, for quoting where no HTML goes (a mail, a list):
        "@Anna de Vries" for each member the post mentions, not her handle. Prefetch
        "mentions" when showing many."""

        return with_names(self.body_markdown, self.mentions.all())[0]


class ThreadWords(models.Model):
    """The words of a discussion, its title's and its visible posts' together, for search
    (forum.fulltext). Kept by the database: triggers (migration 0004, PostgreSQL only) make
    the row with a new discussion, add a new post's words and count the words again when
    the title changes or a post is edited, hidden, shown, deleted or moved. Django never
    writes these rows; on other databases the table stays empty."""

    thread = models.OneToOneField(Thread, primary_key=True, on_delete=models.CASCADE, related_name="+")
    words = SearchVectorField(default="")

    class Meta:
        default_permissions = ()

    def __str__(self):
        return str(self.thread_id)


class PostRevision(models.Model):
    """An earlier version of a post: the edit history everyone who sees the post can read."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body_markdown = models.TextField()
    body_html = models.TextField()
    written_at = models.DateTimeField()

    class Meta:
        ordering = ["-written_at"]

    def __str__(self):
        return f"{self.post} ({self.written_at:%Y-%m-%d %H:%M})"


class ReactionKind(models.TextChoices):
    USEFUL = "useful", _("Useful")
    AGREE = "agree", _("Agree")


class Reaction(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=ReactionKind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "member", "kind"], name="one_reaction_per_kind")]

    def __str__(self):
        return f"{self.kind} on {self.post}"


class ThreadEvent(models.Model):
    """The ordered log of everything that happened in a thread. Live clients catch up
    from here after a reconnect: the database, not the channel layer, is the truth."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="events")
    sequence = models.PositiveIntegerField()
    kind = models.CharField(max_length=20)
    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["thread", "sequence"]
        constraints = [models.UniqueConstraint(fields=["thread", "sequence"], name="unique_thread_event_sequence")]

    def __str__(self):
        return f"{self.thread_id}:{self.sequence} {self.kind}"


class ThreadFollow(models.Model):
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="thread_follows")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="follows")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "thread"], name="unique_thread_follow")]

    def __str__(self):
        return f"{self.member} → {self.thread}"


class CategoryFollow(models.Model):
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="category_follows")
    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="follows")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "category"], name="unique_category_follow")]

    def __str__(self):
        return f"{self.member} → {self.category}"


class PostReport(models.Model):
    """A member reports a post to the moderators."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports", verbose_name=_("post"))
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("reported by")
    )
    reason = models.TextField(_("reason"), max_length=1000)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("handled by"),
    )
    resolution = models.CharField(_("handling"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["resolved_at", "-created_at"]

    def __str__(self):
        return f"{self.post} – {self.reason[:40]}"

    @property
    def is_open(self):
        return self.resolved_at is None


class ModerationAction(models.Model):
    """Who did what, when: every moderation action is logged."""

    class Kind(models.TextChoices):
        HIDE = "hide", _("Hid a post")
        RESTORE = "restore", _("Restored a post")
        LOCK = "lock", _("Locked the discussion")
        UNLOCK = "unlock", _("Unlocked the discussion")
        PIN = "pin", _("Pinned the discussion")
        UNPIN = "unpin", _("Unpinned the discussion")
        MOVE = "move", _("Moved the discussion")
        DISMISS = "dismiss", _("Dismissed a report")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("moderator")
    )
    kind = models.CharField(_("action"), max_length=10, choices=Kind.choices)
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="+", verbose_name=_("discussion"))
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name=_("post")
    )
    detail = models.CharField(_("detail"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation log")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.actor}, {self.created_at:%Y-%m-%d %H:%M})"
