from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from common import page_cache
        from courses import receivers  # noqa: F401
        from courses.models import Quiz, Training

        # Upcoming trainings and a course's quizzes are shown on cached pages.
        page_cache.invalidate_on_change(Training)
        page_cache.invalidate_on_change(Quiz)
        from courses.exports import attendance_records, learning_records
        from people.selectors import PERSONAL_DATA_SECTIONS

        for section in (learning_records, attendance_records):
            if section not in PERSONAL_DATA_SECTIONS:
                PERSONAL_DATA_SECTIONS.append(section)
        from courses.erasure import forget_in_sheet_previews
        from courses.person_merge import merge_learning
        from people.services import ERASURE_STEPS, PERSON_MERGE_STEPS

        if merge_learning not in PERSON_MERGE_STEPS:
            PERSON_MERGE_STEPS.append(merge_learning)
        if forget_in_sheet_previews not in ERASURE_STEPS:
            ERASURE_STEPS.append(forget_in_sheet_previews)
