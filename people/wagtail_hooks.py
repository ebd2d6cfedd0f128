"""Department officers keep the reference lists in the Wagtail admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from people import admin_views
from people.models import AdministrativeUnit, Organisation, TargetGroup


class AdministrativeUnitFilterSet(WagtailFilterSet):
    class Meta:
        model = AdministrativeUnit
        fields = ["level"]


class AdministrativeUnitViewSet(SnippetViewSet):
    model = AdministrativeUnit
    icon = "site"
    list_display = ["name", "code", "level", "parent", "valid_from", "valid_until"]
    search_fields = ["name", "code"]
    filterset_class = AdministrativeUnitFilterSet
    ordering = ["level", "code"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "short_name", "kind", "district", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "short_name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "user"
    list_display = ["name", "code", "sort_order"]


class PlacesAndPeopleGroup(SnippetViewSetGroup):
    menu_label = _("Places and organisations")
    menu_icon = "site"
    menu_order = 250
    items = (AdministrativeUnitViewSet, OrganisationViewSet, TargetGroupViewSet)


register_snippet(PlacesAndPeopleGroup)


@hooks.register("register_settings_menu_item")
def data_exports_menu_item():
    return admin_views.DepartmentMenuItem(
        _("Data downloads"), reverse("data_exports"), icon_name="download", order=900
    )


@hooks.register("register_admin_urls")
def data_exports_urls():
    return [path("data-downloads/", admin_views.data_exports, name="data_exports")]


@hooks.register("register_admin_menu_item")
def link_requests_menu_item():
    return admin_views.DepartmentMenuItem(
        _("Account links"),
        reverse("person_link_requests"),
        icon_name="link",
        order=265,
    )


@hooks.register("register_admin_urls")
def link_requests_urls():
    return [path("account-links/", admin_views.link_requests, name="person_link_requests")]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "lms.person_merged", _("Merge people"), _("Two records of one person merged")
    )
