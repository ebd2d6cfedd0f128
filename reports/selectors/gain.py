"""Knowledge gain: one rule for the dashboard and a course's results page.

A *pair* is one test taken before and after: online, a course's first pre-test (attempt 1,
whenever it was) and the best post-test of the course submitted in the period; on paper,
an attendee's pre- and post-test scores at a training that ended in the period (scores are
stored out of 100 whatever the paper's scale). A person's gain is the mean gain of their
pairs, and they count once, in the place of their latest pair (the place frozen on the
post-test attempt, or the training's place). The figure is the mean over people, rounded
half up to one decimal; "people with both tests" is the number of those people.
"""

from collections import defaultdict
from datetime import date
from decimal import Decimal

from django.db.models import F, Max, Min, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from common.figures import one_decimal, share
from courses.models import Attendee, Quiz, QuizAttempt
from reports.selectors.scope import ReportScope


def _online_pairs(scope: ReportScope, course):
    start, end = scope.moments
    post_in_period = Q(kind=Quiz.Kind.POST_TEST, submitted_at__gte=start, submitted_at__lt=end)
    attempts = QuizAttempt.objects.filter(submitted_at__isnull=False)
    if course is not None:
        attempts = attempts.filter(quiz__course=course)
    pairs = (
        attempts.values("person_id", "quiz__course_id")
        .annotate(
            first_pre=Min("score", filter=Q(kind=Quiz.Kind.PRE_TEST, number=1)),
            best_post=Max("score", filter=post_in_period),
        )
        .filter(first_pre__isnull=False, best_post__isnull=False)
        .order_by()
    )
    ranked = attempts.filter(post_in_period).annotate(
        rank=Window(
            RowNumber(),
            partition_by=[F("person_id"), F("quiz__course_id")],
            order_by=[F("submitted_at").desc(), F("pk").desc()],
        )
    )
    latest = {
        (row["person_id"], row["course"]): (row["place_id"], row["submitted_at"])
        for row in QuizAttempt.objects.filter(pk__in=ranked.filter(rank=1).values("pk")).values(
            "person_id", "place_id", "submitted_at", course=F("quiz__course_id")
        )
    }
    for pair in pairs:
        place, at = latest[(pair["person_id"], pair["quiz__course_id"])]
        gain = Decimal(pair["best_post"]) - Decimal(pair["first_pre"])
        yield pair["person_id"], place, timezone.localtime(at).date(), 0, gain


def _paper_pairs(scope: ReportScope, course):
    scores = Attendee.objects.filter(
        training__ends_on__range=scope.days, pre_score__isnull=False, post_score__isnull=False
    )
    if course is not None:
        scores = scores.filter(training__course=course)
    for person_id, place, day, pre, post in scores.values_list(
        "person_id", "training__district_id", "training__ends_on", "pre_score", "post_score"
    ):
        yield person_id, place, day, 1, Decimal(post) - Decimal(pre)


def knowledge_gain(scope: ReportScope, course=None) -> dict:
    """The knowledge gain of the scope (of one course when given): people with both tests,
    their mean gain in points and the share of them who improved (3 queries)."""
    pairs: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
    latest: dict[int, tuple] = {}
    for person_id, place, day, is_paper, gain in [
        *_online_pairs(scope, course),
        *_paper_pairs(scope, course),
    ]:
        pairs[person_id].append((is_paper, gain))
        # On the same day the training is later than the online test (paper wins).
        if person_id not in latest or (day, is_paper) >= latest[person_id][:2]:
            latest[person_id] = (day, is_paper, place)
    wanted = None if scope.is_province else {unit.pk for unit in scope.units}
    counted = [
        values
        for person_id, values in pairs.items()
        if wanted is None or latest[person_id][2] in wanted
    ]
    counts = {
        "online": sum(1 for values in counted for is_paper, _gain in values if not is_paper),
        "paper": sum(1 for values in counted for is_paper, _gain in values if is_paper),
    }
    means = [sum(gain for _paper, gain in values) / len(values) for values in counted]
    if not means:
        return {"people": 0, "average": None, "improved_share": None, "pairs": counts}
    return {
        "people": len(means),
        "average": one_decimal(sum(means) / len(means)),
        "improved_share": share(sum(1 for mean in means if mean > 0), len(means)),
        "pairs": counts,
    }


def course_knowledge_gain(course, units=None) -> dict:
    """A course's results page: the rule over every year, for the viewer's units."""
    everything = ReportScope(
        year=date.today().year,
        units=tuple(units or ()),
        start=date(2000, 1, 1),
        end=date(2999, 12, 31),
    )
    return knowledge_gain(everything, course)
