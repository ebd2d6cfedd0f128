"""The annual report as a document: who issues it, its text, the PDF and the Word file in
Decree 30's layout, the workbook's print setup, and who may write or read the text.

The figures are those of `test_reports.world` (hand-counted there); YEAR is last year,
so the report is issued today, after the year, by the issuer record valid today.
"""

import io
import re
import unicodedata
from datetime import date

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from certificates.services import issue_certificate
from common.figures import Percent
from common.pdf import vietnamese_date_line
from courses.models import CoursePage
from people import roles
from people.models import DataExport, Person
from reports import annual
from reports.models import AnnualNarrative, ReportIssuer
from reports.sections import notes, sections
from reports.selectors import ReportScope, dashboard
from tests.factories import make_learner
from tests.reports import test_reports as counted
from tests.reports.test_reports import YEAR, at, officer, unit

# The hand-counted data set and its officers (fixtures of test_reports).
world, department, officer_584 = counted.world, counted.department, counted.officer_584

KHANH_HOA = {
    "governing_body": "UBND tỉnh Khánh Hòa",
    "issuing_body": "Sở Y tế",
    "place_name": "Khánh Hòa",
    "document_symbol": "BC-SYT",
    "addressee": "Ủy ban nhân dân tỉnh Khánh Hòa",
    "signer_authority": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "signer_name": "Nguyễn Văn An",
    "recipients": "Ban Chỉ đạo tỉnh;\n- Lãnh đạo Sở",
    "archive": "BTXH",
}
DIFFICULTIES = "Kinh phí tập huấn tại các xã miền núi còn thiếu."
PROPOSALS = "Đề nghị bố trí kinh phí cho các lớp tập huấn năm sau."


def today_issuer(**values) -> ReportIssuer:
    """The record the migration made for Khánh Hòa from 01/07/2025, filled in."""
    issuer = ReportIssuer.objects.get(unit=None, valid_until=None)
    for name, value in {**KHANH_HOA, **values}.items():
        setattr(issuer, name, value)
    issuer.full_clean()
    issuer.save()
    return issuer


def pdf_pages(content: bytes) -> list[list[str]]:
    """Each page's lines, NFC, spaces (and no-break spaces) made one."""
    reader = PdfReader(io.BytesIO(content))
    return [
        [" ".join(line.split()) for line in unicodedata.normalize("NFC", text).splitlines()]
        for text in (page.extract_text() for page in reader.pages)
    ]


def pdf_lines(content: bytes) -> list[str]:
    return [line for page in pdf_pages(content) for line in page if line]


def pdf_text(content: bytes) -> str:
    return " ".join(pdf_lines(content))


def docx_units(document) -> list[str]:
    """The Word file's body in reading order: each paragraph, and each table cell's text,
    NFC with spaces made one; empty ones (the rules' paragraphs) left out."""
    units = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            texts = ["".join(node.text or "" for node in block.iter() if node.tag.endswith("}t"))]
        elif tag == "tbl":
            texts = [
                " ".join(
                    "".join(node.text or "" for node in paragraph.iter() if node.tag.endswith("}t"))
                    for paragraph in cell.iter()
                    if paragraph.tag.endswith("}p")
                )
                for cell in block.iter()
                if cell.tag.endswith("}tc")
            ]
        else:
            continue
        for text in texts:
            text = " ".join(unicodedata.normalize("NFC", text).split())
            if text:
                units.append(text)
    return units


def get_pdf(client, **query):
    response = client.get("/reports/annual-report.pdf", {"year": YEAR, **query})
    assert response.status_code == 200
    return response.content


def get_docx(client, **query):
    response = client.get("/reports/annual-report.docx", {"year": YEAR, **query})
    assert response.status_code == 200
    return Document(io.BytesIO(b"".join(response.streaming_content)))


def annual_url(year=YEAR):
    return f"/reports/annual/{year}/"


def save_text(client, **values):
    data = {"implementation": "", "results": "", "difficulties": "", "proposals": ""}
    data.update(values)
    return client.post(annual_url(), {"action": "save", **data})


