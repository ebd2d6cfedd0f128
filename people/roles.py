"""The platform's roles as Django groups. Names are stored in Vietnamese, as people see them."""

from django.utils.translation import gettext_lazy as _

LEARNER = "Học viên"
TRAINER = "Giảng viên"
DEPARTMENT_OFFICER = "Cán bộ Sở LĐTBXH"
DISTRICT_OFFICER = "Cán bộ UBND huyện"

ROLE_LABELS = {
    LEARNER: _("Learner"),
    TRAINER: _("Trainer"),
    DEPARTMENT_OFFICER: _("Department officer"),
    DISTRICT_OFFICER: _("District officer"),
}

# Model permissions each group gets, as "app_label.codename".
QUIZ_AUTHORING = [
    f"courses.{action}_{model}"
    for model in ("question", "quiz")
    for action in ("add", "change", "delete", "view")
]

MODEL_PERMISSIONS = {
    LEARNER: [],
    TRAINER: [
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
        *QUIZ_AUTHORING,
        "certificates.view_certificate",
    ],
    DEPARTMENT_OFFICER: [
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        *[
            f"people.{action}_{model}"
            for model in ("administrativeunit", "organisation", "targetgroup")
            for action in ("add", "change", "view")
        ],
        "lms.change_safetysettings",
        *QUIZ_AUTHORING,
        "certificates.add_certificatetemplate",
        "certificates.change_certificatetemplate",
        "certificates.view_certificatetemplate",
        "certificates.view_certificate",
        "certificates.issue_certificate",
        "certificates.revoke_certificate",
        *[f"reports.{action}_capacitygoal" for action in ("add", "change", "delete", "view")],
        *[f"reports.{action}_reportissuer" for action in ("add", "change", "view")],
    ],
    DISTRICT_OFFICER: [],
}

# Images and documents are permitted per collection in Wagtail, not per model: these are
# granted on the root collection, so on every collection.
COLLECTION_PERMISSIONS = {
    TRAINER: [
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
    ],
    DEPARTMENT_OFFICER: [
        f"{app}.{action}_{model}"
        for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
        for action in ("add", "change", "choose", "delete")
    ],
}

# Wagtail page permissions. The department holds them on the root page, so over every
# page; each track's trainers hold theirs on the track page (see courses.TrackTeam).
# Trainers have no "publish": their changes go through the review workflow.
DEPARTMENT_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
TRACK_TEAM_PAGE_PERMISSIONS = ["add_page", "change_page"]

# The content review workflow every page goes through before it is published.
REVIEW_WORKFLOW = "Duyệt nội dung"
REVIEW_TASK = "Sở LĐTBXH phê duyệt"


def track_team_name(track_title: str, track_pk: int) -> str:
    """The name of a track's trainer group, as department officers see it in lists."""
    return f"{TRAINER}: {track_title[:110]} (#{track_pk})"


def permission(permission_model, code: str):
    """The Permission for "app_label.codename"."""
    app_label, codename = code.split(".")
    return permission_model.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_groups(group_model, permission_model, permissions: dict | None = None) -> None:
    """Create the role groups with their model permissions where missing.

    Migrations pass the permissions as they stood when the migration was written, since
    later models do not exist yet at that point.
    """
    for name, codes in (MODEL_PERMISSIONS if permissions is None else permissions).items():
        group, _ = group_model.objects.get_or_create(name=name)
        for code in codes:
            group.permissions.add(permission(permission_model, code))


def create_permissions_now(apps) -> None:
    """Django creates permissions only after all migrations have run; data migrations that
    grant them call this first."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant_in_migration(apps, permissions: dict) -> None:
    """For data migrations: create the role groups and give them `permissions`."""
    create_permissions_now(apps)
    ensure_groups(
        apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"), permissions
    )


def page_permission(permission_model, codename: str):
    return permission(permission_model, f"wagtailcore.{codename}")


def ensure_department_review(apps) -> None:
    """Department page permissions on the root page and the review workflow on the whole
    tree. `apps` is a migration's app registry, or `django.apps.apps` (tests, after a flush).
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    department, _ = Group.objects.get_or_create(name=DEPARTMENT_OFFICER)
    for codename in DEPARTMENT_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=department, page_id=root.pk, permission=page_permission(Permission, codename)
        )
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=REVIEW_TASK, content_type=task_type, active=True
        )
    task.groups.set([department])
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # Replaces Wagtail's default "Moderators approval" on the whole tree.
    WorkflowPage.objects.update_or_create(page_id=root.pk, defaults={"workflow": workflow})


def ensure_collection_permissions(apps) -> None:
    """Grant COLLECTION_PERMISSIONS on the root collection (migration or tests)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for group_name, codes in COLLECTION_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for code in codes:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission(Permission, code)
            )
