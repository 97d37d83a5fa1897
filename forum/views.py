import functools

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lerendnetwerk import shared_fragments
from lerendnetwerk.paging import KnownCountPaginator, page_of
from members.models import name_fields

from . import access, fragments, mentions, services
from .forms import HidePostForm, MentionQueryForm, MoveForm, PostForm, ReportForm, ThreadForm
from .models import Category, CategoryFollow, Post, ReactionKind, Thread, ThreadFollow


def _wants_fragment(request):
    """The page's JavaScript posts with fetch and needs no redirect (the live event
    brings the result); without JavaScript the browser follows the redirect."""
    return request.headers.get("X-Requested-With") == "fetch"


def _done(request, url):
    return HttpResponse(status=204) if _wants_fragment(request) else redirect(url)


def forum_index(request):
    categories = (
        access.listed_categories(request.user)
        # A row shows the name, description and these two; the practice's or network's
        # page (a whole Wagtail page row) is not read for it.
        .annotate(thread_count=Count("threads", distinct=True), last_activity=Max("threads__last_activity_at"))
    )
    public = [category for category in categories if not category.is_closed]
    spaces = [category for category in categories if category.is_closed]
    return render(request, "forum/index.html", {"public_categories": public, "practice_spaces": spaces})


def _readable_category(request, slug):
    if not request.user.is_authenticated:
        return None
    category = access.readable_categories(request.user).filter(slug=slug).first()
    if category is None:
        raise Http404
    return category


def _found(row):
    """Whether a row was found: what is not is answered 404 and not kept, so that asking
    for made-up ids or names does not fill the cache."""
    return row is not None


def _category_to_show(request, slug):
    """The category for its page: the row with its number of discussions, as every member
    sees it, kept; whether this member may read it (no query for a public one); and
    whether they follow it."""
    category = shared_fragments.kept_value(
        request,
        "forum-category",
        slug,
        lambda: Category.objects.annotate(thread_count=Count("threads")).filter(slug=slug).first(),
        keep=_found,
    )
    if category is None or not access.can_read_category(request.user, category):
        raise Http404
    category.is_following = CategoryFollow.objects.filter(member_id=request.user.pk, category_id=category.pk).exists()
    return category


def category_detail(request, slug):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    category = _category_to_show(request, slug)
    # A row shows the discussion's author and whether it has an answer (not the answer).
    threads = category.threads.select_related("author").order_by("-is_pinned", "-last_activity_at")
    page_obj = page_of(threads, settings.FORUM_THREADS_PER_PAGE, request.GET.get("page"), count=category.thread_count)
    # The page's rows are the same for every member who may read the category: kept.
    rows = shared_fragments.kept_value(
        request,
        "forum-category-page",
        (category.pk, page_obj.number),
        lambda: fragments.render_thread_rows(list(page_obj.object_list)),
    )
    return render(
        request,
        "forum/category.html",
        {"category": category, "page_obj": page_obj, "threads": rows, "is_following": category.is_following},
    )


@login_required
def thread_new(request, slug):
    category = _readable_category(request, slug)
    initial = {"themes": [category.theme]} if category.theme_id else {}
    form = ThreadForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        thread = services.start_thread(
            request.user,
            category,
            title=form.cleaned_data["title"],
            body=form.cleaned_data["body"],
            themes=form.cleaned_data["themes"],
            is_question=form.cleaned_data["is_question"],
            mentioned=form.cleaned_data["mentioned"],
        )
        return redirect(thread.get_absolute_url())
    return render(request, "forum/thread_form.html", {"form": form, "category": category})


def _thread_or_404(request, thread_id):
    thread = access.readable_threads(request.user).with_author_and_category().filter(pk=thread_id).first()
    if thread is None:
        raise Http404
    return thread


def _thread_to_show(request, thread_id):
    """The discussion for its page: the row (with its category and author's name) as every
    member sees it, kept; whether this member may read it (no query in a public category);
    and whether they follow it."""
    thread = shared_fragments.kept_value(
        request,
        "forum-thread",
        thread_id,
        lambda: Thread.objects.with_author_and_category().filter(pk=thread_id).first(),
        keep=_found,
    )
    if thread is None or not access.can_read_thread(request.user, thread):
        raise Http404
    thread.is_following = ThreadFollow.objects.filter(member_id=request.user.pk, thread_id=thread.pk).exists()
    return thread


