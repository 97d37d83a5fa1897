import functools

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import connections, models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Lower
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from themes.models import ThemedItemBase

from . import directory
from .roles import Role

NAME_FIELDS = ("first_name", "name_prefix", "last_name")


def name_fields(path):
    """For `.only()`: a related member's name, all a list shows of them (`display_name`,
    `has_name`), instead of every column of the account (password hash included)."""
    return [f"{path}__{field}" for field in NAME_FIELDS]


def nameless_member_name(number):
    """The stand-in name of a member who has not given a name (yet)."""
    return gettext("Member without a name (no. %(number)s)") % {"number": number}


class MemberManager(BaseUserManager):
    """Members sign in with their e-mail address; there are no usernames."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("A member needs an e-mail address.")
        member = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        member.set_password(password)
        member.save(using=self._db)
        return member

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)

    def with_verified_address(self, email):
        """Members who verified this address (in any case). Only a verified address says who
        someone is: anyone can type another person's address on their e-mail page."""
        from allauth.account.models import EmailAddress

        verified = EmailAddress.objects.filter(user=models.OuterRef("pk"), verified=True, email__iexact=email)
        return self.filter(models.Exists(verified))


def address_matches(field, addresses):
    """A filter: `field` holds one of `addresses`, in any case. Used with
    Member.verified_email_addresses() to find the rows a member made with their address."""
    query = models.Q(pk__in=[])
    for address in addresses:
        query |= models.Q(**{f"{field}__iexact": address})
    return query


def holds_verified_address_of(member, field="email"):
    """A filter: `field` holds one of `member`'s verified addresses, in any case, asked
    inside the same query (address_matches(field, member.verified_email_addresses()) reads
    the addresses with a query of their own first)."""
    from allauth.account.models import EmailAddress

    return Exists(
        EmailAddress.objects.annotate(address=Lower("email")).filter(
            user=member, verified=True, address=Lower(OuterRef(field))
        )
    )


