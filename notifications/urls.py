from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("", views.notification_centre, name="centre"),
    path("alles-gelezen/", views.mark_all_read, name="mark_all_read"),
    path("<int:notification_id>/", views.open_notification, name="open"),
    path("instellingen/", views.preferences, name="preferences"),
    path("afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
