"""Capacity goals in the Wagtail admin, and a menu link to the reports."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from people.selectors import is_department_officer, is_district_officer
from reports.models import CapacityGoal


class CapacityGoalFilterSet(WagtailFilterSet):
    class Meta:
        model = CapacityGoal
        fields = ["year", "district", "track"]


class CapacityGoalViewSet(SnippetViewSet):
    model = CapacityGoal
    icon = "pick"
    menu_label = _("Capacity goals")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["year", "district", "track", "target_group", "target"]
    filterset_class = CapacityGoalFilterSet


register_snippet(CapacityGoalViewSet)


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_department_officer(request.user) or is_district_officer(request.user)


@hooks.register("register_admin_menu_item")
def reports_menu_item():
    return ReportsMenuItem(
        _("Training reports"), reverse("reports_dashboard"), icon_name="table", order=241
    )
