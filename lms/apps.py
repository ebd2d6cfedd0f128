from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Site")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.models import Page, Site
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from common import page_cache
        from lms.models import SafetySettings

        # What anonymous pages show: pages and the site's settings (courses adds its own).
        for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
            signal.connect(page_cache.invalidate, dispatch_uid=f"page-cache-{id(signal)}")
        page_cache.invalidate_on_change(Site)

        def settings_saved(sender, created=False, **kwargs):
            # The first read creates the row with defaults, which pages already showed.
            if not created:
                page_cache.invalidate()

        post_save.connect(settings_saved, sender=SafetySettings, weak=False, dispatch_uid="pc-set")

        def page_deleted(sender, instance, **kwargs):
            if isinstance(instance, Page):
                page_cache.invalidate()

        post_delete.connect(page_deleted, dispatch_uid="page-cache-page-deleted", weak=False)
