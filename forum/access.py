"""Who may see and do what in the forum. Checked on the server for every object, in
views and in the live consumers alike.

- Public categories: every active member reads and writes; visitors see only the
  category names on the forum's start page.
- A closed space: of a learning practice or of a learning network. Its members
  (PracticeMembership, NetworkMembership) and the institute's staff (editors, moderators).
  Others see nothing of it, not even its name.

Which closed spaces there are is said once, in CLOSED_SPACES: the ORM rule
(readable_categories) and the hand-written SQL of the live sockets (_readers_sql) are both
built from it, and tests/forum/test_access_rule.py checks that they agree.
"""

import functools

from django.contrib.auth.models import Group
from django.db.models import Q
from django.db.models.expressions import RawSQL

from members.models import Member
from members.roles import Role
from networks.models import NetworkMembership
from practices.models import PracticeMembership

from .models import Category, Thread

# The closed spaces: (the category's field naming the owner, the membership model whose
# rows let a member in, that model's field naming the owner). A category with none of
# these fields set is public.
CLOSED_SPACES = [
    ("practice", PracticeMembership, "practice"),
    ("network", NetworkMembership, "network"),
]


def _public():
    return Q(**{f"{category_field}__isnull": True for category_field, _model, _field in CLOSED_SPACES})


def is_active_member(user):
    return bool(user and user.is_authenticated and user.is_active)


def is_staff(user):
    """The institute's staff: editors and moderators (and superusers)."""
    return is_active_member(user) and (user.is_superuser or user.has_role(Role.EDITOR) or user.has_role(Role.MODERATOR))


def can_moderate(user):
    return is_staff(user)


def readable_categories(user):
    """Categories whose discussions `user` may read. Whether the member is staff is asked
    inside the same query, so building the rule costs no query of its own (other querysets,
    such as the bell's count of notifications, embed it). The rule is SQL written out once
    (_readable_categories_sql): as Exists() subqueries the ORM spent ~2 ms building it on
    every page that asks (the thread and category pages, and the bell on every page)."""
    if not is_active_member(user):
        return Category.objects.none()
    if user.is_superuser:
        return Category.objects.all()
    params = [user.pk] * len(CLOSED_SPACES) + [user.pk, Role.EDITOR.group_name, Role.MODERATOR.group_name]
    return Category.objects.filter(pk__in=RawSQL(_readable_categories_sql(), params))  # noqa: S611 - values as parameters


def listed_categories(user):
    """Categories shown on the forum's start page (visitors see the public ones)."""
    if not is_active_member(user):
        return Category.objects.filter(_public())
    return readable_categories(user)


def readable_threads(user):
    return Thread.objects.filter(category__in=readable_categories(user))


def can_read_category(user, category):
    """Whether `user` may read `category`: a public one (as read with it) without a query."""
    if is_active_member(user) and is_public(category):
        return True
    return readable_categories(user).filter(pk=category.pk).exists()


def is_public(category):
    """Whether `category` (as read) belongs to no closed space."""
    return all(getattr(category, f"{category_field}_id") is None for category_field, _m, _f in CLOSED_SPACES)


def can_read_thread(user, thread):
    return can_read_category(user, thread.category)


def can_post(user, thread):
    return not thread.is_locked and can_read_thread(user, thread)


def _rule_sql(category, member):
    """The pieces of the access rule as SQL, for the category row aliased `category` and
    the member whose id is the SQL expression `member`: (public, " OR EXISTS (member of
    its practice or network)…", "EXISTS (staff)"). The staff piece takes the two group
    names as parameters. Table and column names come from the models, never from input."""
    owner_columns = [Category._meta.get_field(category_field).column for category_field, _m, _f in CLOSED_SPACES]
    public = " AND ".join(f"{category}.{column} IS NULL" for column in owner_columns)
    member_of = "".join(
        f"""
            OR EXISTS (
                SELECT 1 FROM {model._meta.db_table} s{number}
                WHERE s{number}.{model._meta.get_field(field).column} = {category}.{owner_column}
                AND s{number}.member_id = {member}
            )"""  # noqa: S608
        for number, ((_c, model, field), owner_column) in enumerate(zip(CLOSED_SPACES, owner_columns, strict=True))
    )
    member_groups, group = Member.groups.through._meta.db_table, Group._meta.db_table
    staff = f"""EXISTS (
                SELECT 1 FROM {member_groups} mg JOIN {group} g ON g.id = mg.group_id
                WHERE mg.member_id = {member} AND g.name IN (%s, %s)
            )"""  # noqa: S608
    return public, member_of, staff


@functools.cache
def _readable_categories_sql():
    """readable_categories() for one (active, not superuser) member: the ids of the
    categories they may read. Parameters: the member's id once per closed space, then for
    the staff check their id and the two group names."""
    public, member_of, staff = _rule_sql("c", "%s")
    return f"SELECT c.id FROM {Category._meta.db_table} c WHERE ({public}){member_of} OR {staff}"  # noqa: S608


@functools.lru_cache(maxsize=64)
def _readers_sql(member_count):
    """The access rule of readable_threads() as one SQL statement, for several members at
    once, with the thread's current sequence. The live sockets ask it for every event, so
    it is written out once (the ORM spent more time building the query than the database
    answering it; see docs/performance.md). tests/forum/test_access_rule.py checks that it
    gives the same answers as the ORM rule."""
    public, member_of, staff = _rule_sql("c", "m.id")
    return """
        SELECT m.id, t.last_sequence FROM {thread} t
        JOIN {category} c ON c.id = t.category_id
        JOIN {member} m ON m.id IN ({members}) AND m.is_active
        WHERE t.id = %s AND (
            ({public})
            OR m.is_superuser{member_of}
            OR {staff}
        )
    """.format(  # noqa: S608 - table names from the models, values as parameters
        thread=Thread._meta.db_table,
        category=Category._meta.db_table,
        member=Member._meta.db_table,
        members=", ".join(["%s"] * member_count),
        public=public,
        member_of=member_of,
        staff=staff,
    )


# Members per statement: well below every database's limit on parameters.
READERS_PER_QUERY = 500


def thread_readers(thread_id, member_ids):
    """Which of these members may (still) read this thread, asked of the database now, and
    the thread's last sequence (None when none of them may). Used by the live sockets for
    every event: a member removed from a practice stops receiving at once."""
    from django.db import connection

    member_ids = list(dict.fromkeys(member_ids))
    readers, last_sequence = set(), None
    with connection.cursor() as cursor:
        for start in range(0, len(member_ids), READERS_PER_QUERY):
            chunk = member_ids[start : start + READERS_PER_QUERY]
            cursor.execute(
                _readers_sql(len(chunk)), [*chunk, thread_id, Role.EDITOR.group_name, Role.MODERATOR.group_name]
            )
            for member_id, sequence in cursor.fetchall():
                readers.add(member_id)
                last_sequence = sequence
    return readers, last_sequence


def may_read_thread(member_id, thread_id):
    """May this (active) member still read this thread? One query."""
    readers, _ = thread_readers(thread_id, [member_id])
    return member_id in readers


def can_edit_post(user, post):
    return is_active_member(user) and post.author_id == user.pk and not post.is_deleted and not post.is_hidden


def can_mark_answer(user, thread):
    return thread.is_question and is_active_member(user) and (thread.author_id == user.pk or can_moderate(user))
