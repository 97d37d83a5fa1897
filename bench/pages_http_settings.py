"""The production settings with one bench-only URL added (bench/pages_http_urls.py): the
trivial view that bench/pages_http.py measures as its floor. Never used by the product."""

from lerendnetwerk.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.pages_http_urls"
