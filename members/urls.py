from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("mijn-profiel/", views.my_profile, name="my_profile"),
    path("associate-member-worden/", views.associate_request, name="associate_request"),
    path("<int:member_id>/", views.profile_detail, name="profile"),
    path("<int:member_id>/bewerken/", views.profile_edit, name="profile_edit"),
]
