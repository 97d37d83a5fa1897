"""Loads the benchmark's data into the peer forum (django-spirit) and logs a member in.
Run by bench/forum_peer.py with the peer's own virtualenv; prints JSON: the session key and
the paths of the pages to measure."""

import json
import os
import sys
from datetime import datetime

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peer_site.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.utils.text import slugify  # noqa: E402
from spirit.admin.forms import BasicConfigForm  # noqa: E402
from spirit.category.models import Category  # noqa: E402
from spirit.comment.models import Comment  # noqa: E402
from spirit.core.utils.markdown import Markdown  # noqa: E402
from spirit.topic.models import Topic  # noqa: E402
from spirit.user.models import UserProfile  # noqa: E402


def load(data):
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    # As many posts per thread page and threads per category page as ours shows.
    config = BasicConfigForm(
        data={
            "site_name": "Peer",
            "site_description": "",
            "template_footer": "",
            "comments_per_page": data["posts_per_page"],
            "topics_per_page": data["threads_per_page"],
        }
    )
    assert config.is_valid(), config.errors
    config.save()

    users = User.objects.bulk_create(
        [
            User(username=f"lid{n}", email=f"lid{n}@bench.example", first_name=m["first"], last_name=m["last"])
            for n, m in enumerate(data["members"])
        ]
    )
    UserProfile.objects.bulk_create(
        [
            UserProfile(user=user, nickname=f"{user.first_name} {user.last_name}", slug=slugify(user.username),
                        is_verified=True)
            for user in users
        ]
    )  # fmt: skip
    categories = Category.objects.bulk_create(
        [
            Category(title=c["name"], slug=c["slug"], description=c["description"], sort=n + 10)
            for n, c in enumerate(data["categories"])
        ]
    )
    markdown_cache = {}

    def html(text):
        if text not in markdown_cache:
            markdown_cache[text] = Markdown().render(text)
        return markdown_cache[text]

    topics = Topic.objects.bulk_create(
        [
            Topic(
                user=users[t["author"]],
                category=categories[t["category"]],
                title=t["title"],
                slug=slugify(t["title"])[:50],
                date=datetime.fromisoformat(t["posts"][0]["at"]),
                last_active=datetime.fromisoformat(t["posts"][-1]["at"]),
                comment_count=len(t["posts"]),
                is_pinned=t["pinned"],
            )
            for t in data["threads"]
        ]
    )
    comments = []
    for topic, t in zip(topics, data["threads"], strict=True):
        for p in t["posts"]:
            comments.append(
                Comment(
                    user=users[p["author"]],
                    topic=topic,
                    comment=p["body"],
                    comment_html=html(p["body"]),
                    date=datetime.fromisoformat(p["at"]),
                )
            )
    Comment.objects.bulk_create(comments, batch_size=2000)

    reader = users[data["reader"]]  # a member who has not posted, as ours
    session = SessionStore()
    session[SESSION_KEY] = str(reader.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = reader.get_session_auth_hash()
    session.create()
    long_thread = topics[data["long_thread"]]
    category = categories[data["main_category"]]
    return {
        "cookie": f"{settings.SESSION_COOKIE_NAME}={session.session_key}",
        "pages": {
            "thread": long_thread.get_absolute_url(),
            "category": category.get_absolute_url(),
            "start": "/",  # the active discussions of all categories, with the categories
        },
    }


if __name__ == "__main__":
    with open(sys.argv[1]) as file:
        result = load(json.load(file))
    print(json.dumps(result))
