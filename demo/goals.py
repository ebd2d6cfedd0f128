"""Demo capacity goals for this year and last, so the reports show shares reached.

The department sets the real ones in the admin (Capacity goals); these are invented.
"""

from django.utils import timezone

DISTRICT_GOALS = {"582": 110, "584": 35, "585": 45, "586": 45, "587": 60, "588": 30, "589": 35}
PROVINCE_GOAL = 360


def ensure_demo_goals() -> int:
    from people.models import AdministrativeUnit, TargetGroup
    from reports.models import CapacityGoal

    if CapacityGoal.objects.exists():
        return 0
    this_year = timezone.localdate().year
    goals = []
    for year, scale in ((this_year, 1), (this_year - 1, 0.5)):
        goals.append(CapacityGoal(year=year, target=round(PROVINCE_GOAL * scale)))
        for unit in AdministrativeUnit.objects.filter(code__in=DISTRICT_GOALS):
            target = round(DISTRICT_GOALS[unit.code] * scale)
            goals.append(CapacityGoal(year=year, district=unit, target=target))
    for group in TargetGroup.objects.order_by("sort_order")[:2]:
        goals.append(CapacityGoal(year=this_year, target_group=group, target=120))
    CapacityGoal.objects.bulk_create(goals)
    return len(goals)
