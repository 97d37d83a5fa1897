"""The evaluation form: one field per question the editor chose, in their order."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.text import without_bidi_controls

from .evaluation_records import EvaluationKind

OPEN_ANSWER_MAX_LENGTH = 2000
SCALE_CHOICES = [(str(score), str(score)) for score in range(1, 6)]
YES_NO_CHOICES = [("yes", _("Yes")), ("no", _("No"))]


class EvaluationForm(forms.Form):
    """Scales and yes/no questions must be answered; open questions may stay empty."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            self.fields[self.field_name(question)] = self._field(question)

    @staticmethod
    def field_name(question):
        return f"question_{question.pk}"

    def _field(self, question):
        kind = question.answer_kind
        if kind == EvaluationKind.SCALE:
            return forms.ChoiceField(
                label=question.text,
                choices=SCALE_CHOICES,
                widget=forms.RadioSelect,
                help_text=_("1 = very poor, 5 = very good"),
            )
        if kind == EvaluationKind.YES_NO:
            return forms.ChoiceField(label=question.text, choices=YES_NO_CHOICES, widget=forms.RadioSelect)
        return forms.CharField(
            label=question.text,
            required=False,
            max_length=OPEN_ANSWER_MAX_LENGTH,
            widget=forms.Textarea(attrs={"rows": 4}),
        )

    def answers(self):
        """{question id: value} as events.evaluation.submit wants it."""
        answers = {}
        for question in self.questions:
            value = self.cleaned_data.get(self.field_name(question))
            kind = question.answer_kind
            if kind == EvaluationKind.SCALE:
                answers[question.pk] = int(value)
            elif kind == EvaluationKind.YES_NO:
                answers[question.pk] = value == "yes"
            else:
                answers[question.pk] = without_bidi_controls(value or "")
        return answers
