from wagtail import hooks
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet

from lerendnetwerk import page_cache


class CreatePageView(CreateView):
    """A new page exists once the editor saves it, not earlier.

    Wagtail autosaves the create form: the first pause in typing creates the page as a
    draft. An editor who leaves the form then leaves a draft behind that the site does
    not show, and the next attempt with the same title fails with "slug al in gebruik".
    Pages that exist keep autosave in the edit form."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        return context


class NetworkPageViewSet(PageViewSet):
    name = "network_pages"
    add_view_class = CreatePageView


@hooks.register("register_admin_viewset")  # after Wagtail's own (order -1): this one is used
def register_page_viewset():
    return NetworkPageViewSet()


# A public page asked for by a visitor may be kept whole (lerendnetwerk/page_cache.py). The
# hook checks the view restrictions itself, so it does not matter whether it runs before or
# after Wagtail's own check (which answers first when the visitor may not see the page).
hooks.register("before_serve_page", page_cache.mark_public_page)
