"""The platform's roles as Django groups. Names are stored in Vietnamese, as people see them."""

LEARNER = "Học viên"
TRAINER = "Giảng viên"
DEPARTMENT_OFFICER = "Cán bộ Sở LĐTBXH"
DISTRICT_OFFICER = "Cán bộ UBND huyện"

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
    ],
    DISTRICT_OFFICER: [],
}

# Page permissions on the home page subtree (set once the page tree exists).
PAGE_PERMISSIONS = {
    TRAINER: ["add_page", "change_page"],
    DEPARTMENT_OFFICER: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


def ensure_groups(group_model, permission_model, permissions: dict | None = None) -> None:
    """Create the role groups with their model permissions where missing.

    Migrations pass the permissions as they stood when the migration was written, since
    later models do not exist yet at that point.
    """
    for name, codes in (MODEL_PERMISSIONS if permissions is None else permissions).items():
        group, _ = group_model.objects.get_or_create(name=name)
        for code in codes:
            app_label, codename = code.split(".")
            group.permissions.add(
                permission_model.objects.get(content_type__app_label=app_label, codename=codename)
            )


def grant_in_migration(apps, permissions: dict) -> None:
    """For data migrations: create the role groups and give them `permissions`.

    Django creates permissions only after all migrations have run, so create them first.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ensure_groups(
        apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"), permissions
    )
