"""The evaluation form: one field per question the organisers chose, in their order; and the
organisers' form to set the evaluation up on the site."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.forms import SingleLineCharField
from lerendnetwerk.text import without_bidi_controls

from .evaluation import QuestionChoice
from .evaluation_records import STANDARD_KINDS, EvaluationKind, StandardQuestion

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


# Setting it up on the site (the organisers: events.organiser_views.evaluation_settings)

EMPTY_OWN_QUESTION_ROWS = 2


class EvaluationSettingsForm(forms.Form):
    """On or off, anonymous or not, how long it stays open, and the standard questions.
    `locked`: attendees have answered, so the questions and anonymity stay as they are
    (the fields are not offered)."""

    enabled = forms.BooleanField(
        label=_("Invite the attendees to an evaluation after the meeting"),
        required=False,
        help_text=_("Confirmed attendees with an account are invited when the meeting has ended."),
    )
    anonymous = forms.BooleanField(
        label=_("Anonymous: the answers are not linked to who gave them"),
        required=False,
    )
    open_days = forms.IntegerField(
        label=_("Open for (days)"),
        min_value=1,
        max_value=90,
        help_text=_("The evaluation closes this many days after the meeting ends (1 to 90)."),
        error_messages={"required": _("Say for how many days the evaluation stays open.")},
    )
    standard = forms.MultipleChoiceField(
        label=_("Questions from the standard set"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, locked=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.locked = locked
        self.fields["standard"].choices = [
            (value, f"{label} ({STANDARD_KINDS[value].label.lower()})") for value, label in StandardQuestion.choices
        ]
        if locked:
            del self.fields["anonymous"]
            del self.fields["standard"]

    @classmethod
    def initial_for(cls, event, questions):
        return {
            "enabled": event.evaluation_enabled,
            "anonymous": event.evaluation_anonymous,
            "open_days": event.evaluation_open_days,
            "standard": [question.standard for question in questions if question.standard],
        }


class OwnQuestionForm(forms.Form):
    """One question of the organiser's own; a row left empty is left out."""

    text = SingleLineCharField(label=_("Your own question"), max_length=200, required=False)
    kind = forms.ChoiceField(label=_("Kind of answer"), choices=EvaluationKind.choices, initial=EvaluationKind.SCALE)


class BaseOwnQuestionFormSet(forms.BaseFormSet):
    def questions(self):
        """The own questions to keep, in their order: rows with a text, not marked for
        removal, ordered by the number given (then as listed)."""
        rows = [form for form in self.forms if form.cleaned_data.get("text") and not form.cleaned_data.get("DELETE")]
        rows.sort(key=lambda form: (form.cleaned_data.get("ORDER") is None, form.cleaned_data.get("ORDER") or 0))
        return [(form.cleaned_data["text"], form.cleaned_data["kind"]) for form in rows]


OwnQuestionFormSet = forms.formset_factory(
    OwnQuestionForm,
    formset=BaseOwnQuestionFormSet,
    extra=EMPTY_OWN_QUESTION_ROWS,
    can_delete=True,
    can_order=True,
    max_num=10,
    validate_max=True,
)


def own_question_initial(questions):
    return [{"text": question.label, "kind": question.kind} for question in questions if not question.standard]


def chosen_questions(form, own_questions):
    """[QuestionChoice] for events.evaluation.configure: the standard questions in the
    standard set's order, then the organiser's own; None when the form is locked."""
    if form.locked:
        return None
    chosen = set(form.cleaned_data.get("standard") or [])
    standard = [QuestionChoice(standard=value) for value in StandardQuestion.values if value in chosen]
    own = [QuestionChoice(label=text, kind=kind) for text, kind in own_questions.questions()]
    return standard + own
