"""Writes about learning: enrolment, lesson progress, course completion."""

import random
from datetime import timedelta

from django.contrib.auth.models import Group, Permission
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import GroupPagePermission

from courses import scoring
from courses.models import (
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    Question,
    Quiz,
    QuizAttempt,
    QuizResponse,
    TrackPage,
    TrackTeam,
)
from courses.selectors import questions_by_id
from people import roles
from people.models import OfficerUnit, Person, User

# Sent once, when an enrolment first becomes complete: `sender=Enrolment, enrolment=...`.
# The certificates app answers it by issuing; courses never imports certificates.
course_completed = Signal()

PROFILE_INCOMPLETE = _("Complete your profile before you enrol: the reports count by it.")
NOT_IN_TARGET_GROUPS = _("This course is open only to: %(groups)s. Your profile says: %(yours)s.")
PUBLIC_COURSE = _("This course is open to everyone: read it without enrolling.")


class EnrolmentRefused(Exception):
    def __init__(self, message, *, needs_profile: bool = False):
        super().__init__(str(message))
        self.message = message
        self.needs_profile = needs_profile


def enrolment_refusal(*, person: Person | None, course: CoursePage):
    """Why `person` may not enrol in `course`, or None when they may."""
    if course.is_public:
        return EnrolmentRefused(PUBLIC_COURSE)
    if person is None or not person.is_profile_complete:
        return EnrolmentRefused(PROFILE_INCOMPLETE, needs_profile=True)
    allowed = list(course.target_groups.all())
    if allowed and person.target_group_id not in {group.pk for group in allowed}:
        return EnrolmentRefused(
            NOT_IN_TARGET_GROUPS
            % {
                "groups": "; ".join(group.name for group in allowed),
                "yours": person.target_group.name,
            }
        )
    return None


def enrolment_create(*, person: Person, course: CoursePage) -> Enrolment:
    """Enrol `person` in `course`; enrolling twice returns the first enrolment."""
    refusal = enrolment_refusal(person=person, course=course)
    if refusal is not None:
        raise refusal
    existing = Enrolment.objects.filter(person=person, course=course).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Enrolment.objects.create(person=person, course=course, course_title=course.title)
    except IntegrityError:  # a second request got there first
        return Enrolment.objects.get(person=person, course=course)


def course_is_complete(*, enrolment: Enrolment) -> bool:
    """The course-completion rule, in one place: every live lesson of the course is done,
    and the course's post-test, if it has one, is passed."""
    if enrolment.course_id is None:
        return enrolment.completed_at is not None
    lesson_ids = set(
        LessonPage.objects.child_of(enrolment.course).live().values_list("pk", flat=True)
    )
    completed_lesson_ids = set(enrolment.completions.values_list("lesson_id", flat=True))
    if not lesson_ids or not lesson_ids <= completed_lesson_ids:
        return False
    post_tests = Quiz.objects.filter(course_id=enrolment.course_id, kind=Quiz.Kind.POST_TEST)
    if not post_tests.exists():
        return True
    return QuizAttempt.objects.filter(
        quiz__in=post_tests, person_id=enrolment.person_id, passed=True
    ).exists()


def completion_refresh(*, enrolment: Enrolment) -> bool:
    """Set `completed_at` the first time the rule holds and announce it once.

    Call inside a transaction.
    """
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("person")
        .get(pk=enrolment.pk)
    )
    if enrolment.completed_at is not None or not course_is_complete(enrolment=enrolment):
        return False
    person = enrolment.person
    enrolment.completed_at = timezone.now()
    # Frozen: the reports count the completion where the learner was then.
    enrolment.completed_place_id = person.district_id
    enrolment.completed_organisation_id = person.organisation_id
    enrolment.completed_target_group_id = person.target_group_id
    enrolment.save(
        update_fields=[
            "completed_at",
            "completed_place",
            "completed_organisation",
            "completed_target_group",
        ]
    )
    transaction.on_commit(lambda: course_completed.send(sender=Enrolment, enrolment=enrolment))
    return True


