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
import operator

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Exists, OuterRef, Q

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
    such as the bell's count of notifications, embed it)."""
    if not is_active_member(user):
        return Category.objects.none()
    if user.is_superuser:
        return Category.objects.all()
    member_of = [
        Exists(model.objects.filter(**{f"{field}_id": OuterRef(f"{category_field}_id")}, member_id=user.pk))
        for category_field, model, field in CLOSED_SPACES
    ]
    staff_role = get_user_model().groups.through.objects.filter(
        member_id=user.pk, group__name__in=[Role.EDITOR.group_name, Role.MODERATOR.group_name]
    )
    return Category.objects.filter(functools.reduce(operator.or_, [_public(), *member_of, Exists(staff_role)]))


def listed_categories(user):
    """Categories shown on the forum's start page (visitors see the public ones)."""
    if not is_active_member(user):
        return Category.objects.filter(_public())
    return readable_categories(user)


def readable_threads(user):
    return Thread.objects.filter(category__in=readable_categories(user))


def can_read_category(user, category):
    return readable_categories(user).filter(pk=category.pk).exists()


def can_read_thread(user, thread):
    return can_read_category(user, thread.category)


def can_post(user, thread):
    return not thread.is_locked and can_read_thread(user, thread)


@functools.lru_cache(maxsize=64)
def _readers_sql(member_count):
    """The access rule of readable_threads() as one SQL statement, for several members at
    once, with the thread's current sequence. The live sockets ask it for every event, so
    it is written out once (the ORM spent more time building the query than the database
    answering it; see docs/performance.md). tests/forum/test_access_rule.py checks that it
    gives the same answers as the ORM rule."""
    owner_columns = [Category._meta.get_field(category_field).column for category_field, _m, _f in CLOSED_SPACES]
    public = " AND ".join(f"c.{column} IS NULL" for column in owner_columns)
    # Table and column names from the models, never from input.
    member_of = "".join(
        f"""
            OR EXISTS (
                SELECT 1 FROM {model._meta.db_table} s{number}
                WHERE s{number}.{model._meta.get_field(field).column} = c.{owner_column} AND s{number}.member_id = m.id
            )"""  # noqa: S608
        for number, ((_c, model, field), owner_column) in enumerate(zip(CLOSED_SPACES, owner_columns, strict=True))
    )
    tables = {
        "thread": Thread._meta.db_table,
        "category": Category._meta.db_table,
        "member": Member._meta.db_table,
        "member_groups": Member.groups.through._meta.db_table,
        "group": Group._meta.db_table,
        "members": ", ".join(["%s"] * member_count),
        "public": public,
        "member_of": member_of,
    }
    return """
        SELECT m.id, t.last_sequence FROM {thread} t
        JOIN {category} c ON c.id = t.category_id
        JOIN {member} m ON m.id IN ({members}) AND m.is_active
        WHERE t.id = %s AND (
            ({public})
            OR m.is_superuser{member_of}
            OR EXISTS (
                SELECT 1 FROM {member_groups} mg JOIN {group} g ON g.id = mg.group_id
                WHERE mg.member_id = m.id AND g.name IN (%s, %s)
            )
        )
    """.format(**tables)  # noqa: S608 - table names from the models, values as parameters


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
