"""Uploads are limited in size and checked in kind before anything parses them."""

import io
import zipfile
from datetime import date
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest
from PIL import Image

from courses.models import AttendeeImport, Question, Training
from courses.question_bank import BankImportError, parse_workbook
from people import roles
from people.models import AdministrativeUnit, Organisation
from tests.factories import make_staff


def zip_bomb(unpacked_mb: int = 30) -> bytes:
    """An .xlsx-shaped archive whose one sheet unpacks to `unpacked_mb` MB of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            chunk = b"0" * (1024 * 1024)
            for _ in range(unpacked_mb):
                sheet.write(chunk)
    return buffer.getvalue()


@pytest.fixture
def training(site_tree):
    return Training.objects.create(
        format=Training.Format.TRAINING,
        title="Tập huấn",
        track=site_tree.tracks[0],
        organiser=Organisation.objects.first(),
        district=AdministrativeUnit.objects.get(code="587"),
        venue="Hội trường",
        starts_on=date(2026, 3, 10),
        ends_on=date(2026, 3, 10),
        hours=Decimal("4"),
    )


@pytest.fixture
def department(client, site_tree):
    user = make_staff("so@example.org", roles.DEPARTMENT_OFFICER)
    client.force_login(user)
    return user


def upload_sheet(client, training, name, data):
    return client.post(
        f"/trainings/{training.pk}/manage/import/",
        {"file": SimpleUploadedFile(name, data)},
    )


def test_an_xlsx_zip_bomb_is_refused_before_it_is_opened(client, training, department):
    bomb = zip_bomb()
    assert len(bomb) < 200_000  # small to send, 30 MB once unpacked
    response = upload_sheet(client, training, "danh-sach.xlsx", bomb)
    assert response.status_code == 400
    assert "không thể là một bảng thật" in response.content.decode()
    assert not AttendeeImport.objects.exists()


def test_a_question_bank_zip_bomb_is_refused(site_tree):
    with pytest.raises(BankImportError) as refused:
        parse_workbook(zip_bomb())
    assert "MB" in refused.value.problems[0][1]
    assert not Question.objects.exists()


def test_a_50_mb_csv_is_refused_by_its_size(client, training, department):
    big = ("Họ và tên,Điện thoại\n" + "Nguyễn Văn A,0912345678\n" * 2_100_000).encode()
    assert len(big) > 50 * 1024 * 1024
    response = upload_sheet(client, training, "danh-sach.csv", big)
    assert response.status_code == 400
    assert "10 MB" in response.content.decode()
    assert not AttendeeImport.objects.exists()


def test_a_sheet_of_another_kind_is_refused(client, training, department):
    response = upload_sheet(client, training, "danh-sach.exe", b"MZ\x90\x00")
    assert response.status_code == 400
    assert not AttendeeImport.objects.exists()


def test_documents_over_the_size_limit_are_refused(client, department, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = client.post(
        "/admin/documents/add/",
        {"title": "Tài liệu lớn", "file": SimpleUploadedFile("lon.pdf", b"%PDF-" + b"0" * 2048)},
    )
    assert response.status_code == 200
    assert "Dung lượng tệp tối đa là 1,0\xa0KB" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_documents_of_an_unlisted_type_are_refused(client, department):
    client.post(
        "/admin/documents/add/",
        {"title": "Chương trình", "file": SimpleUploadedFile("run.exe", b"MZ\x90\x00")},
    )
    assert not get_document_model().objects.exists()


def png(width, height) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_images_with_too_many_pixels_or_not_images_are_refused(client, department, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    client.post(
        "/admin/images/add/",
        {"title": "Ảnh lớn", "file": SimpleUploadedFile("lon.png", png(20, 20))},
    )
    client.post(
        "/admin/images/add/",
        {"title": "Không phải ảnh", "file": SimpleUploadedFile("anh.png", b"not an image")},
    )
    assert not get_image_model().objects.exists()
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
    client.post(
        "/admin/images/add/",
        {"title": "Ảnh nhỏ", "file": SimpleUploadedFile("nho.png", png(20, 20))},
    )
    assert get_image_model().objects.count() == 1  # the same upload passes within limits
