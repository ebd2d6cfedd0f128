"""Capacity goals and report issuers in the Wagtail admin, a menu link to the reports, and
the log actions of the annual report's text."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from people.selectors import is_department_officer, is_district_officer
from reports.models import CapacityGoal, ReportIssuer
from reports.services import REGENERATED, SAVED


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


class ReportIssuerViewSet(SnippetViewSet):
    """Who issues the annual report, per period (department officers only, by the
    permissions their group holds). A record is closed by its end date, not deleted."""

    model = ReportIssuer
    icon = "doc-full"
    menu_label = _("Report issuers")
    menu_order = 242
    add_to_admin_menu = True
    list_display = ["__str__", "unit", "valid_from", "valid_until", "signer_name"]
    list_filter = ["unit"]


register_snippet(ReportIssuerViewSet)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(SAVED, _("Change annual report text"), _("Annual report text changed"))
    actions.register_action(
        REGENERATED, _("Regenerate annual report drafts"), _("Annual report drafts regenerated")
    )


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_department_officer(request.user) or is_district_officer(request.user)


@hooks.register("register_admin_menu_item")
def reports_menu_item():
    return ReportsMenuItem(
        _("Training reports"), reverse("reports_dashboard"), icon_name="table", order=241
    )
