"""Signals from the meetings (events) to the notifications.

events and notifications are on one layer (.importlinter) and may not import each other;
both build on this package, so the signals live here. events sends them, notifications
(NotificationsConfig.ready) makes the bell notification and the mail.
"""

from django.dispatch import Signal

# A meeting's evaluation has opened for these attendees. Arguments: event, members.
evaluation_opened = Signal()

# A meeting's report has been published; these attendees should know. Arguments: event, members.
report_published = Signal()

# The organisers of a meeting sent a message to its attendees (events.messaging). Arguments:
# message (events' EventMessage), recipients: [(member, cancel_url)] for the attendees who
# are members (guests get the mail from events itself). Notifications puts it in their bell
# and mails it as they chose, with their link to cancel.
organisers_messaged = Signal()

# The editors decided on a meeting an organiser submitted for the public calendar
# (events.moderation, from Wagtail's workflow signals). Arguments: event, organiser (the
# member who submitted it), editor (or None), approved (bool), comment (the editor's, or "").
meeting_moderated = Signal()
