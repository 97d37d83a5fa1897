from django.urls import path

from . import views

app_name = "forum"

urlpatterns = [
    path("", views.forum_index, name="index"),
    path("leden-noemen/", views.mention_suggestions, name="mentions"),
    path("discussie/<int:thread_id>/reageren/", views.thread_reply, name="reply"),
    path("discussie/<int:thread_id>/volgen/", views.thread_follow, name="thread_follow"),
    path("discussie/<int:thread_id>/moderatie/", views.thread_moderate, name="thread_moderate"),
    path("discussie/<int:thread_id>/stand/", views.thread_state, name="thread_state"),
    path("discussie/<int:thread_id>/<slug:slug>/", views.thread_detail, name="thread"),
    path("bericht/<int:post_id>/bewerken/", views.post_edit, name="post_edit"),
    path("bericht/<int:post_id>/verwijderen/", views.post_delete, name="post_delete"),
    path("bericht/<int:post_id>/geschiedenis/", views.post_history, name="post_history"),
    path("bericht/<int:post_id>/melden/", views.post_report, name="post_report"),
    path("bericht/<int:post_id>/reactie/", views.post_react, name="post_react"),
    path("bericht/<int:post_id>/antwoord/", views.post_mark_answer, name="post_answer"),
    path("bericht/<int:post_id>/moderatie/", views.post_moderate, name="post_moderate"),
    path("<slug:slug>/", views.category_detail, name="category"),
    path("<slug:slug>/nieuw/", views.thread_new, name="thread_new"),
    path("<slug:slug>/volgen/", views.category_follow, name="category_follow"),
]
