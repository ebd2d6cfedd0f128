"""Certificates in the Wagtail admin: templates (snippets with a PDF preview) and the
department's and trainers' certificate pages."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from certificates import admin_views
from certificates.models import CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    menu_order = 231
    add_to_admin_menu = True
    list_display = ["name", "is_default", "issuing_body", "updated_at"]


register_snippet(CertificateTemplateViewSet)


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("certificates.view_certificate")


@hooks.register("register_admin_menu_item")
def certificates_menu_item():
    return CertificatesMenuItem(
        _("Certificates"), reverse("certificate_admin_index"), icon_name="success", order=230
    )


@hooks.register("register_admin_urls")
def certificate_admin_urls():
    return [
        path("certificates/", admin_views.certificate_index, name="certificate_admin_index"),
        path(
            "certificates/<int:pk>/",
            admin_views.certificate_detail,
            name="certificate_admin_detail",
        ),
        path(
            "certificates/<int:pk>/pdf/",
            admin_views.certificate_admin_pdf,
            name="certificate_admin_pdf",
        ),
        path(
            "certificates/<int:pk>/revoke/",
            admin_views.certificate_revoke,
            name="certificate_admin_revoke",
        ),
        path(
            "certificates/course/<int:course_id>/",
            admin_views.course_certificates,
            name="certificate_admin_course",
        ),
        path(
            "certificates/course/<int:course_id>/<str:kind>/",
            admin_views.course_job_start,
            name="certificate_admin_job_start",
        ),
    ]