# The header and the signature come from the issuer record valid on the report's day ----


def test_the_header_prints_each_agency_line_whole_from_the_record_valid_today(client, department):
    today_issuer()
    client.force_login(department)
    lines = pdf_lines(get_pdf(client))

    for line in (
        "UBND TỈNH KHÁNH HÒA",
        "SỞ Y TẾ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Số: /BC-SYT",
        vietnamese_date_line("Khánh Hòa", timezone.localdate()),
        "Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn An",
        "Nơi nhận:",
        "- Như trên;",
        "- Ban Chỉ đạo tỉnh;",
        "- Lãnh đạo Sở;",
        "- Lưu: VT, BTXH.",
    ):
        assert line in lines, line
    text = " ".join(lines)
    assert "NINH THUẬN" not in text.upper()  # the record that ended on 30/06/2025
    assert "SỞ LAO ĐỘNG" not in text
    subject = "Kết quả đào tạo, bồi dưỡng nâng cao năng lực phòng ngừa, ứng phó với bạo lực"
    assert f"{subject} trên cơ sở giới năm {YEAR}" in text


def test_a_report_dated_before_the_reform_takes_the_ninh_thuan_record(world):
    document = annual.build(dashboard(ReportScope(year=2025)), day=date(2025, 2, 5))

    assert [line.text for line in document.governing] == ["UBND TỈNH NINH THUẬN"]
    # A long name prints on the lines the office chose, never wrapped by the printer.
    assert [line.text for line in document.issuing] == ["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"]
    assert document.date_line == "Ninh Thuận, ngày 05 tháng 02 năm 2025"
    assert document.number_line.replace("\u00a0", " ").split() == ["Số:", "/BC-SLĐTBXH"]


def test_the_record_valid_until_30_06_2025_is_not_used_on_a_later_day(world):
    today_issuer()
    for day in (date(2025, 7, 1), date(2026, 12, 5)):
        document = annual.build(dashboard(ReportScope(year=2024)), day=day)
        assert [line.text for line in document.governing] == ["UBND TỈNH KHÁNH HÒA"], day
        assert [line.text for line in document.issuing] == ["SỞ Y TẾ"]
        assert document.date_line.startswith("Khánh Hòa, ngày ")


def test_what_the_issuer_lacks_is_dotted_and_warned_never_made_up(client, department):
    # As the migration left it: the lead department after 2025 is not confirmed.
    client.force_login(department)
    lines = pdf_lines(get_pdf(client))
    text = " ".join(lines)

    assert "UBND TỈNH KHÁNH HÒA" in lines
    assert "SỞ Y TẾ" not in text and "SỞ LAO ĐỘNG" not in text
    assert "KT. GIÁM ĐỐC" not in text
    assert any(re.fullmatch("…{3,}", line) for line in lines)  # issuing body, signer
    assert any(re.fullmatch("Số: /BC-…{2,}", line) for line in lines)
    for url in ("/reports/", annual_url()):
        page = client.get(url, {"year": YEAR}).content.decode()
        warning = page.split("data-warning>")[1].split("</div>")[0]
        assert "Cơ quan ban hành" in warning and "Họ tên người ký" in warning, url


def test_no_issuer_at_all_prints_dots_and_says_so(client, department):
    ReportIssuer.objects.all().delete()
    client.force_login(department)
    lines = pdf_lines(get_pdf(client))
    assert "BÁO CÁO" in lines and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    page = client.get("/reports/", {"year": YEAR}).content.decode()
    assert "data-warning" in page


def test_an_agency_line_too_long_for_the_header_is_refused_with_what_to_do(world):
    issuer = ReportIssuer.objects.get(unit=None, valid_until=None)
    issuer.governing_body = "Ủy ban nhân dân tỉnh Khánh Hòa"
    with pytest.raises(ValidationError) as refused:
        issuer.full_clean()
    assert "governing_body" in refused.value.message_dict
    issuer.governing_body = "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA"  # two lines the office chose
    issuer.issuing_body = "SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI"
    issuer.full_clean()


