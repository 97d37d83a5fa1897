from django.urls import path

from . import consumers

websocket_urlpatterns = [path("ws/meldingen/", consumers.NotificationConsumer.as_asgi())]
