"""Read-only panels in the page editor that help authors (see `courses.authoring`)."""

from wagtail.admin.panels import Panel


class CourseChecklistPanel(Panel):
    """What the course being edited still lacks: lessons, content, tests, questions."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/course_checklist_panel.html"

        def get_context_data(self, parent_context=None):
            from courses.authoring import course_checklist

            context = super().get_context_data(parent_context)
            context["items"] = course_checklist(self.instance) if self.instance.pk else None
            return context


class ReadingTimePanel(Panel):
    """The lesson's reading time, estimated from the draft being edited."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/reading_time_panel.html"

        def get_context_data(self, parent_context=None):
            from courses.authoring import reading_minutes

            context = super().get_context_data(parent_context)
            context["minutes"] = reading_minutes(self.instance.body)
            return context
