from django.core.paginator import Paginator
from django.shortcuts import render

from forum.fragments import render_thread_rows
from lerendnetwerk import shared_fragments
from members.cards import profile_cards
from members.models import MemberProfile
from notifications.unread import readable_category_ids

from .query import kept_present, kept_search_pages, search_threads, searchable_text

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MEMBER_RESULTS = 6
THREAD_RESULTS = 5


def search(request):
    """Pages everyone may see, with facets; for members also member profiles."""
    query = searchable_text(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
    type_key = request.GET.get("type", "")
    theme_slug = searchable_text(request.GET.get("theme", ""))
    context = {"search_query": query, "selected_type": type_key, "selected_theme": theme_slug}
    if query:
        outcome, types_of = kept_search_pages(request, query, type_key=type_key, theme_slug=theme_slug)
        page_obj = Paginator(outcome.hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        context.update(
            outcome=outcome,
            page_obj=page_obj,
            results=kept_present(request, page_obj.object_list, types_of, query),
        )
        if request.user.is_authenticated and not type_key and not theme_slug:
            # The discussions found are the same for every member who may read the same
            # categories (most members: the public ones): kept for them.
            readable = readable_category_ids(request.user)
            context["thread_results"] = shared_fragments.kept_value(
                request,
                "search-threads",
                [query, readable],
                lambda: render_thread_rows(list(search_threads(readable, query)[:THREAD_RESULTS])),
            )
            # Which members match is the same for every member (they all see every listed
            # profile): kept as a part is, and so are their cards (members/cards.py). The
            # profiles' ILIKE over every member cost PostgreSQL 4.5 ms per search.
            member_ids = shared_fragments.kept_value(
                request, "search-members", [query], lambda: _matching_member_ids(request.user, query)
            )
            [context["member_cards"]] = profile_cards(request, (member_ids, 3))
    return render(request, "search/search.html", context)


def _matching_member_ids(user, query):
    return list(
        MemberProfile.objects.visible_to(user)
        .matching(q=query)
        .order_by("member__last_name", "member__first_name")
        .values_list("pk", flat=True)[:MEMBER_RESULTS]
    )
