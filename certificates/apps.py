from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from certificates import receivers
        from certificates.selectors import certificate_records
        from certificates.services import certificates_merge
        from courses.services import course_completed
        from people.selectors import PERSONAL_DATA_SECTIONS
        from people.services import PERSON_MERGE_STEPS

        course_completed.connect(
            receivers.issue_on_completion, dispatch_uid="certificates.issue_on_completion"
        )
        if certificate_records not in PERSONAL_DATA_SECTIONS:
            PERSONAL_DATA_SECTIONS.append(certificate_records)
        if certificates_merge not in PERSON_MERGE_STEPS:
            PERSON_MERGE_STEPS.append(certificates_merge)
        from certificates.panels import training_panel
        from courses.training_views import TRAINING_PANELS

        if training_panel not in TRAINING_PANELS:
            TRAINING_PANELS.append(training_panel)