def test_issuer_periods_may_not_overlap(world):
    overlapping = ReportIssuer(
        governing_body="UBND TỈNH KHÁNH HÒA", place_name="Khánh Hòa", valid_from=date(2026, 1, 1)
    )
    with pytest.raises(ValidationError) as refused:
        overlapping.full_clean()
    assert "valid_from" in refused.value.message_dict
    overlapping.unit = unit("584")  # a unit's own record is another series
    overlapping.full_clean()


def test_the_migration_seeds_both_periods_and_lets_the_department_keep_them(db):
    records = list(ReportIssuer.objects.filter(unit=None).order_by("valid_from"))
    assert [(r.valid_from, r.valid_until) for r in records] == [
        (date(2023, 1, 1), date(2025, 6, 30)),
        (date(2025, 7, 1), None),
    ]
    assert records[0].place_name == "Ninh Thuận" and records[1].place_name == "Khánh Hòa"
    assert records[1].issuing_body == "" and records[1].signer_name == ""
    codes = set(
        Group.objects.get(name=roles.DEPARTMENT_OFFICER).permissions.values_list(
            "codename", flat=True
        )
    )
    assert {"add_reportissuer", "change_reportissuer", "view_reportissuer"} <= codes


# The text --------------------------------------------------------------------------------


def test_the_pdf_prints_the_text_the_department_wrote(client, department):
    today_issuer()
    client.force_login(department)
    response = save_text(client, difficulties=DIFFICULTIES, proposals=PROPOSALS)
    assert response.status_code == 302

    text = pdf_text(get_pdf(client))
    for heading in (
        "I. TÌNH HÌNH TRIỂN KHAI",
        "II. KẾT QUẢ SO VỚI CHỈ TIÊU",
        "III. KHÓ KHĂN, VƯỚNG MẮC",
        "IV. KIẾN NGHỊ, ĐỀ XUẤT",
    ):
        assert heading in text
    assert DIFFICULTIES in text and PROPOSALS in text
    # The generated draft of section II, from the figures (shares print one "%").
    assert "có 6 người được cấp giấy chứng nhận" in text
    assert "So với chỉ tiêu 12 người, đạt 50%." in text and "%%" not in text


def test_the_pdf_embeds_every_face_and_renders_without_warnings(world):
    today_issuer()
    data = dashboard(ReportScope(year=YEAR))
    rendered = annual.render_pdf(annual.build(data))
    assert rendered.warnings == 0
    reader = PdfReader(io.BytesIO(rendered.pdf))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    for face in ("NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NotoSerif-BoldItalic"):
        assert any(face in name for name in fonts), (face, fonts)
    assert "■" not in pdf_text(rendered.pdf)


def test_the_first_page_has_no_number_and_the_others_do(client, department):
    today_issuer()
    client.force_login(department)
    pages = pdf_pages(get_pdf(client))
    assert len(pages) > 1
    assert pages[0][0] != "1"
    for number, page in enumerate(pages[1:], start=2):
        assert page[0] == str(number)


def test_an_untouched_draft_follows_the_figures_and_edited_text_does_not(client, department):
    today_issuer()
    client.force_login(department)
    save_text(client)  # saved as drafted
    edited = "Năm qua, tỉnh triển khai đào tạo tại tất cả các huyện."
    save_text(client, implementation=edited)
    course = CoursePage.objects.order_by("path").first()
    extra = Person.objects.create(full_name="Người Mới", district=unit("589"), sex="male")
    issue_certificate(extra, course, now=at(11), notify=False)

    text = pdf_text(get_pdf(client))
    assert "có 7 người được cấp giấy chứng nhận" in text  # the draft, with today's figures
    assert edited in text
    assert "tổ chức 1 lớp tập huấn trực tiếp và 6 khóa học" not in text  # the old draft