class Node:
    def __init__(self, post):
        self.post = post
        self.children = []


def _tree(posts, roots):
    nodes = {post.pk: Node(post) for post in posts}
    for post in posts:
        if post.parent_id in nodes:
            nodes[post.parent_id].children.append(nodes[post.pk])
    return [nodes[root.pk] for root in roots]


def _page_of_post(thread, sequence):
    """Which page holds the post with this sequence number (to link to it)."""
    post = Post.objects.filter(thread=thread, sequence=sequence).first()
    if post is None:
        return 1
    root_sequence = post.root.sequence if post.root_id else post.sequence
    earlier = Post.objects.filter(thread=thread, root__isnull=True, is_opening=False, sequence__lt=root_sequence)
    return earlier.count() // settings.FORUM_ROOT_POSTS_PER_PAGE + 1


def thread_detail(request, thread_id, slug):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    thread = _thread_to_show(request, thread_id)
    if slug != thread.slug:
        return redirect(thread.get_absolute_url(), permanent=True)
    page_number = _number(request.GET.get("page"))
    if _number(request.GET.get("bericht")) is not None:
        page_number = _page_of_post(thread, _number(request.GET["bericht"]))
    page_number = page_number or 1
    opening, page_obj, page_roots, descendants, counts = _kept_thread_page(request, thread, page_number)
    shown = [post for post in [opening, *page_roots, *descendants] if post is not None]
    _annotate_for(request.user, thread, shown, counts)
    fragments.render_posts(request, shown)
    return render(
        request,
        "forum/thread.html",
        {
            "thread": thread,
            "category": thread.category,
            "opening": opening,
            "tree": _tree([*page_roots, *descendants], page_roots),
            "page_obj": page_obj,
            "form": PostForm(),
            "can_post": not thread.is_locked,
            "can_moderate": access.can_moderate(request.user),
            "can_mark_answer": access.can_mark_answer(request.user, thread),
            "is_following": thread.is_following,
            "move_form": MoveForm(categories=access.readable_categories(request.user).exclude(pk=thread.category_id))
            if access.can_moderate(request.user)
            else None,
            "is_last_page": page_obj.number == page_obj.paginator.num_pages,
        },
    )