@transaction.atomic
def lesson_complete(*, enrolment: Enrolment, lesson: LessonPage) -> LessonCompletion:
    """Record that the learner finished `lesson` (idempotent) and update completion."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    completion, _created = LessonCompletion.objects.get_or_create(
        enrolment=enrolment, lesson=lesson, defaults={"lesson_title": lesson.title}
    )
    enrolment.last_activity_at = timezone.now()
    enrolment.save(update_fields=["last_activity_at"])
    completion_refresh(enrolment=enrolment)
    return completion


TOUCH_EVERY = timedelta(minutes=5)


def enrolment_touch(*, enrolment: Enrolment, now=None) -> None:
    """Record activity, at most every few minutes: "last activity" needs no finer grain,
    and a write on every page view would be the busiest write of the site."""
    now = now or timezone.now()
    if enrolment.last_activity_at and now - enrolment.last_activity_at < TOUCH_EVERY:
        return
    Enrolment.objects.filter(pk=enrolment.pk).update(last_activity_at=now)


# ---------------------------------------------------------------------------
# Quizzes

SUBMIT_GRACE = timedelta(seconds=30)  # network delay between "time is up" and the POST

NO_ATTEMPTS_LEFT = _("You have used all attempts of this quiz.")
PRE_TEST_TAKEN = _("The pre-test is taken once: it measures what you knew before the course.")
NOT_ENROLLED = _("Enrol in the course to take its quizzes.")
EMPTY_BANK = _("This quiz has no questions yet.")
TIME_IS_UP = _("The time limit had passed: the answers were not accepted.")
TAMPERED = _("The answers sent do not match the questions of this attempt. Nothing was saved.")


class QuizRefused(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def _draw_questions(quiz: Quiz, rng: random.Random) -> list[Question]:
    bank = Question.objects.filter(course_id=quiz.course_id).prefetch_related("options")
    if quiz.selection == Quiz.Selection.FIXED:
        # A list, not a subquery: a previewed quiz's unsaved choices live only in memory.
        fixed = [question.pk for question in quiz.fixed_questions.all()]
        questions = list(bank.filter(pk__in=fixed).order_by("pk"))
    else:
        if quiz.selection == Quiz.Selection.TAGS:
            # Tags typed on the quiz match the questions' tags whatever their case.
            by_tag = Q(pk__in=[])
            for tag in quiz.tag_list():
                by_tag |= Q(tags__name__iexact=tag)
            bank = bank.filter(by_tag).distinct()
        questions = list(bank.order_by("pk"))
        if quiz.question_count and len(questions) > quiz.question_count:
            questions = sorted(rng.sample(questions, quiz.question_count), key=lambda q: q.pk)
    if quiz.shuffle_questions:
        rng.shuffle(questions)
    return questions


def _layout(questions: list[Question], *, shuffle: bool, rng: random.Random) -> list:
    layout = []
    for question in questions:
        option_ids = [option.pk for option in question.options.all()]
        if shuffle:
            rng.shuffle(option_ids)
        layout.append([question.pk, option_ids])
    return layout


def quiz_attempt_start(
    *, quiz: Quiz, person: Person, rng: random.Random | None = None
) -> QuizAttempt:
    """The learner's unfinished attempt, or a new one if attempts remain."""
    rng = rng or random.SystemRandom()
    if not Enrolment.objects.filter(person=person, course_id=quiz.course_id).exists():
        raise QuizRefused(NOT_ENROLLED)
    now = timezone.now()
    open_attempt = QuizAttempt.objects.filter(quiz=quiz, person=person, submitted_at=None).first()
    if open_attempt is not None:
        if not _is_overdue(open_attempt, now):
            return open_attempt
        quiz_attempt_expire(attempt=open_attempt, now=now)
    used = QuizAttempt.objects.filter(quiz=quiz, person=person).count()
    if quiz.attempt_limit and used >= quiz.attempt_limit:
        raise QuizRefused(PRE_TEST_TAKEN if quiz.kind == Quiz.Kind.PRE_TEST else NO_ATTEMPTS_LEFT)
    questions = _draw_questions(quiz, rng)
    if not questions:
        raise QuizRefused(EMPTY_BANK)
    deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                quiz=quiz,
                person=person,
                number=used + 1,
                kind=quiz.kind,
                layout=_layout(questions, shuffle=quiz.shuffle_options, rng=rng),
                deadline=deadline,
            )
    except IntegrityError:  # another tab started one at the same moment
        attempt = QuizAttempt.objects.filter(quiz=quiz, person=person, submitted_at=None).first()
        if attempt is None:
            raise QuizRefused(NO_ATTEMPTS_LEFT) from None
        return attempt


