"""django.contrib.admin with the superuser-only site of `lms.admin_site` as `admin.site`
(a module of its own: INSTALLED_APPS imports it before models may be imported)."""

from django.contrib.admin.apps import AdminConfig


class SuperuserAdminConfig(AdminConfig):
    default_site = "lms.admin_site.SuperuserAdminSite"