def _kept_thread_page(request, thread, number):
    """_thread_page(): the posts of a page and their reactions are the same for every
    member who may read the discussion, so they are kept as the parts every member sees
    alike are (what is the reader's own, their reactions and rights, is added to them by
    _annotate_for). A number past the discussion's size is answered (with the last page)
    and not kept under a key of its own."""
    build = functools.partial(_thread_page, thread, number)
    if number > max(1, -(-thread.last_sequence // settings.FORUM_ROOT_POSTS_PER_PAGE)):
        return build()
    return shared_fragments.kept_value(request, "forum-thread-page", (thread.pk, number), build)


# What a post on the thread page shows (forum/includes/post.html) and what its kept HTML's
# key is made of (forum.fragments): not its Markdown nor its words for the search.
POST_FIELDS = (
    "thread_id", "sequence", "parent_id", "root_id", "reply_to_id", "depth", "author_id", "body_html",
    "is_opening", "is_deleted", "is_hidden", "created_at", "edited_at",
)  # fmt: skip


def _thread_page(thread, number):
    """The opening post, page `number` of the replies that start a branch, the replies under
    them and the paginator: in one query (the page's branches and the number of branches
    as subqueries), two when asked for a page past the last. The page shows the posts' HTML
    and, for a reply to another post, that post's number and author: the Markdown and the
    other post's text are not read."""
    per_page = settings.FORUM_ROOT_POSTS_PER_PAGE
    branches = Post.objects.filter(thread=thread, root__isnull=True, is_opening=False)
    branch_count = branches.order_by().values("thread").annotate(count=Count("pk")).values("count")
    while True:
        page_branches = branches.order_by("sequence").values("pk")[(number - 1) * per_page : number * per_page]
        posts = list(
            Post.objects.filter(thread=thread)
            .filter(Q(is_opening=True) | Q(pk__in=page_branches) | Q(root__in=page_branches))
            .select_related("author", "reply_to__author")
            .only(*POST_FIELDS, *name_fields("author"), "reply_to__sequence", *name_fields("reply_to__author"))
            .annotate(branch_count=Coalesce(Subquery(branch_count), 0))
            .order_by("sequence")
        )
        paginator = KnownCountPaginator([], per_page, count=posts[0].branch_count if posts else 0)
        if number <= paginator.num_pages:
            break
        number = paginator.num_pages
    page_obj = paginator.page(number)
    opening = next((post for post in posts if post.is_opening), None)
    page_obj.object_list = [post for post in posts if not post.is_opening and post.root_id is None]
    descendants = [post for post in posts if post.root_id is not None]
    counts = services.reaction_counts([post.pk for post in posts])
    return opening, page_obj, page_obj.object_list, descendants, counts


def _annotate_for(user, thread, posts, counts):
    """The reaction counts, and the viewer's own reactions (in one query) and rights."""
    mine = services.own_reactions([post.pk for post in posts], user)
    moderator = access.can_moderate(user)
    marks_answer = access.can_mark_answer(user, thread)
    for post in posts:
        post.reaction_counts = counts.get(post.pk, {})
        post.my_reactions = mine.get(post.pk, set())
        post.viewer_is_author = post.author_id == user.pk
        post.viewer_can_moderate = moderator
        post.viewer_can_mark_answer = marks_answer and not post.is_opening
        post.is_answer = thread.answer_id == post.pk


def _post_or_404(request, post_id):
    post = get_object_or_404(Post.objects.select_related("thread__category", "author"), pk=post_id)
    if not access.can_read_thread(request.user, post.thread):
        raise Http404
    return post


def _number(value):
    """A positive whole number typed in a URL or form, or None (also for "²" or "٣")."""
    value = str(value or "")
    return int(value) if value.isascii() and value.isdecimal() and len(value) < 10 else None


@login_required
def thread_reply(request, thread_id):
    thread = _thread_or_404(request, thread_id)
    reply_to = None
    reply_to_id = _number(request.POST.get("reply_to") or request.GET.get("op"))
    if reply_to_id is not None:
        reply_to = Post.objects.filter(thread=thread, pk=reply_to_id).select_related("author").first()
    initial = {}
    if request.method == "GET" and reply_to is not None and "citeer" in request.GET and reply_to.is_visible:
        quoted, _named = mentions.with_names(reply_to.body_markdown, reply_to.mentions.all())
        initial["body"] = "\n".join(f"> {line}" for line in quoted.splitlines()) + "\n\n"
    form = PostForm(request.POST or None, initial=initial)
    is_locked = thread.is_locked
    if request.method == "POST" and form.is_valid() and not is_locked:
        try:
            post = services.reply(
                request.user,
                thread,
                body=form.cleaned_data["body"],
                reply_to=reply_to,
                mentioned=form.cleaned_data["mentioned"],
            )
        except services.ThreadLocked:
            is_locked = True  # closed while the member was writing
        else:
            return _done(request, post.get_absolute_url())
    if request.method == "POST" and _wants_fragment(request):
        if is_locked:
            return JsonResponse({"errors": {"__all__": [_("This discussion has been closed.")]}}, status=409)
        return JsonResponse({"errors": form.errors}, status=400)
    if is_locked:
        form.fields["body"].widget.attrs["readonly"] = True
    return render(
        request,
        "forum/reply_form.html",
        {
            "form": form,
            "thread": thread,
            "reply_to": reply_to,
            "is_locked": is_locked,
            "kept_text": is_locked and bool(form.data.get("body", "").strip()),
        },
    )


@login_required
def post_edit(request, post_id):
    post = _post_or_404(request, post_id)
    if not access.can_edit_post(request.user, post):
        raise PermissionDenied
    body, named = mentions.with_names(post.body_markdown, post.mentions.all())
    form = PostForm(request.POST or None, initial={"body": body, "mentioned": named})
    if request.method == "POST" and form.is_valid():
        services.edit_post(request.user, post, body=form.cleaned_data["body"], mentioned=form.cleaned_data["mentioned"])
        return redirect(post.get_absolute_url())
    return render(request, "forum/post_edit.html", {"form": form, "post": post})


@login_required
def post_delete(request, post_id):
    post = _post_or_404(request, post_id)
    if post.author_id != request.user.pk or post.is_deleted:
        raise PermissionDenied
    if request.method == "POST":
        services.delete_post(request.user, post)
        messages.success(request, _("Your message has been deleted."))
        return _done(request, post.get_absolute_url())
    return render(request, "forum/post_delete.html", {"post": post})


@login_required
def post_history(request, post_id):
    post = _post_or_404(request, post_id)
    if post.is_hidden and not access.can_moderate(request.user):
        raise Http404
    return render(request, "forum/post_history.html", {"post": post, "revisions": post.revisions.all()})


@login_required
def post_report(request, post_id):
    post = _post_or_404(request, post_id)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.report_post(request.user, post, form.cleaned_data["reason"])
        messages.success(request, _("Thank you. A moderator will look at this message."))
        return redirect(post.get_absolute_url())
    return render(request, "forum/post_report.html", {"form": form, "post": post})


@login_required
@require_POST
def post_react(request, post_id):
    post = _post_or_404(request, post_id)
    kind = request.POST.get("kind")
    if kind not in ReactionKind.values:
        raise Http404
    services.toggle_reaction(request.user, post, kind)
    return _done(request, post.get_absolute_url())


@login_required
@require_POST
def post_mark_answer(request, post_id):
    post = _post_or_404(request, post_id)
    clear = request.POST.get("clear") == "1"
    services.mark_answer(request.user, post.thread, None if clear else post)
    return _done(request, post.get_absolute_url())


@login_required
@require_POST
def post_moderate(request, post_id):
    post = _post_or_404(request, post_id)
    form = HidePostForm(request.POST)
    if not form.is_valid():
        if _wants_fragment(request):
            return JsonResponse({"errors": form.errors}, status=400)
        messages.error(request, form.errors["reason"][0])
        return redirect(post.get_absolute_url())
    services.set_post_hidden(request.user, post, request.POST.get("hidden") == "1", reason=form.cleaned_data["reason"])
    return _done(request, post.get_absolute_url())


@login_required
@require_POST
def thread_moderate(request, thread_id):
    thread = _thread_or_404(request, thread_id)
    if not access.can_moderate(request.user):
        raise PermissionDenied
    changes = {}
    if "locked" in request.POST:
        changes["locked"] = request.POST["locked"] == "1"
    if "pinned" in request.POST:
        changes["pinned"] = request.POST["pinned"] == "1"
    if "category" in request.POST:
        form = MoveForm(request.POST, categories=access.readable_categories(request.user))
        if not form.is_valid():
            messages.error(request, _("Choose a category to move the discussion to."))
            return redirect(thread.get_absolute_url())
        changes["category"] = form.cleaned_data["category"]
    services.moderate_thread(request.user, thread, **changes)
    messages.success(request, _("The discussion has been changed."))
    return redirect(thread.get_absolute_url())


@login_required
@require_POST
def thread_follow(request, thread_id):
    thread = _thread_or_404(request, thread_id)
    services.set_thread_follow(request.user, thread, request.POST.get("follow") == "1")
    return _done(request, thread.get_absolute_url())


@login_required
@require_POST
def category_follow(request, slug):
    category = _readable_category(request, slug)
    services.set_category_follow(request.user, category, request.POST.get("follow") == "1")
    return redirect(category.get_absolute_url())


@login_required
def mention_suggestions(request):
    """Members to mention, for the autocomplete (JSON)."""
    form = MentionQueryForm(request.GET)
    if not form.is_valid():
        return JsonResponse(
            {"members": [], "error": _("Those characters cannot be searched for: type part of a name.")}, status=400
        )
    query = form.cleaned_data["q"]
    if len(query) < 2:
        return JsonResponse({"members": []})
    return JsonResponse(
        {
            "members": [
                {
                    "id": profile.member.pk,
                    "name": profile.member.display_name,
                    "handle": profile.member.mention_handle,
                    "organisation": profile.organisation,
                }
                for profile in mentions.suggestions(request.user, query)
            ]
        }
    )


def thread_state(request, thread_id):
    """The current sequence number of a thread (for clients that cannot keep a socket)."""
    if not request.user.is_authenticated:
        raise Http404
    thread = _thread_or_404(request, thread_id)
    return JsonResponse({"seq": thread.last_sequence})
