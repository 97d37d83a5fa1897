from wagtail import hooks

from lerendnetwerk import page_cache

# A public page asked for by a visitor may be kept whole (lerendnetwerk/page_cache.py). The
# hook checks the view restrictions itself, so it does not matter whether it runs before or
# after Wagtail's own check (which answers first when the visitor may not see the page).
hooks.register("before_serve_page", page_cache.mark_public_page)
