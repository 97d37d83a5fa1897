"""The learning cycle in the practice's werkruimte: leervragen, reflections and the end
evaluation. Thin views: who may (learning.learning_access), the form, a service call.
Someone without access gets a 404 (the practice's werkruimte is not theirs to know of);
a visitor who is not logged in goes to the login first."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import learning
from .forms import element_choices
from .learning_forms import EvaluationForm, LearningQuestionForm, ReflectionForm
from .models import LearningPractice
from .records import LearningQuestion, Reflection, ReflectionAnswer


def _workspace(request, practice_id, allowed):
    """(practice, access) when `allowed(access)`; else a 404, or the login for a visitor."""
    practice = get_object_or_404(LearningPractice.objects.select_related("municipality"), pk=practice_id)
    access = learning.learning_access(request.user, practice)
    if not allowed(access):
        raise Http404
    return practice, access


def _login_first(view):
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    wrapped.__name__, wrapped.__doc__ = view.__name__, view.__doc__
    return wrapped


def _context(practice, access, section, **context):
    return {"practice": practice, "access": access, "section": section, **context}


# Leervragen


@_login_first
@require_http_methods(["GET", "POST"])
def learning_questions(request, practice_id):
    """The practice's leervragen; the trekker adds one here."""
    practice, access = _workspace(request, practice_id, lambda access: access.can_read)
    form = None
    if access.manages_questions:
        form = LearningQuestionForm(request.POST or None, elements=element_choices(practice))
        if request.method == "POST" and form.is_valid():
            learning.add_learning_question(request.user, practice, **form.question_data())
            messages.success(request, _("The learning question has been added."))
            return redirect("practices:learning_questions", practice_id=practice.pk)
    elif request.method == "POST":
        raise Http404
    questions = practice.learning_questions.prefetch_related("elements")
    return render(
        request,
        "practices/workspace/learning_questions.html",
        _context(practice, access, "questions", questions=questions, form=form),
    )


def _question(request, practice_id, question_id):
    practice, access = _workspace(request, practice_id, lambda access: access.manages_questions)
    question = get_object_or_404(LearningQuestion, pk=question_id, practice=practice)
    question.practice = practice
    return practice, access, question


@_login_first
@require_http_methods(["GET", "POST"])
def learning_question_edit(request, practice_id, question_id):
    practice, access, question = _question(request, practice_id, question_id)
    initial = {
        "text": question.text,
        "status": question.status,
        "elements": list(question.elements.all()),
        "answer": question.answer,
    }
    form = LearningQuestionForm(request.POST or None, initial=initial, elements=element_choices(practice))
    if request.method == "POST" and form.is_valid():
        learning.change_learning_question(request.user, question, **form.question_data())
        messages.success(request, _("The learning question has been changed."))
        return redirect("practices:learning_questions", practice_id=practice.pk)
    return render(
        request,
        "practices/workspace/learning_question_form.html",
        _context(practice, access, "questions", question=question, form=form),
    )


@_login_first
@require_http_methods(["GET", "POST"])
def learning_question_remove(request, practice_id, question_id):
    """Asks first; the POST removes it."""
    practice, access, question = _question(request, practice_id, question_id)
    if request.method == "POST":
        learning.remove_learning_question(request.user, question)
        messages.success(request, _("The learning question has been removed."))
        return redirect("practices:learning_questions", practice_id=practice.pk)
    return render(
        request,
        "practices/workspace/learning_question_remove.html",
        _context(
            practice,
            access,
            "questions",
            question=question,
            experience_count=question.experiences.count(),
            answer_count=question.reflection_answers.count(),
        ),
    )


# Reflections


@_login_first
def reflections(request, practice_id):
    practice, access = _workspace(request, practice_id, lambda access: access.can_read)
    answers = ReflectionAnswer.objects.select_related("learning_question")
    practice_reflections = practice.reflections.select_related("author", "prompt", "experience").prefetch_related(
        Prefetch("answers", queryset=answers)
    )
    prompt = learning.current_prompt(practice)
    return render(
        request,
        "practices/workspace/reflections.html",
        _context(
            practice,
            access,
            "reflections",
            reflections=practice_reflections,
            prompt=prompt,
            may_write=access.may_reflect and not learning.has_reflected(request.user, prompt),
        ),
    )


