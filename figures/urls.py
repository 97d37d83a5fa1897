from django.urls import path

from lerendnetwerk.page_cache import for_visitors

from . import views

# Included under /gemeenten/ in the "municipalities" namespace (lerendnetwerk/urls.py).
app_name = "municipalities"

urlpatterns = [
    # The pages are kept whole for visitors (lerendnetwerk/page_cache.py); members' are not.
    path("", for_visitors(views.municipality_index), name="index"),
    # Before the municipality routes: no municipality has this slug (municipalities.models.RESERVED_SLUGS).
    path("vergelijken/", for_visitors(views.municipality_compare), name="compare"),
    path("vergelijken/cijfers.csv", views.municipality_compare_csv, name="compare_csv"),
    path("<slug:slug>/", for_visitors(views.municipality_detail), name="detail"),
    path("<slug:slug>/cijfers.csv", views.municipality_figures_csv, name="figures_csv"),
]
