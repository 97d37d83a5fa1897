from django import forms
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.text import without_bidi_controls
from themes.forms import ThemeMultipleChoiceField

from .models import POST_MAX_LENGTH, TITLE_MAX_LENGTH, Category

MARKDOWN_HELP = _(
    "You can use Markdown: **bold**, *italic*, > quote, lists with - and links. Mention a colleague with @ "
    "and their name (the suggestions show how)."
)


class PostForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        max_length=POST_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6, "data-mentions": ""}),
        help_text=MARKDOWN_HELP,
        error_messages={
            "max_length": _("Your message is too long: at most %(limit_value)d characters (it has %(show_value)d).")
        },
    )

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Write a message first."))
        return body


class ThreadForm(PostForm):
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX_LENGTH)
    is_question = forms.BooleanField(
        label=_("This is a question (you can mark the reply that answers it)"), required=False
    )
    themes = ThemeMultipleChoiceField(label=_("Themes"))

    field_order = ["title", "body", "is_question", "themes"]

    def clean_title(self):
        title = without_bidi_controls(self.cleaned_data["title"]).strip()
        if not title:
            raise forms.ValidationError(_("Give your discussion a title."))
        return title


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Why should a moderator look at this message?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class MoveForm(forms.Form):
    category = forms.ModelChoiceField(label=_("Move to"), queryset=Category.objects.none())

    def __init__(self, *args, categories, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories
