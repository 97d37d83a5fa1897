from django.urls import include, path

from . import team_views, views

app_name = "practices"

experience_urlpatterns = [
    path("", views.my_experiences, name="my_experiences"),
    path("<int:experience_id>/bewerken/", views.experience_edit, name="experience_edit"),
    path("<int:experience_id>/voorbeeld/", views.experience_preview, name="experience_preview"),
]

# Included at the site's root (lerendnetwerk/urls.py), before Wagtail's pages. A practice's
# werkruimte: Django views, not Wagtail routes (the page may still be a draft).
WORKSPACE = "praktijken/werkruimte/<int:practice_id>/"

urlpatterns = [
    path("mijn-ervaringen/", include(experience_urlpatterns)),
    path("mijn-praktijken/", team_views.my_practices, name="my_practices"),
    path(WORKSPACE, team_views.workspace, name="workspace"),
    path(WORKSPACE + "deelnemers/", team_views.participants, name="participants"),
    path(WORKSPACE + "deelnemers/uitnodigen/", team_views.invite, name="invite"),
    path(WORKSPACE + "deelnemers/<int:membership_id>/rol/", team_views.change_role, name="change_role"),
    path(WORKSPACE + "deelnemers/<int:membership_id>/verwijderen/", team_views.remove, name="remove_participant"),
    path(
        WORKSPACE + "uitnodigingen/<int:invitation_id>/intrekken/",
        team_views.withdraw,
        name="withdraw_invitation",
    ),
    path("praktijken/uitnodiging/<str:token>/", team_views.invitation, name="invitation"),
]

# Included under /gemeenten/ in the "municipalities" namespace (lerendnetwerk/urls.py).
municipality_urlpatterns = [
    path("", views.municipality_index, name="index"),
    path("<slug:slug>/", views.municipality_detail, name="detail"),
]
