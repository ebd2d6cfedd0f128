"""Where ZIP files of certificates are kept: never under MEDIA_ROOT (settings "private")."""

from django.core.files.storage import storages


def private_storage():
    return storages["private"]
