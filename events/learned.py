"""A learning network's "Wat we geleerd hebben": what its meetings left behind, over time.

For each past meeting of the network that the reader may see (events.organisers: a meeting
only for the network is for its members and the editors) and that has a report or lessons:
the meeting, its report's excerpt (stored at save, events.reports: no StreamField is
rendered here), the live, public lessons that came from it (`EventPage.related_lessons`,
which the lesson's page shows as its source meeting) and its follow-up discussion when the
reader may read it (forum.access: a closed discussion only for the network's members and
staff). Next to them, the shelf's lessons and dossiers that came from none of these meetings.

The networks app sits below events (.importlinter) and cannot build this page: the view is
events' (events/learned_views.py), at an address next to the network's own
(/leernetwerken/netwerk/<id>/…), and the network's page links to it by URL name.

A fixed number of queries, whatever the number of meetings and lessons: the meetings (with
their discussion and whether the reader may read it, in one query), their lessons (one),
the shelf (one) and the paginator's count."""

import itertools
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Prefetch, Q, Value
from django.utils import timezone

from forum.access import readable_threads
from knowledge.models import Lesson
from networks import shelf

from . import organisers
from .models import EventPage


@dataclass
class Year:
    year: int
    meetings: list


@dataclass
class Learned:
    page_obj: object
    years: list
    shelf: list

    @property
    def is_empty(self):
        return not self.years and not self.shelf


def _lessons():
    return Lesson.objects.live().public()


def _has_lessons():
    through = EventPage.related_lessons.through
    return Exists(through.objects.filter(eventpage_id=OuterRef("pk"), lesson__in=_lessons()))


def _with_something_learned(user, network, now):
    """The network's past meetings `user` may see that have a report or lessons."""
    meetings = EventPage.objects.live().public().filter(network=network, end__lt=now, cancelled_at__isnull=True)
    return organisers.visible_meetings(user, meetings).filter(~Q(report_excerpt="") | _has_lessons())


def learned_meetings(user, network, now=None):
    """The network's past meetings `user` may see that have a report or lessons, newest
    first; each with `learned_lessons` (live, public, by title) and `discussion_readable`."""
    now = now or timezone.now()
    if user.is_authenticated:
        readable = Exists(readable_threads(user).filter(pk=OuterRef("discussion_id")))
    else:
        readable = Value(False)  # visitors read no discussion (forum.access)
    return (
        _with_something_learned(user, network, now)
        .annotate(discussion_readable=readable)
        .select_related("discussion")
        .prefetch_related(Prefetch("related_lessons", queryset=_lessons().order_by("title"), to_attr="learned_lessons"))
        .order_by("-start", "-pk")
    )


def _by_year(meetings):
    year_of = lambda meeting: timezone.localtime(meeting.start).year  # noqa: E731
    return [Year(year, list(group)) for year, group in itertools.groupby(meetings, key=year_of)]


def network_learned(user, network, page_number=None, now=None):
    """What the network's "what we learned" page shows `user`: one page of meetings grouped
    by year, and the shelf's items that came from none of the network's meetings `user`
    may see."""
    now = now or timezone.now()
    page_obj = Paginator(learned_meetings(user, network, now=now), settings.LEARNED_PAGE_SIZE).get_page(page_number)
    through = EventPage.related_lessons.through
    seen = _with_something_learned(user, network, now).values("pk")
    from_meetings = through.objects.filter(eventpage_id__in=seen).values("lesson_id")
    return Learned(
        page_obj=page_obj,
        years=_by_year(page_obj.object_list),
        shelf=shelf.shelf_of(network, excluding=from_meetings),
    )
