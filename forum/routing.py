from django.urls import path

from . import consumers

websocket_urlpatterns = [path("ws/forum/discussie/<int:thread_id>/", consumers.ThreadConsumer.as_asgi())]
