"""Checks on uploaded files before anything parses them.

An XLSX file is a ZIP archive: a few kilobytes can unpack to gigabytes (a "zip bomb")
and take a worker's memory with them. Sheets are checked here before openpyxl opens
them; sizes of other uploads are limited by the forms and settings that take them.
"""

import io
import zipfile

from django.utils.translation import gettext as _

# A real sign-in sheet of 10,000 rows unpacks to about 5 MB.
MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_XLSX_MEMBERS = 1000
# Spreadsheet XML compresses well, but not a thousand times.
MAX_COMPRESSION_RATIO = 200


class UnsafeArchive(ValueError):
    pass


def check_xlsx_archive(data: bytes) -> None:
    """Raise UnsafeArchive when the workbook would unpack to far more than it should.

    A file that is not a ZIP archive passes: the parser reports it as "not a workbook".
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with archive:
        members = archive.infolist()
        if len(members) > MAX_XLSX_MEMBERS:
            raise UnsafeArchive(_("The workbook holds too many parts to be a sign-in sheet."))
        unpacked = sum(member.file_size for member in members)
        packed = sum(member.compress_size for member in members) or 1
        if unpacked > MAX_XLSX_UNPACKED_BYTES or unpacked / packed > MAX_COMPRESSION_RATIO:
            raise UnsafeArchive(
                _("The workbook would unpack to %(size)s MB: it cannot be a real sheet.")
                % {"size": unpacked // (1024 * 1024)}
            )