def test_regenerating_never_replaces_edited_text_and_shows_both(client, department):
    today_issuer()
    client.force_login(department)
    edited = "Kết quả đào tạo năm nay vượt kế hoạch ở hai huyện."
    save_text(client, results=edited)
    course = CoursePage.objects.order_by("path").first()
    extra = Person.objects.create(full_name="Người Mới", district=unit("589"), sex="male")
    issue_certificate(extra, course, now=at(11), notify=False)

    page = client.get(annual_url()).content.decode()
    assert 'data-draft="results"' in page  # the figures changed: the new draft beside it
    assert "data-warning" in page

    response = client.post(annual_url(), {"action": "regenerate"})
    assert response.status_code == 302
    narrative = AnnualNarrative.objects.get(year=YEAR, unit=None)
    assert narrative.results == edited
    assert "7 người" in narrative.results_draft
    assert "7 người" in narrative.implementation  # nobody had edited it
    page = client.get(annual_url()).content.decode()
    assert edited in page and 'data-draft="results"' in page

    client.post(annual_url(), {"use_draft": "results"})  # asked for, in so many words
    narrative.refresh_from_db()
    assert narrative.results == narrative.results_draft
    assert not annual.is_edited(narrative, "results")


def test_the_history_records_who_changed_what_and_when(client, department, world):
    client.force_login(department)
    save_text(client, difficulties=DIFFICULTIES)
    colleague = officer("pho@example.org", roles.DEPARTMENT_OFFICER, "582")
    client.force_login(colleague)
    save_text(client, difficulties=DIFFICULTIES + " Cần thêm giảng viên.", proposals=PROPOSALS)
    client.post(annual_url(), {"action": "regenerate"})
    save_text(client, difficulties=DIFFICULTIES + " Cần thêm giảng viên.", proposals=PROPOSALS)

    narrative = AnnualNarrative.objects.get(year=YEAR, unit=None)
    entries = list(ModelLogEntry.objects.for_instance(narrative).order_by("timestamp", "pk"))
    assert [(entry.user, entry.action) for entry in entries] == [
        (department, "lms.annual_text_changed"),
        (colleague, "lms.annual_text_changed"),
        (colleague, "lms.annual_draft_regenerated"),
    ]  # the last save changed nothing, so it is not logged
    first, second = (entry.data["changes"] for entry in entries[:2])
    assert first == [{"field": "difficulties", "before": "", "after": DIFFICULTIES}]
    assert [change["field"] for change in second] == ["difficulties", "proposals"]
    assert second[0]["before"] == DIFFICULTIES

    page = client.get(annual_url()).content.decode()
    history = page.split('id="history-heading"')[1]
    assert history.count("data-history") == 3
    assert "pho@example.org" in history or colleague.get_full_name() in history
    assert "Khó khăn, vướng mắc" in history and "Cần thêm giảng viên." in history


# The Word file ---------------------------------------------------------------------------


def assert_same_text(pdf: bytes, units: list[str], header_words: set[str]) -> None:
    """The PDF's text is the Word file's paragraphs and cells, in the same order, and
    nothing else but page numbers and table headings repeated on a new page (which may
    fall inside a long paragraph, where the page breaks)."""
    words = pdf_text(pdf).split()
    position = 0
    for expected in units:
        for token in expected.split():
            while position < len(words) and words[position] != token:
                skipped = words[position]
                assert skipped.isdigit() or skipped in header_words, (
                    f"{skipped!r} in the PDF before {token!r} of {expected!r}"
                )
                position += 1
            assert position < len(words), f"not in the PDF: {token!r} of {expected!r}"
            position += 1
    assert all(word.isdigit() for word in words[position:]), words[position:]


