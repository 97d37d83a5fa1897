from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("mijn-gegevens/", views.export, name="export"),
    path("account-verwijderen/", views.delete_account, name="delete_account"),
    path("account-verwijderd/", views.account_deleted, name="account_deleted"),
]
