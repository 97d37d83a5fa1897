from django.urls import include, path

from . import learning_views, team_views, views, working_views

app_name = "practices"

experience_urlpatterns = [
    path("", views.my_experiences, name="my_experiences"),
    path("<int:experience_id>/bewerken/", views.experience_edit, name="experience_edit"),
    path("<int:experience_id>/voorbeeld/", views.experience_preview, name="experience_preview"),
]

# A practice's werkruimte: Django views, not Wagtail routes (the page may still be a draft).
workspace_urlpatterns = [
    path("", team_views.workspace, name="workspace"),
    # Who takes part (team_views.py).
    path("deelnemers/", team_views.participants, name="participants"),
    path("deelnemers/uitnodigen/", team_views.invite, name="invite"),
    path("deelnemers/<int:membership_id>/rol/", team_views.change_role, name="change_role"),
    path("deelnemers/<int:membership_id>/verwijderen/", team_views.remove, name="remove_participant"),
    path("uitnodigingen/<int:invitation_id>/intrekken/", team_views.withdraw, name="withdraw_invitation"),
    # The practice's fields and texts (working_views.py).
    path("bewerken/", working_views.edit_practice, name="edit_working"),
    # The learning cycle: leervragen, reflections, the end evaluation (learning_views.py).
    path("leervragen/", learning_views.learning_questions, name="learning_questions"),
    path("leervragen/<int:question_id>/", learning_views.learning_question_edit, name="learning_question_edit"),
    path(
        "leervragen/<int:question_id>/verwijderen/",
        learning_views.learning_question_remove,
        name="learning_question_remove",
    ),
    path("reflecties/", learning_views.reflections, name="reflections"),
    path("reflecties/schrijven/", learning_views.reflection_write, name="reflection_write"),
    path(
        "reflecties/<int:reflection_id>/ervaring/",
        learning_views.reflection_to_experience,
        name="reflection_to_experience",
    ),
    path("evaluatie/", learning_views.evaluation, name="evaluation"),
]

# Included at the site's root (lerendnetwerk/urls.py), before Wagtail's pages.
urlpatterns = [
    path("mijn-ervaringen/", include(experience_urlpatterns)),
    path("mijn-praktijken/", team_views.my_practices, name="my_practices"),
    path("praktijken/werkruimte/<int:practice_id>/", include(workspace_urlpatterns)),
    path("praktijken/uitnodiging/<str:token>/", team_views.invitation, name="invitation"),
]