def _is_overdue(attempt: QuizAttempt, now) -> bool:
    return attempt.deadline is not None and now > attempt.deadline + SUBMIT_GRACE


def _clean_answers(attempt: QuizAttempt, answers: dict, kinds: dict) -> dict[int, frozenset]:
    """Answers keyed by question id, refusing anything that is not part of the attempt."""
    allowed = {question_id: set(option_ids) for question_id, option_ids in attempt.layout}
    cleaned = {}
    for question_id, option_ids in answers.items():
        if question_id not in allowed or not set(option_ids) <= allowed[question_id]:
            raise QuizRefused(TAMPERED)
        if kinds.get(question_id) != scoring.MULTIPLE and len(set(option_ids)) > 1:
            raise QuizRefused(TAMPERED)
        cleaned[question_id] = frozenset(option_ids)
    return cleaned


def _score(attempt: QuizAttempt, answers: dict[int, frozenset], questions=None):
    """(keys, questions, result) of `answers` to the attempt's questions; writes nothing."""
    if questions is None:
        questions = questions_by_id(attempt)
    keys = []
    for question_id, option_ids in attempt.layout:
        question = questions.get(question_id)
        if question is not None:
            keys.append(question.key())
        else:  # deleted from the bank since the attempt began: it can earn nothing
            keys.append(
                scoring.QuestionKey(question_id, scoring.SINGLE, frozenset(option_ids), frozenset())
            )
    quiz = attempt.quiz
    result = scoring.quiz_score(
        keys, answers, partial_credit=quiz.partial_credit, pass_mark=quiz.pass_mark
    )
    return keys, questions, result


def _score_and_close(
    attempt: QuizAttempt, answers: dict[int, frozenset], now, *, expired=False, questions=None
):
    keys, questions, result = _score(attempt, answers, questions)
    QuizResponse.objects.bulk_create(
        QuizResponse(
            attempt=attempt,
            question_id=key.id if key.id in questions else None,
            selected_option_ids=sorted(answers.get(key.id, ())),
            correct_option_ids=sorted(key.correct_ids),
            option_ids=sorted(key.option_ids),
            kind=key.kind,
            credit=result.credits[key.id],
        )
        for key in keys
    )
    attempt.score = result.score
    attempt.passed = result.passed
    attempt.submitted_at = now
    attempt.expired = expired
    # Frozen: knowledge gain counts the attempt where the learner was when sending it.
    attempt.place_id = attempt.person.district_id
    attempt.save(update_fields=["score", "passed", "submitted_at", "expired", "place"])
    return attempt


@transaction.atomic
def quiz_attempt_submit(*, attempt: QuizAttempt, answers: dict, now=None) -> QuizAttempt:
    """Score an attempt once. A second submission returns the first result unchanged.

    Answers that do not belong to the attempt, or that arrive after the time limit,
    are refused and nothing is written.
    """
    now = now or timezone.now()
    attempt = (
        QuizAttempt.objects.select_for_update(of=("self",))
        .select_related("quiz", "person")
        .get(pk=attempt.pk)
    )
    if attempt.submitted_at is not None:
        return attempt
    if _is_overdue(attempt, now):
        raise QuizRefused(TIME_IS_UP)
    questions = questions_by_id(attempt)  # with their options: kinds and keys from one read
    kinds = {pk: question.kind for pk, question in questions.items()}
    cleaned = _clean_answers(attempt, answers, kinds)
    _score_and_close(attempt, cleaned, now, questions=questions)
    if attempt.kind == Quiz.Kind.POST_TEST and attempt.passed:
        enrolment = Enrolment.objects.filter(
            person_id=attempt.person_id, course_id=attempt.quiz.course_id
        ).first()
        if enrolment is not None:
            completion_refresh(enrolment=enrolment)
    return attempt


