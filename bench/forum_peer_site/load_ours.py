"""Loads the benchmark's data into our forum and logs a member in. Run by
bench/forum_peer.py with the project's virtualenv and the production settings; prints
JSON: the session cookie and the paths of the pages to measure."""

import json
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402

from bench.logins import logged_in_members  # noqa: E402
from forum.models import Category, Post, Thread  # noqa: E402
from forum.services import render_post_markdown  # noqa: E402
from members.models import Member  # noqa: E402


def load(data):
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    assert data["posts_per_page"] == settings.FORUM_ROOT_POSTS_PER_PAGE + 1
    assert data["threads_per_page"] == settings.FORUM_THREADS_PER_PAGE
    members = Member.objects.bulk_create(
        [Member(email=f"lid{n}@bench.example", first_name=m["first"], last_name=m["last"])
         for n, m in enumerate(data["members"])]
    )  # fmt: skip
    categories = Category.objects.bulk_create(
        [
            Category(name=c["name"], slug=c["slug"], description=c["description"], sort_order=n)
            for n, c in enumerate(data["categories"])
        ]
    )
    # The data's own times, not the moment of loading.
    for model, field in ((Thread, "created_at"), (Thread, "last_activity_at"), (Post, "created_at")):
        model._meta.get_field(field).auto_now_add = False
    threads = Thread.objects.bulk_create(
        [
            Thread(
                category=categories[t["category"]],
                title=t["title"],
                author=members[t["author"]],
                is_pinned=t["pinned"],
                last_sequence=len(t["posts"]),
                post_count=len(t["posts"]),
                created_at=datetime.fromisoformat(t["posts"][0]["at"]),
                last_activity_at=datetime.fromisoformat(t["posts"][-1]["at"]),
            )
            for t in data["threads"]
        ]
    )
    rendered = {}

    def html(text):
        if text not in rendered:
            rendered[text] = render_post_markdown(text, Member.objects.none())[0]
        return rendered[text]

    posts = []
    for thread, t in zip(threads, data["threads"], strict=True):
        for sequence, p in enumerate(t["posts"], start=1):
            posts.append(
                Post(
                    thread=thread,
                    sequence=sequence,
                    author=members[p["author"]],
                    body_markdown=p["body"],
                    body_html=html(p["body"]),
                    is_opening=sequence == 1,
                    created_at=datetime.fromisoformat(p["at"]),
                )
            )
    Post.objects.bulk_create(posts, batch_size=2000)

    _readers, sessions = logged_in_members(1, "lezer")
    return {
        "cookie": f"{settings.SESSION_COOKIE_NAME}={sessions[0]}",
        "pages": {
            "thread": threads[data["long_thread"]].get_absolute_url(),
            "category": categories[data["main_category"]].get_absolute_url(),
            "start": "/forum/",
        },
    }


if __name__ == "__main__":
    with open(sys.argv[1]) as file:
        result = load(json.load(file))
    print(json.dumps(result))
