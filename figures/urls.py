from django.urls import path

from . import views

# Included under /gemeenten/ in the "municipalities" namespace (lerendnetwerk/urls.py).
app_name = "municipalities"

urlpatterns = [
    path("", views.municipality_index, name="index"),
    path("<slug:slug>/", views.municipality_detail, name="detail"),
    path("<slug:slug>/cijfers.csv", views.municipality_figures_csv, name="figures_csv"),
]