def test_the_word_file_has_exactly_the_pdfs_text_and_tables(client, department):
    today_issuer()
    client.force_login(department)
    save_text(client, difficulties=DIFFICULTIES, proposals=PROPOSALS)
    scope = ReportScope(year=YEAR)
    expected_sections = sections(dashboard(scope))

    word = get_docx(client)
    pdf = get_pdf(client)
    header_words = {
        token
        for _title, header, _rows in expected_sections
        for label in header
        for token in str(label).split()
    }
    assert_same_text(pdf, docx_units(word), header_words)

    # The annex tables, cell by cell, are the dashboard's sections.
    grids = word.tables[2:]  # after the letterhead and the signature
    assert len(grids) == len(expected_sections)
    for grid, (_title, header, rows) in zip(grids, expected_sections, strict=True):
        cells = [[cell.text for cell in row.cells] for row in grid.rows]
        assert cells[0] == [str(label) for label in header]
        assert cells[1:] == [[annual.cell_text(value) for value in row] for row in rows]
    overview = {row.cells[0].text: row.cells[1].text for row in grids[0].rows}
    assert overview["Số người được cấp giấy chứng nhận (mỗi người một lần)"] == "6"
    assert "50%" in overview.values() and "30,0" in overview.values()


def test_the_word_file_is_an_a4_times_new_roman_document_in_decree_30s_layout(client, department):
    today_issuer()
    client.force_login(department)
    word = get_docx(client)

    first = word.sections[0]
    assert (round(first.page_width.mm), round(first.page_height.mm)) == (210, 297)
    margins = [first.top_margin, first.bottom_margin, first.left_margin, first.right_margin]
    assert [round(margin.mm) for margin in margins] == [20, 20, 30, 15]
    assert first.different_first_page_header_footer  # no number on page 1
    assert "PAGE" in first.header._element.xml
    normal = word.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size.pt == 13
    letterhead = word.tables[0]
    assert 'w:val="nil"' in letterhead._tbl.tblPr.xml  # no borders
    assert [cell.text for cell in letterhead.rows[0].cells][0].splitlines()[:2] == [
        "UBND TỈNH KHÁNH HÒA",
        "SỞ Y TẾ",
    ]
    runs = {run.text: run for paragraph in word.paragraphs for run in paragraph.runs}
    assert runs["BÁO CÁO"].bold and runs["BÁO CÁO"].font.size.pt == 14
    cells = letterhead.rows[0].cells
    agency = {run.text: run for paragraph in cells[0].paragraphs for run in paragraph.runs}
    assert not agency["UBND TỈNH KHÁNH HÒA"].bold and agency["SỞ Y TẾ"].bold
    date_cell = letterhead.rows[1].cells[1].paragraphs[0].runs[0]
    assert date_cell.italic and date_cell.text.startswith("Khánh Hòa, ngày ")


def test_the_word_download_is_recorded_like_the_pdf(client, department):
    client.force_login(department)
    get_docx(client)
    get_pdf(client)
    subjects = list(
        DataExport.objects.filter(kind=DataExport.Kind.REPORT)
        .order_by("pk")
        .values_list("subject", flat=True)
    )
    assert subjects == [
        f"bao-cao-dao-tao-{YEAR}-toan-tinh.docx",
        f"bao-cao-dao-tao-{YEAR}-toan-tinh.pdf",
    ]


def test_the_dashboard_links_the_word_file_beside_the_pdf(client, department):
    client.force_login(department)
    page = client.get("/reports/", {"year": YEAR, "district": "584"}).content.decode()
    assert f'href="/reports/annual-report.pdf?year={YEAR}&amp;district=584"' in page
    assert f'href="/reports/annual-report.docx?year={YEAR}&amp;district=584"' in page
    assert f'href="/reports/annual/{YEAR}/?year={YEAR}&amp;district=584"' in page


# A unit's report -------------------------------------------------------------------------


def test_a_units_report_is_an_extract_not_under_the_departments_header(client, officer_584):
    today_issuer()
    client.force_login(officer_584)
    pdf = get_pdf(client)
    lines = pdf_lines(pdf)
    text = " ".join(lines)

    assert "TRÍCH SỐ LIỆU" in lines and unit("584").name in lines
    for absent in ("CỘNG HÒA XÃ HỘI", "SỞ Y TẾ", "BÁO CÁO", "Nơi nhận", "Nguyễn Văn An", "Số:"):
        assert absent not in text, absent
    assert "không phải văn bản do cơ quan ban hành" in text
    assert "2 người được cấp giấy chứng nhận" in text
    assert_same_text(pdf, docx_units(get_docx(client)), set())


