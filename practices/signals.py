"""What the learning practices tell the apps above them (notifications) without importing
them: connected in their AppConfig.ready."""

from django.dispatch import Signal

# An editor decided on an application as a learning practice. Arguments: application
# (PracticeApplication, with status, decision_reason and practice set), editor.
application_decided = Signal()

# A member was added to a practice through an invitation (their verified address was
# invited). Arguments: membership (PracticeMembership), invited_by (Member or None).
member_invited = Signal()