@_login_first
@require_http_methods(["GET", "POST"])
def reflection_write(request, practice_id):
    """The member's reflection on the open leervragen, for the latest prompt (or, before
    the first prompt, on their own initiative)."""
    practice, access = _workspace(request, practice_id, lambda access: access.may_reflect)
    prompt = learning.current_prompt(practice)
    if learning.has_reflected(request.user, prompt):
        messages.info(request, _("You already wrote your reflection for this period. Thank you!"))
        return redirect("practices:reflections", practice_id=practice.pk)
    questions = list(learning.open_questions(practice))
    form = ReflectionForm(request.POST or None, questions=questions)
    if request.method == "POST" and form.is_valid():
        try:
            learning.write_reflection(request.user, practice, answers=form.answers(), prompt=prompt)
        except learning.AlreadyReflected:
            messages.info(request, _("You already wrote your reflection for this period. Thank you!"))
        else:
            messages.success(request, _("Your reflection has been saved. The practice and its advisers can read it."))
        return redirect("practices:reflections", practice_id=practice.pk)
    return render(
        request,
        "practices/workspace/reflection_form.html",
        _context(practice, access, "reflections", form=form, prompt=prompt, questions=questions),
    )


@_login_first
@require_POST
def reflection_to_experience(request, practice_id, reflection_id):
    """ "Maak er een ervaring van": the author's reflection becomes a draft experience."""
    practice, _access = _workspace(request, practice_id, lambda access: access.may_reflect)
    reflection = get_object_or_404(Reflection, pk=reflection_id, practice=practice, author=request.user)
    try:
        experience = learning.turn_into_experience(request.user, reflection)
    except learning.AlreadyAnExperience:
        messages.info(request, _("You already made an experience of this reflection. You find it in My experiences."))
        return redirect("practices:my_experiences")
    messages.success(
        request,
        _("Your reflection is now a draft experience. Change it as you like and send it to the editors."),
    )
    return redirect("practices:experience_edit", experience_id=experience.pk)


# The end evaluation


@_login_first
@require_http_methods(["GET", "POST"])
def evaluation(request, practice_id):
    """The trekker and the regieteam fill it in together (drafts), then submit it once."""
    practice, access = _workspace(request, practice_id, lambda access: access.may_evaluate)
    saved = learning.evaluation_of(practice)
    context = _context(practice, access, "evaluation", evaluation=saved, has_ended=learning.has_ended(practice))
    if not context["has_ended"]:
        if request.method == "POST":
            messages.error(request, _("The evaluation opens when the practice has ended."))
        return render(request, "practices/workspace/evaluation.html", context)
    if saved is not None and saved.is_submitted:
        if request.method == "POST":
            messages.error(request, _("This evaluation has already been submitted; it cannot be changed."))
        return render(request, "practices/workspace/evaluation.html", context)
    form = EvaluationForm(
        request.POST or None,
        elements=practice.effective_elements.all(),
        questions=practice.learning_questions.all(),
        evaluation=saved,
    )
    if request.method == "POST" and form.is_valid():
        data = form.evaluation_data()
        try:
            learning.save_evaluation(request.user, practice, **data)
        except learning.EvaluationSubmitted:
            messages.error(request, _("This evaluation has already been submitted; it cannot be changed."))
        else:
            if data["submit"]:
                messages.success(
                    request, _("Thank you! The evaluation has been submitted. The institute makes lessons from it.")
                )
            else:
                messages.success(request, _("The evaluation has been saved as a draft."))
        return redirect("practices:evaluation", practice_id=practice.pk)
    context["form"] = form
    return render(request, "practices/workspace/evaluation.html", context)
