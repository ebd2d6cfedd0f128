"""/django-admin/ for superusers only.

Django's admin opens for any `is_staff` account. Staff here work in the Wagtail admin,
which needs no staff status (the role groups' permissions decide), and the Django admin
edits every model with no regard to tracks or districts: it is a superuser's tool.
`lms.admin_apps.SuperuserAdminConfig` replaces "django.contrib.admin" in INSTALLED_APPS so
that `admin.site` (mounted in lms/urls.py) is this site.
"""

from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError


class SuperuserLoginForm(AdminAuthenticationForm):
    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not user.is_superuser:
            raise ValidationError(
                self.error_messages["invalid_login"],
                code="invalid_login",
                params={"username": self.username_field.verbose_name},
            )


class SuperuserAdminSite(admin.AdminSite):
    login_form = SuperuserLoginForm

    def has_permission(self, request):
        return request.user.is_active and request.user.is_superuser
