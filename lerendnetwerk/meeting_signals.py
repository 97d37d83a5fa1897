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
