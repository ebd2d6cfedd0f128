from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from courses.selectors import COURSE_KNOWLEDGE_GAIN
        from reports.selectors.gain import course_knowledge_gain

        if course_knowledge_gain not in COURSE_KNOWLEDGE_GAIN:
            COURSE_KNOWLEDGE_GAIN.append(course_knowledge_gain)
