from django.urls import include, path

from . import views

app_name = "networks"

# What a member does in one network, and its coordinators' management page: Django views
# (management works while the network's page is still a draft).
network_urlpatterns = [
    path("lid-worden/", views.join, name="join"),
    path("aanvragen/", views.request_membership, name="request"),
    path("aanvraag-intrekken/", views.withdraw_request, name="withdraw_request"),
    path("verlaten/", views.leave, name="leave"),
    path("uitnodiging-aannemen/", views.accept, name="accept"),
    path("beheer/", views.manage, name="manage"),
    path("beheer/verzoeken/<int:request_id>/", views.decide, name="decide"),
    path("beheer/uitnodigen/", views.invite, name="invite"),
    path("beheer/uitnodigingen/<int:invitation_id>/intrekken/", views.withdraw_invitation, name="withdraw_invitation"),
    path("beheer/leden/<int:membership_id>/rol/", views.change_role, name="change_role"),
    path("beheer/leden/<int:membership_id>/verwijderen/", views.remove, name="remove_member"),
    path("beheer/plank/", views.shelf_add, name="shelf_add"),
    path("beheer/plank/<int:item_id>/verwijderen/", views.shelf_remove, name="shelf_remove"),
]

# Included at the site's root (lerendnetwerk/urls.py), before Wagtail's pages.
urlpatterns = [
    path("leernetwerken/netwerk/<int:network_id>/", include(network_urlpatterns)),
    path("leernetwerken/uitnodiging/<str:token>/", views.invitation, name="invitation"),
]