class Member(AbstractUser):
    """A registered person: what they sign in with. Their public side is MemberProfile."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    # Dutch surnames sort without their prefix: "de Vries" under V (as in the BRP).
    name_prefix = models.CharField(
        _("surname prefix"), max_length=20, blank=True, help_text=_("For example: van, de, van der.")
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = MemberManager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["last_name", "first_name"]
        constraints = [models.UniqueConstraint(Lower("email"), name="member_email_unique_ignoring_case")]
        # The start page's "new members" (newest first, three): read from the end of this
        # index instead of sorting every member (docs/performance.md).
        indexes = [models.Index(fields=["date_joined"], name="member_date_joined_idx")]

    def __str__(self):
        # For the admin (staff), where the e-mail address tells nameless accounts apart.
        return self.get_full_name() or self.email

    def get_full_name(self):
        return " ".join(part for part in (self.first_name, self.name_prefix, self.last_name) if part).strip()

    def verified_email_addresses(self):
        """The addresses this member proved to own (allauth's verified addresses), lower case.
        Only these make rows that carry an address (guest registrations, applications, sent
        mail) the member's: an address added on the e-mail page but never confirmed, and the
        account's own address before confirmation, may be someone else's."""
        from allauth.account.models import EmailAddress

        return {
            address.lower()
            for address in EmailAddress.objects.filter(user=self, verified=True).values_list("email", flat=True)
        }

    @property
    def has_name(self):
        return bool(self.get_full_name())

    @property
    def display_name(self):
        """The name other members see, wherever this member is shown. A member without a
        name yet (created with createsuperuser, or by an editor) gets a readable stand-in
        with their stable number, never their e-mail address."""
        return self.get_full_name() or nameless_member_name(self.pk)

    @property
    def salutation_name(self):
        """How a mail to this member addresses them: "Beste Anna," or "Beste lid,"."""
        return self.first_name or pgettext("salutation: Dear …,", "member")

    @property
    def mention_handle(self):
        """How others mention this member in a post: @anna-de-vries-12 (the number keeps it
        unique and stable when the name changes)."""
        from django.utils.text import slugify

        return f"{slugify(self.get_full_name()) or 'lid'}-{self.pk}"

    @property
    def initials(self):
        return f"{self.first_name[:1]}{self.last_name[:1]}".upper() or "?"

    @property
    def sort_name(self):
        """As in an alphabetical list: "Vries, Anna de"."""
        given = " ".join(part for part in (self.first_name, self.name_prefix) if part)
        return f"{self.last_name}, {given}" if given else self.last_name

    @property
    def roles(self):
        """The member's roles, in a fixed order: from prefetched groups, from the number a
        list of profile cards read with them (RoleBits), or remembered in the cache with the
        admin link (members.admin_access: the request reads it once, the groups are read
        once per change). Changing them through `member.groups` forgets them."""
        if "groups" in getattr(self, "_prefetched_objects_cache", {}):
            group_names = {group.name for group in self.groups.all()}
            return [role for role in Role if role.group_name in group_names]
        flags = getattr(self, "_role_flags", None)
        if flags is None or len(flags) != len(Role):
            if self.pk is None:
                return []
            from . import admin_access

            flags = self._role_flags = role_flags(admin_access.role_bits(self))
        return [role for role in Role if flags[role]]

    def has_role(self, role):
        return role in self.roles

    @property
    def is_editor(self):
        """Institute staff who publish and review: the editor role (or a superuser)."""
        return self.is_superuser or self.has_role(Role.EDITOR)


class ProfileVisibility(models.TextChoices):
    MEMBERS = "members", _("Members of the network only")
    PUBLIC = "public", _("Everyone, also visitors who are not logged in")


class ProfileThemeBase(ThemedItemBase):
    """A theme on a member profile; the subclass says in which sense."""

    content_object = models.ForeignKey("MemberProfile", on_delete=models.CASCADE, related_name="%(class)s_items")

    class Meta:
        abstract = True
        constraints = [models.UniqueConstraint(fields=["content_object", "tag"], name="unique_%(app_label)s_%(class)s")]


class ProfileInterest(ProfileThemeBase):
    class Meta(ProfileThemeBase.Meta):
        verbose_name = _("theme of interest")
        verbose_name_plural = _("themes of interest")


class ProfileExpertise(ProfileThemeBase):
    class Meta(ProfileThemeBase.Meta):
        verbose_name = _("theme of expertise")
        verbose_name_plural = _("themes of expertise")


MAX_SEARCH_TERMS = 8


class MemberProfileQuerySet(models.QuerySet):
    def listed(self):
        """Profiles of active members who verified their e-mail address and gave a name (an
        account made with createsuperuser or by an editor has none until its profile is
        filled in: the directory would show an empty card)."""
        from allauth.account.models import EmailAddress

        verified = EmailAddress.objects.filter(user=models.OuterRef("member"), verified=True)
        return (
            self.filter(member__is_active=True)
            .exclude(member__first_name="", member__last_name="")
            .filter(models.Exists(verified))
        )

    def visible_to(self, user):
        """What `user` may see: members see every listed profile, visitors only public ones."""
        profiles = self.listed()
        if user.is_authenticated and user.is_active:
            return profiles
        return profiles.filter(visibility=ProfileVisibility.PUBLIC)

    def matching(self, *, q="", theme=None, municipality=None, province="", role="", **registered):
        """Filter by the member directory's search and filters (each optional); `registered`:
        the filters apps built on members add (members.directory)."""
        profiles = directory.apply_filters(self, registered)
        for term in q.split()[:MAX_SEARCH_TERMS]:
            profiles = profiles.filter(
                models.Q(member__first_name__icontains=term)
                | models.Q(member__name_prefix__iexact=term)
                | models.Q(member__last_name__icontains=term)
                | models.Q(organisation__icontains=term)
                | models.Q(job_title__icontains=term)
            )
        if theme is not None:
            profiles = profiles.filter(
                models.Exists(ProfileInterest.objects.filter(content_object=models.OuterRef("pk"), tag=theme))
                | models.Exists(ProfileExpertise.objects.filter(content_object=models.OuterRef("pk"), tag=theme))
            )
        if municipality is not None:
            profiles = profiles.filter(municipality=municipality)
        if province:
            profiles = profiles.filter(municipality__province=province)
        if role:
            profiles = profiles.filter(member__groups__name=Role(role).group_name)
        return profiles

    def colleague_ids(self, profile, limit):
        """The ids of up to `limit` listed members who share at least one theme with
        `profile`, most shared first, then by name: one query, its SQL written out (the
        same rule as the ORM's `listed()` and two counted subqueries, which Django spent
        2–4 ms of CPU building on every start page; tests/members/test_colleagues.py holds
        it to `listed()`). Only the profiles with one of the themes are counted (through the
        themes' indexes), not every listed profile. The profile's themes are read inside
        the same query unless already known."""
        from allauth.account.models import EmailAddress

        if hasattr(profile, "_themes"):
            if not profile._themes:
                return []
            theme_ids = [theme.pk for theme in profile._themes]
            themes, theme_params = f"VALUES {', '.join(['(%s)'] * len(theme_ids))}", theme_ids
        else:
            themes = (
                f"SELECT tag_id FROM {ProfileInterest._meta.db_table} WHERE content_object_id = %s"  # noqa: S608
                f" UNION SELECT tag_id FROM {ProfileExpertise._meta.db_table} WHERE content_object_id = %s"
            )
            theme_params = [profile.pk, profile.pk]
        sql = f"""
            WITH themes (tag_id) AS ({themes}),
            shared AS (
                SELECT content_object_id AS profile_id, COUNT(*) AS shared_themes FROM (
                    SELECT content_object_id FROM {ProfileInterest._meta.db_table}
                    WHERE tag_id IN (SELECT tag_id FROM themes)
                    UNION ALL
                    SELECT content_object_id FROM {ProfileExpertise._meta.db_table}
                    WHERE tag_id IN (SELECT tag_id FROM themes)
                ) AS items GROUP BY content_object_id
            )
            SELECT profile.id FROM shared
            JOIN {MemberProfile._meta.db_table} profile ON profile.id = shared.profile_id
            JOIN {Member._meta.db_table} member ON member.id = profile.member_id
            WHERE profile.id <> %s AND member.is_active
            AND NOT (member.first_name = '' AND member.last_name = '')
            AND EXISTS (
                SELECT 1 FROM {EmailAddress._meta.db_table} address
                WHERE address.user_id = member.id AND address.verified
            )
            ORDER BY shared.shared_themes DESC, member.last_name, member.first_name, profile.id
            LIMIT %s
        """  # noqa: S608 - table names from the models, values as parameters
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, [*theme_params, profile.pk, limit])
            return [row[0] for row in cursor.fetchall()]

    def with_card_data(self, photo_filter_spec="fill-96x96", *, complete=True):
        """Everything a profile card shows, in two queries more, however many cards: the
        member, the municipality and the photo come with the profile, the member's roles as
        one number (RoleBits), the photo's rendition in one query and the
        interests and expertise together in one (`MemberProfile.themes`). With
        `complete=False` the last two are left to the caller: `complete_cards()` reads the
        renditions of several lists at once, and the themes come with the page's others."""
        profiles = self.select_related("member", "municipality", "photo").annotate(**roles_annotations("member"))
        if complete:
            profiles = profiles.prefetch_related(_renditions(photo_filter_spec))
            profiles._themes_together = True
        return profiles

    def _clone(self):
        clone = super()._clone()
        clone._themes_together = getattr(self, "_themes_together", False)
        return clone

    def _prefetch_related_objects(self):
        super()._prefetch_related_objects()
        if getattr(self, "_themes_together", False):
            attach_themes(self._result_cache)

    def _fetch_all(self):
        super()._fetch_all()
        for profile in self._result_cache:
            if isinstance(profile, MemberProfile) and getattr(profile, "_role_bits", None) is not None:
                profile.member._role_flags = role_flags(profile._role_bits)


def _renditions(photo_filter_spec):
    from wagtail.images import get_image_model

    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=photo_filter_spec)
    return models.Prefetch("photo__renditions", queryset=renditions, to_attr="prefetched_renditions")


def card_theme_groups(profiles):
    """For themes.prefetch.prefetch_themes(..., *card_theme_groups(profiles)): the profiles'
    interests and expertise read with the themes of other cards on the page; then
    `themes_prefetched(profiles)`."""
    return [(profiles, "interests"), (profiles, "expertise")]


def themes_prefetched(profiles):
    """`MemberProfile.themes` from prefetched interests and expertise."""
    for profile in profiles:
        by_pk = {theme.pk: theme for theme in [*profile.interests.all(), *profile.expertise.all()]}
        profile._themes = sorted(by_pk.values(), key=lambda theme: theme.name)


def complete_cards(*lists, photo_filter_spec="fill-96x96"):
    """The photos' renditions of profiles fetched `with_card_data(complete=False)`, for all
    the lists together in one query, however many lists. Their themes are read with the
    page's other themes (`card_theme_groups`, `themes_prefetched`)."""
    profiles = [profile for profiles in lists for profile in profiles]
    with_photo = [profile for profile in profiles if profile.photo_id]
    models.prefetch_related_objects(with_photo, _renditions(photo_filter_spec))


class RoleBits(models.Func):
    """A member's roles as one number, a bit per role in the order of `Role` (read in the
    query that needs them: `role_flags` turns it into the flags `Member.roles` reads).

    One subquery, written out: as four `Exists()` over the groups (one per role) Django
    took about 1.3 ms of CPU to build the query of a profile's card, more than running it
    (docs/performance.md). Table and column names come from the models; the group names
    are parameters."""

    output_field = models.IntegerField()

    def as_sql(self, compiler, connection, **extra_context):
        from django.contrib.auth.models import Group

        member_sql, member_params = compiler.compile(self.get_source_expressions()[0])
        member_groups = Member.groups.through._meta
        cases = " ".join(f"WHEN %s THEN {1 << bit}" for bit, _role in enumerate(Role))
        sql = (
            f"(SELECT COALESCE(SUM(CASE g.name {cases} ELSE 0 END), 0)"  # noqa: S608 (model names, parameters)
            f" FROM {member_groups.db_table} mg JOIN {Group._meta.db_table} g"
            f" ON g.id = mg.{member_groups.get_field('group').column}"
            f" WHERE mg.{member_groups.get_field('member').column} = {member_sql})"
        )
        return sql, (*(role.group_name for role in Role), *member_params)


def role_flags(bits):
    """{role: whether the member has it} from `RoleBits` (or `role_bits_of`)."""
    return {role: bool(bits & (1 << bit)) for bit, role in enumerate(Role)}


def role_bits_of(group_names):
    """The number RoleBits reads in SQL, from a member's group names."""
    names = set(group_names)
    return sum(1 << bit for bit, role in enumerate(Role) if role.group_name in names)


def roles_annotations(member_path):
    """The annotation `_role_bits` (the member's roles, read in the same query); a profile
    list fetched with it tells each member's roles without a query (Member.roles)."""
    return {"_role_bits": RoleBits(models.F(member_path))}


def attach_themes(profiles):
    """Each profile's interests and expertise, read together in one query (a union of the
    two), for `MemberProfile.themes`, `.interest_themes` and `.expertise_themes`."""
    from themes.models import Theme

    profiles = [profile for profile in profiles if profile is not None]
    if not profiles:
        return
    by_pk = {profile.pk: profile for profile in profiles}
    with connections[ProfileInterest.objects.db].cursor() as cursor:
        cursor.execute(_profile_themes_sql(len(by_pk)), [*by_pk, *by_pk])
        rows = cursor.fetchall()
    themes = {pk: {"interest": {}, "expertise": {}} for pk in by_pk}
    for profile_pk, pk, name, slug, description, kind in rows:
        themes[profile_pk][kind][pk] = Theme(id=pk, name=name, slug=slug, description=description)

    def by_name(found):
        return sorted(found.values(), key=lambda theme: theme.name)

    for profile in profiles:  # every instance (one member may be on two lists of the page)
        own = themes[profile.pk]
        profile._interest_themes, profile._expertise_themes = by_name(own["interest"]), by_name(own["expertise"])
        profile._themes = by_name(own["interest"] | own["expertise"])


@functools.lru_cache(maxsize=64)
def _profile_themes_sql(count):
    """attach_themes()'s query for `count` profiles, written out once per process and
    number: as a union of two querysets Django spent 1.5 ms of CPU building it on every
    page that shows a member's themes. Parameters: the profiles' ids, twice. Table and
    column names come from the models, never from input."""
    from themes.models import Theme

    placeholders = ", ".join(["%s"] * count)
    theme = Theme._meta.db_table
    parts = []
    for through, kind in ((ProfileInterest, "interest"), (ProfileExpertise, "expertise")):
        profile_column = through._meta.get_field("content_object").column
        tag_column = through._meta.get_field("tag").column
        parts.append(
            f"SELECT t.{profile_column}, th.id, th.name, th.slug, th.description, '{kind}' "  # noqa: S608
            f"FROM {through._meta.db_table} t JOIN {theme} th ON th.id = t.{tag_column} "
            f"WHERE t.{profile_column} IN ({placeholders})"
        )
    return " UNION ALL ".join(parts)


class MemberProfile(models.Model):
    """What a member shows the network about themselves."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile", verbose_name=_("member")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_profiles",
        verbose_name=_("municipality"),
        help_text=_("The municipality you work for or in."),
    )
    bio = models.TextField(
        _("about me"),
        max_length=1500,
        blank=True,
        help_text=_("A few sentences about your work and what you would like to learn or share."),
    )
    interests = TaggableManager(
        verbose_name=_("themes of interest"), through=ProfileInterest, blank=True, related_name="interested_profiles"
    )
    expertise = TaggableManager(
        verbose_name=_("themes of expertise"), through=ProfileExpertise, blank=True, related_name="expert_profiles"
    )
    visibility = models.CharField(
        _("who can see my profile"),
        max_length=10,
        choices=ProfileVisibility.choices,
        default=ProfileVisibility.MEMBERS,
    )
    show_email = models.BooleanField(
        _("show my e-mail address to members"),
        default=False,
        help_text=_("Visitors never see your e-mail address."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = MemberProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def __str__(self):
        return str(self.member)

    @property
    def is_public(self):
        return self.visibility == ProfileVisibility.PUBLIC

    @property
    def is_complete(self):
        """Enough filled in for colleagues to find this member."""
        return bool(self.organisation and self.job_title)

    @property
    def themes(self):
        """Interests and expertise together, without doubles, sorted by name (read in one
        query, once per instance; a list `with_card_data()` reads them for all its cards)."""
        if not hasattr(self, "_themes"):
            attach_themes([self])
        return self._themes

    @property
    def interest_themes(self):
        """The themes the member is interested in, sorted by name (read with `themes`)."""
        if not hasattr(self, "_interest_themes"):
            attach_themes([self])
        return self._interest_themes

    @property
    def expertise_themes(self):
        """The themes of the member's expertise, sorted by name (read with `themes`)."""
        if not hasattr(self, "_expertise_themes"):
            attach_themes([self])
        return self._expertise_themes


class AssociateMembershipRequest(models.Model):
    """A member asking to become an Associate Member of the institute; editors decide."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a decision")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="associate_requests",
        verbose_name=_("member"),
    )
    motivation = models.TextField(_("motivation"), max_length=2000)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    decision_note = models.TextField(
        _("note to the member"), blank=True, help_text=_("Sent to the member with the decision.")
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)

    class Meta:
        verbose_name = _("Associate Member request")
        verbose_name_plural = _("Associate Member requests")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["member"], condition=models.Q(status="pending"), name="one_pending_associate_request"
            )
        ]

    def __str__(self):
        return f"{self.member} ({self.get_status_display()})"