@transaction.atomic
def quiz_attempt_expire(*, attempt: QuizAttempt, now=None) -> QuizAttempt:
    """Close an attempt whose time ran out, scoring no answers."""
    now = now or timezone.now()
    attempt = (
        QuizAttempt.objects.select_for_update(of=("self",))
        .select_related("quiz", "person")
        .get(pk=attempt.pk)
    )
    if attempt.submitted_at is None:
        _score_and_close(attempt, {}, now, expired=True)
    return attempt


# ---------------------------------------------------------------------------
# Track teams: who may author a track's courses (Wagtail page permissions per group).


def track_team_ensure(track: TrackPage, *, rename: bool = True) -> TrackTeam:
    """The track's trainer group, with its page permissions; created on first use and
    renamed to the track's (published) title."""
    name = roles.track_team_name(track.title, track.pk)
    team = TrackTeam.objects.select_related("group").filter(track=track).first()
    if team is not None:
        if rename and team.group.name != name:
            team.group.name = name
            team.group.save(update_fields=["name"])
        return team
    with transaction.atomic():
        group, _ = Group.objects.get_or_create(name=name)
        team = TrackTeam.objects.create(track=track, group=group)
        for codename in roles.TRACK_TEAM_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=track, permission=roles.page_permission(Permission, codename)
            )
    return team


def trainer_tracks_set(*, user: User, tracks) -> None:
    """Make `tracks` exactly the tracks `user` looks after."""
    wanted = {track.pk for track in tracks}
    with transaction.atomic():
        for track in TrackPage.objects.filter(pk__in=wanted):
            track_team_ensure(track)
        current = set(user.groups.filter(track_team__isnull=False).values_list("pk", flat=True))
        target = set(TrackTeam.objects.filter(track__in=wanted).values_list("group_id", flat=True))
        user.groups.remove(*(current - target))
        user.groups.add(*(target - current))


@transaction.atomic  # roles, tracks, units and the log entry change together or not at all
def staff_access_set(*, user: User, role_names, tracks, changed_by: User, units=()) -> None:
    """Set an account's roles, (for a trainer) tracks and (for a district officer) the
    administrative units they see, and log who changed what.

    Units go with the district-officer role: taking the role away clears them, so ticking
    it again later never brings back a scope nobody chose this time.
    """
    from wagtail.log_actions import log

    from people.services import officer_units_set, roles_set

    role_names = sorted(set(role_names))
    tracks = list(tracks) if roles.TRAINER in role_names else []
    units = (
        sorted(units, key=lambda unit: unit.code) if roles.DISTRICT_OFFICER in role_names else []
    )
    had_units = OfficerUnit.objects.filter(user=user).exists()
    roles_set(user=user, role_names=role_names)
    trainer_tracks_set(user=user, tracks=tracks)
    officer_units_set(user=user, units=units)
    data = {"roles": role_names, "tracks": [track.title for track in tracks]}
    if units or had_units:  # the log says what an officer may see, and when that ended
        data["units"] = [f"{unit.name} ({unit.code})" for unit in units]
    log(instance=user, action="lms.access_changed", user=changed_by, data=data)


# ---------------------------------------------------------------------------
# Previewing a quiz as a learner (Wagtail preview): nothing is stored, nothing counts.


def quiz_preview_attempt(quiz: Quiz, rng: random.Random | None = None) -> QuizAttempt:
    """An unsaved attempt drawn by the quiz's (possibly unsaved) rules."""
    rng = rng or random.SystemRandom()
    questions = _draw_questions(quiz, rng)
    return QuizAttempt(
        quiz=quiz,
        number=1,
        kind=quiz.kind,
        layout=_layout(questions, shuffle=quiz.shuffle_options, rng=rng),
    )


def quiz_preview_score(attempt: QuizAttempt, answers: dict):
    """Score a preview attempt exactly as a learner's would be scored, storing nothing.
    Returns (answers as cleaned, keys, questions, result)."""
    questions = questions_by_id(attempt)
    kinds = {pk: question.kind for pk, question in questions.items()}
    cleaned = _clean_answers(attempt, answers, kinds)
    keys, questions, result = _score(attempt, cleaned, questions)
    return cleaned, keys, questions, result
