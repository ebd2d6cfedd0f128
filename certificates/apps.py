from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from certificates import receivers
        from certificates.selectors import certificate_records
        from courses.services import course_completed
        from people.selectors import PERSONAL_DATA_SECTIONS

        course_completed.connect(
            receivers.issue_on_completion, dispatch_uid="certificates.issue_on_completion"
        )
        if certificate_records not in PERSONAL_DATA_SECTIONS:
            PERSONAL_DATA_SECTIONS.append(certificate_records)
