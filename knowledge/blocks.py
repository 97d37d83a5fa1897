from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from lerendnetwerk.blocks import RICH_TEXT_FEATURES


class EvidenceStrength(blocks.ChoiceBlock):
    choices = [
        ("strong", _("Strong evidence")),
        ("reasonable", _("Reasonable evidence")),
        ("limited", _("Limited evidence")),
    ]


class EffectiveFactorBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Factor"), max_length=100)
    text = blocks.RichTextBlock(label=_("What it is and how it works"), features=RICH_TEXT_FEATURES)
    in_practice = blocks.TextBlock(label=_("In practice"), required=False, help_text=_("One concrete tip."))
    evidence = EvidenceStrength(label=_("Evidence"), default="reasonable")

    class Meta:
        icon = "tick-inverse"
        label = _("Effective factor")
        description = _("One factor that makes an approach work, with how solid the evidence is.")
        template = "knowledge/blocks/effective_factor_block.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"), max_length=120, required=False, help_text=_("Defaults to the document's title.")
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        description = _("A tool or document to download, with what it is for.")
        template = "knowledge/blocks/download_block.html"
