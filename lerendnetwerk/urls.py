import re

from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents.views.serve import authenticate_with_password as document_password
from wagtail.views import serve as serve_page

from lerendnetwerk.health import health
from practices.views import download_document
from search import views as search_views

urlpatterns = [
    # For load balancers and orchestrators: database, cache and channel layer (lerendnetwerk.health).
    path("health/", health, name="health"),
    # The Wagtail admin signs in through allauth (verification, rate limits). Its own
    # login form is replaced by a redirect, so a POST to it never logs anyone in.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("account/", include("allauth.urls")),
    path("leden/", include("members.urls")),
    # "Mijn ervaringen", "Mijn praktijken" and the practices' werkruimte (practices/urls.py).
    path("", include("practices.urls")),
    # Joining a learning network and its coordinators' management page (networks/urls.py).
    path("", include("networks.urls")),
    # A network's "what we learned", a page of events beside them (events/learned_urls.py).
    path("", include("events.learned_urls")),
    # The startanalyse: in the werkruimte and "Mijn startanalyses" (figures/startanalysis_urls.py).
    path("", include("figures.startanalysis_urls")),
    path("gemeenten/", include("figures.urls")),
    path("forum/", include("forum.urls")),
    path("meldingen/", include("notifications.urls")),
    path("privacy/", include("privacy.urls")),
    path("mijn-bijeenkomsten/", include("events.urls")),
    path("zoeken/", search_views.search, name="search"),
    # Wagtail's document URLs (wagtail.documents.urls), the download with the member's file name.
    re_path(r"^documenten/(\d+)/(.*)$", download_document, name="wagtaildocs_serve"),
    path(
        "documenten/authenticate_with_password/<int:restriction_id>/",
        document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA_IMAGES", False):
    from django.views.static import serve as serve_file

    # Only the images' renditions: documents (media/documents/) are downloaded through
    # /documenten/, where access is checked, never straight from the disk. In production
    # the proxy serves them, unless SERVE_MEDIA_IMAGES says there is none (settings.production).
    urlpatterns += [
        re_path(
            r"^{}(?P<path>.*)$".format(re.escape(settings.MEDIA_URL.lstrip("/") + "images/")),
            serve_file,
            {"document_root": settings.MEDIA_ROOT / "images"},
        )
    ]

urlpatterns += [
    # Everything else is a Wagtail page; the site's root has a name of its own.
    path("", serve_page, {"path": ""}, name="home"),
    path("", include(wagtail_urls)),
]

# 503 with Retry-After when no database connection came in time; 500 otherwise.
handler500 = "lerendnetwerk.errors.server_error"
