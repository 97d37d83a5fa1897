from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SessionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)
    speakers = blocks.CharBlock(
        label=_("Speakers"), max_length=300, required=False, help_text=_("Names and organisations, comma-separated.")
    )
    room = blocks.CharBlock(label=_("Room"), max_length=100, required=False)

    class Meta:
        icon = "user"
        label = _("Session")


class ProgrammeSlotBlock(blocks.StructBlock):
    """A time slot in the programme: one plenary session or several workshops side by side."""

    start = blocks.TimeBlock(label=_("From"))
    end = blocks.TimeBlock(label=_("Until"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    sessions = blocks.ListBlock(SessionBlock(), label=_("Sessions"), default=[])

    class Meta:
        icon = "time"
        label = _("Time slot")
        template = "events/blocks/programme_slot.html"