def test_a_unit_with_its_own_issuer_gets_its_own_header(client, officer_584):
    today_issuer()
    ReportIssuer.objects.create(
        unit=unit("584"),
        valid_from=date(2025, 7, 1),
        governing_body="UBND TỈNH KHÁNH HÒA",
        issuing_body="UBND XÃ BÁC ÁI",
        place_name="Bác Ái",
        signer_name="Katơr Văn Tám",
    )
    client.force_login(officer_584)
    lines = pdf_lines(get_pdf(client))
    assert "UBND XÃ BÁC ÁI" in lines and "Katơr Văn Tám" in lines
    assert "SỞ Y TẾ" not in lines and "TRÍCH SỐ LIỆU" not in lines


def test_a_units_text_is_its_own(client, department, officer_584):
    client.force_login(department)
    save_text(client, difficulties=DIFFICULTIES)  # the province's
    client.post(
        annual_url() + "?district=584",
        {"action": "save", "difficulties": "Xã vùng cao thiếu điểm kết nối mạng."},
    )
    assert AnnualNarrative.objects.get(year=YEAR, unit=unit("584")).difficulties
    client.force_login(officer_584)
    text = pdf_text(get_pdf(client))
    assert "Xã vùng cao thiếu điểm kết nối mạng." in text and DIFFICULTIES not in text


def test_notes_under_a_table_print_in_both_files(world):
    data = dashboard(ReportScope(year=YEAR))
    title = sections(data)[1][0]
    note = notes(data)[title]  # how the unit × track table adds up
    document = annual.build(data)
    assert document.tables[1].notes == [note]
    assert " ".join(note.split()) in " ".join(pdf_text(annual.render_pdf(document).pdf).split())
    from reports.word import render_docx

    out = io.BytesIO()
    render_docx(document, out)
    assert note in docx_units(Document(io.BytesIO(out.getvalue())))


# Who may write or read the text ----------------------------------------------------------


@pytest.mark.parametrize("role", [None, roles.TRAINER])
@pytest.mark.parametrize("url", [annual_url(), "/reports/annual-report.docx"])
def test_learners_and_trainers_may_not_see_the_annual_report(client, world, role, url):
    user = make_learner("nguoi@example.org")
    if role:
        user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    assert client.get(url).status_code == 403
    assert client.post(annual_url(), {"difficulties": "x"}).status_code == 403
    assert not AnnualNarrative.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, world):
    assert client.get(annual_url()).status_code == 302
    assert client.get("/reports/annual-report.docx").status_code == 302


def test_a_local_officer_reads_their_units_text_and_may_not_write_it(
    client, department, officer_584
):
    client.force_login(department)
    client.post(annual_url() + "?district=584", {"action": "save", "difficulties": "Thiếu cán bộ."})
    client.post(annual_url() + "?district=582", {"action": "save", "difficulties": "Khác."})
    client.force_login(officer_584)

    page = client.get(annual_url(), {"district": "582"})  # another unit: their own shown
    assert page.status_code == 200
    content = page.content.decode()
    assert "Thiếu cán bộ." in content and "Khác." not in content
    assert "<textarea" not in content and 'name="action"' not in content
    for data in ({"action": "save", "difficulties": "Sửa."}, {"action": "regenerate"}):
        assert client.post(annual_url() + "?district=584", data).status_code == 403
    assert AnnualNarrative.objects.get(unit=unit("584")).difficulties == "Thiếu cán bộ."


def test_only_the_department_edits_and_years_outside_the_reports_are_not_found(client, department):
    client.force_login(department)
    page = client.get(annual_url()).content.decode()
    assert "<textarea" in page and 'value="regenerate"' in page
    assert client.get(annual_url(2022)).status_code == 404
    assert client.get(annual_url(timezone.localdate().year + 2)).status_code == 404


