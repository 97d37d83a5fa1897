"""The product's URLs plus the benchmark's floor: a trivial view that goes through the same
middleware as every page (sessions, locale, CSRF, authentication, messages) and renders
nothing. Only bench/pages_http_settings.py uses this module."""

from django.http import HttpResponse
from django.urls import path

from lerendnetwerk.urls import urlpatterns as product_urlpatterns


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/trivial/", trivial), *product_urlpatterns]
