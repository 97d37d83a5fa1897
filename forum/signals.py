"""What happens in the forum that other apps may want to know. The forum builds on no
app that listens (notifications connects its receivers in its AppConfig.ready).

- post_created(post_id): after the commit that saved a new post.
- answer_marked(post_id, member_id): after the commit; `member_id` marked it.
- reaction_added(post, member, kind): inside the transaction, under the thread's lock.
- post_hidden(post, moderator, reason): inside the transaction, by a moderator.
"""

from django.dispatch import Signal

post_created = Signal()
answer_marked = Signal()
reaction_added = Signal()
post_hidden = Signal()