@pytest.mark.parametrize("role", [roles.TRAINER, roles.DISTRICT_OFFICER])
def test_only_the_department_keeps_the_issuer_records(client, world, role):
    user = officer("nguoi@example.org", role, "584")
    client.force_login(user)
    base = "/admin/snippets/reports/reportissuer/"
    assert client.get(base).status_code in (302, 403)
    issuer = ReportIssuer.objects.get(unit=None, valid_until=None)
    response = client.post(f"{base}edit/{issuer.pk}/", {**KHANH_HOA, "valid_from": "2025-07-01"})
    assert response.status_code in (302, 403)
    issuer.refresh_from_db()
    assert issuer.issuing_body == ""


def test_the_department_keeps_the_issuer_records_in_the_admin(client, department):
    client.force_login(department)
    base = "/admin/snippets/reports/reportissuer/"
    assert client.get(base).status_code == 200
    issuer = ReportIssuer.objects.get(unit=None, valid_until=None)
    form = {
        **KHANH_HOA,
        "unit": "",
        "valid_from": "2025-07-01",
        "valid_until": "",
        "notes": "",
    }
    response = client.post(f"{base}edit/{issuer.pk}/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    issuer.refresh_from_db()
    assert issuer.issuing_body == "Sở Y tế"
    too_long = client.post(
        f"{base}edit/{issuer.pk}/", {**form, "governing_body": "Ủy ban nhân dân tỉnh Khánh Hòa"}
    )
    assert too_long.status_code == 200 and "UBND" in too_long.content.decode()


# The workbook prints -----------------------------------------------------------------------


def test_every_share_is_a_percent_number_and_every_sheet_prints_on_landscape_pages(
    client, department
):
    client.force_login(department)
    response = client.get("/reports/export.xlsx", {"year": YEAR})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    expected = sections(dashboard(ReportScope(year=YEAR)))

    shares = 0
    for sheet, (_title, _header, rows) in zip(workbook.worksheets, expected, strict=False):
        for row_number, row in enumerate(rows, start=4):
            for column, value in enumerate(row, start=1):
                if isinstance(value, Percent):
                    cell = sheet.cell(row=row_number, column=column)
                    assert cell.value == value.fraction and cell.number_format == "0%"
                    shares += 1
    assert shares >= 4  # the goal reached overall, per district, per group
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, int(setup.paperSize)) == ("landscape", 9), sheet.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        titles = "$1:$1" if sheet is workbook.worksheets[-1] else "$1:$3"
        assert sheet.print_title_rows == titles, sheet.title


def test_the_demo_fills_only_an_empty_issuer_with_values_marked_as_samples(db):
    from demo.annual import ensure_demo_annual_report

    ensure_demo_annual_report()
    issuer = ReportIssuer.objects.get(unit=None, valid_until=None)
    assert "MẪU" in issuer.issuing_body and "mẫu" in issuer.signer_name
    assert "(Nội dung mẫu)" in AnnualNarrative.objects.get(unit=None).difficulties

    issuer.issuing_body, issuer.signer_name = "SỞ NỘI VỤ", "Trần Thị Bình"
    issuer.save()
    ensure_demo_annual_report()
    issuer.refresh_from_db()
    assert (issuer.issuing_body, issuer.signer_name) == ("SỞ NỘI VỤ", "Trần Thị Bình")


def test_a_control_character_in_a_name_does_not_break_the_word_file(client, department):
    from people.models import Organisation

    organisation = Organisation.objects.order_by("sort_order").first()
    organisation.name = "Công an\x0b tỉnh"
    organisation.save()
    client.force_login(department)
    units = docx_units(get_docx(client))
    assert "Công an tỉnh" in units


def test_the_documents_are_vietnamese_whatever_the_readers_language(client, department):
    from django.conf import settings

    client.force_login(department)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "Training report" in client.get("/reports/", {"year": YEAR}).content.decode()
    for text in (pdf_text(get_pdf(client)), " ".join(docx_units(get_docx(client)))):
        assert "BÁO CÁO" in text and "Nữ" in text
        assert "Female" not in text and "Total" not in text
