"""What the practices app tells the apps built on it (notifications, knowledge), which may
not be imported here (.importlinter): they connect receivers in their AppConfig.ready."""

from django.dispatch import Signal

# An editor decided on an application as a learning practice. Arguments: application
# (PracticeApplication, with status, decision_reason and practice set), editor.
application_decided = Signal()

# A member was added to a practice through an invitation (their verified address was
# invited). Arguments: membership (PracticeMembership), invited_by (Member or None).
member_invited = Signal()

# A practice's new reflection period began: its trekkers are asked to reflect.
# Sent inside the transaction that created the prompt; arguments: prompt.
reflection_due = Signal()

# A practice's end evaluation was submitted (once). Sent inside the submitting transaction,
# so what receivers write (the lesson draft) is committed with it; arguments: evaluation.
evaluation_submitted = Signal()
