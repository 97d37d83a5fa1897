from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("", views.my_events, name="my_events"),
    path("agenda/<str:token>.ics", views.personal_feed, name="personal_feed"),
    path("agenda/vernieuwen/", views.regenerate_feed, name="regenerate_feed"),
    path("afmelden/<str:token>/", views.cancel_by_link, name="cancel_by_link"),
    path("bevestigen/<str:token>/", views.guest_confirm, name="guest_confirm"),
]
