"""In-person training pages: the public list and page, self check-in, the evaluation form,
and the staff pages where trainers keep the list of attendees and the register."""

import io
import secrets
import time
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

import segno

from common import spreadsheets
from common.pdf import render_html, render_template
from common.ratelimit import over_limit
from courses import attendee_import, paper_scores, training_selectors, training_services
from courses.models import AttendanceRecord, AttendeeImport, Training
from courses.training_forms import CheckInForm, EvaluationForm, SheetUploadForm, TrainingForm
from people import identity
from people.models import AdministrativeUnit, DataExport, Person
from people.selectors import is_department_officer, person_of
from people.services import export_record

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHECK_IN_GRACE_SECONDS = 15 * 60
# A random id in a cookie of the check-in pages only: one device checks in one person a day.
DEVICE_COOKIE = "lms_check_in_device"
# Apps that act on a training register `panel(request, training, may_edit) -> html` here:
# its staff page shows them without courses importing those apps (see certificates.apps).
TRAINING_PANELS: list = []
DEVICE_COOKIE_AGE = 31 * 24 * 3600


# Who may open what ---------------------------------------------------------------------


def _visible_training(request, pk: int) -> Training:
    """A training the user may see as staff; others get 404 (not even its existence)."""
    trainings = training_selectors.training_scope(request.user)
    if trainings is None:
        raise PermissionDenied
    training = trainings.filter(pk=pk).select_related("district", "track", "course").first()
    if training is None:
        raise Http404
    return training


def _editable_training(request, pk: int) -> Training:
    training = _visible_training(request, pk)
    if not training_selectors.may_edit_training(request.user, training):
        raise PermissionDenied(_("Only the department and the training's trainers edit it."))
    return training


# Public pages ---------------------------------------------------------------------------


def training_list(request):
    districts = AdministrativeUnit.objects.districts().active()
    district = None
    code = request.GET.get("district", "")
    if code:
        district = districts.filter(code=code).first()
    return render(
        request,
        "courses/trainings/list.html",
        {
            "trainings": training_selectors.upcoming_trainings(district=district),
            "districts": districts,
            "district": district,
        },
    )


def training_detail(request, pk: int):
    training = get_object_or_404(
        Training.objects.select_related("district", "track", "course", "organiser"), pk=pk
    )
    scope = (
        training_selectors.training_scope(request.user) if request.user.is_authenticated else None
    )
    return render(
        request,
        "courses/trainings/detail.html",
        {
            "training": training,
            "target_groups": training.target_groups.all(),
            "may_manage": scope is not None and scope.filter(pk=pk).exists(),
            "evaluation_open": training.starts_on <= timezone.localdate(),
        },
    )


@require_http_methods(["GET", "POST"])
def training_evaluate(request, pk: int):
    """The anonymous evaluation: no login, nothing stored that identifies the person."""
    training = get_object_or_404(Training, pk=pk)
    done = request.session.get("evaluated_trainings", [])
    if training.starts_on > timezone.localdate():
        messages.info(request, _("The evaluation opens when the training starts."))
        return redirect("training_detail", pk=pk)
    if training.pk in done:
        return render(
            request, "courses/trainings/evaluate.html", {"training": training, "thanks": True}
        )
    form = EvaluationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        limit = settings.TRAINING_EVALUATIONS_PER_HOUR
        if over_limit(request, "training-evaluation", limit=limit, window=3600):
            return render(
                request,
                "courses/trainings/evaluate.html",
                {"training": training, "form": form, "too_many": True},
                status=429,
            )
        data = form.cleaned_data
        training_services.evaluation_submit(
            training=training,
            ratings={
                key: data[key] for key in ("content", "trainers", "organisation", "usefulness")
            },
            comment=data["comment"],
        )
        request.session["evaluated_trainings"] = [*done, training.pk]
        return render(
            request, "courses/trainings/evaluate.html", {"training": training, "thanks": True}
        )
    return render(request, "courses/trainings/evaluate.html", {"training": training, "form": form})


@never_cache
@require_http_methods(["GET", "POST"])
def training_check_in(request, token: str):
    """Where the projector's QR code leads: log in, or give name and phone, to be marked
    present for today."""
    seen = request.session.get("check_in_codes", {})
    try:
        training, day = training_services.checkin_verify(token)
    except training_services.TrainingRefused as refusal:
        # Someone who scanned in time and then had to log in keeps their code a while.
        scanned_at = seen.get(token)
        if scanned_at is None or time.time() - scanned_at > CHECK_IN_GRACE_SECONDS:
            return render(
                request, "courses/trainings/check_in.html", {"refusal": refusal.message}, status=400
            )
        training, day = training_services.checkin_verify(token, max_age=None)
    else:
        request.session["check_in_codes"] = {
            code: at for code, at in seen.items() if time.time() - at < CHECK_IN_GRACE_SECONDS
        } | {token: time.time()}
    person = person_of(request.user)
    form = None if person else CheckInForm(request.POST or None)
    device = request.get_signed_cookie(DEVICE_COOKIE, default="", salt=DEVICE_COOKIE)
    new_device = not device
    device = device or secrets.token_urlsafe(18)
    response = _check_in_response(request, training, day, person, form, device)
    if new_device:
        response.set_signed_cookie(
            DEVICE_COOKIE,
            device,
            salt=DEVICE_COOKIE,
            max_age=DEVICE_COOKIE_AGE,
            path="/trainings/check-in/",
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    return response


def _check_in_response(request, training, day, person, form, device):
    if request.method == "POST":
        try:
            if person is None:
                if not form.is_valid():
                    raise training_services.TrainingRefused(
                        _("Enter your full name and phone number.")
                    )
                attendee = training_services.check_in_by_name(
                    training=training,
                    day=day,
                    full_name=form.cleaned_data["full_name"],
                    phone=form.cleaned_data["phone"],
                    device=device,
                )
                person = attendee.person
            else:
                training_services.check_in(training=training, day=day, person=person, device=device)
        except training_services.TrainingRefused as refusal:
            messages.error(request, refusal.message)
        else:
            return render(
                request,
                "courses/trainings/check_in.html",
                {"training": training, "day": day, "checked_in": person},
            )
    return render(
        request,
        "courses/trainings/check_in.html",
        {"training": training, "day": day, "form": form, "person": person},
    )


# Staff pages ----------------------------------------------------------------------------


@login_required
def manage_list(request):
    if training_selectors.training_scope(request.user) is None:
        raise PermissionDenied
    trainings = training_selectors.staff_training_list(request.user)
    return render(
        request,
        "courses/trainings/manage_list.html",
        {
            "trainings": trainings,
            "may_create": training_selectors.may_create_training(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def training_create(request):
    if not training_selectors.may_create_training(request.user):
        raise PermissionDenied
    form = TrainingForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        training = form.save(commit=False)
        training.created_by = request.user
        training.save()
        form.save_m2m()
        messages.success(request, _("The training is saved. Now add its attendees."))
        return redirect("training_manage", pk=training.pk)
    return render(request, "courses/trainings/form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def training_edit(request, pk: int):
    training = _editable_training(request, pk)
    form = TrainingForm(request.POST or None, instance=training, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The training is saved."))
        return redirect("training_manage", pk=training.pk)
    return render(request, "courses/trainings/form.html", {"form": form, "training": training})


@login_required
@require_http_methods(["GET", "POST"])
def training_delete(request, pk: int):
    training = _editable_training(request, pk)
    if request.method == "POST":
        try:
            training_services.training_delete(training=training)
        except training_services.TrainingRefused as refusal:
            messages.error(request, refusal.message)
            return redirect("training_manage", pk=training.pk)
        messages.success(request, _("The training was deleted."))
        return redirect("training_manage_list")
    return render(request, "courses/trainings/delete.html", {"training": training})


def _paper_tests(training: Training, summary: dict) -> dict:
    """The paper test figures of the staff page on the training's scale (65 is 6,5 out of
    10), as the trainer marked them; stored and counted out of 100."""
    scale = training.score_scale
    places = 2 if scale == Training.ScoreScale.TEN else 1

    def on_scale(value):
        return paper_scores.on_scale(Decimal(str(value)), scale)

    figures = {"scale": scale, "pass_mark": None}
    if training.pass_mark is not None:
        figures["pass_mark"] = paper_scores.number(on_scale(training.pass_mark))
    if summary["with_both_scores"]:
        pre, post = on_scale(summary["average_pre"]), on_scale(summary["average_post"])
        figures["average_pre"] = paper_scores.number(pre, places)
        figures["average_post"] = paper_scores.number(post, places)
        figures["average_gain"] = paper_scores.number(post - pre, places)
    return figures


@login_required
def training_manage(request, pk: int):
    training = _visible_training(request, pk)
    grid = training_selectors.attendance_grid(training)
    for row in grid:
        row["pre"] = paper_scores.shown(row["attendee"].pre_score, training.score_scale)
        row["post"] = paper_scores.shown(row["attendee"].post_score, training.score_scale)
    summary = training_selectors.training_summary(training)
    may_edit = training_selectors.may_edit_training(request.user, training)
    return render(
        request,
        "courses/trainings/manage.html",
        {
            "training": training,
            "days": training.days,
            "grid": grid,
            "summary": summary,
            "paper_tests": _paper_tests(training, summary),
            "may_edit": may_edit,
            "today": timezone.localdate(),
            # Sections other apps add (certificates: issuing and the ZIP), rendered by them.
            "panels": [panel(request, training, may_edit) for panel in TRAINING_PANELS],
        },
    )


ADD_SALT = "courses.training.attendee-add"


@login_required
@require_http_methods(["GET", "POST"])
def attendee_add(request, pk: int):
    """Find someone already recorded and put them on the list. Only people the search
    showed may be added: each result carries a signed token for this training."""
    training = _editable_training(request, pk)
    signer = signing.TimestampSigner(salt=ADD_SALT)
    if request.method == "POST":
        try:
            person_id = int(signer.unsign(request.POST.get("token", ""), max_age=3600))
        except (signing.BadSignature, ValueError):
            raise PermissionDenied from None
        person = get_object_or_404(Person, pk=person_id, erased_at__isnull=True)
        training_services.attendee_add(training=training, person=person, source="manual")
        messages.success(request, _("%(name)s is on the list.") % {"name": person.full_name})
        return redirect("training_attendee_add", pk=pk)
    query = request.GET.get("q", "").strip()
    people = training_selectors.people_to_add(request.user, training, query)
    on_list = set(training.attendees.values_list("person_id", flat=True))
    rows = [
        {
            "person": person,
            "phone": identity.mask_phone(person.phone),
            "token": signer.sign(str(person.pk)),
            "on_list": person.pk in on_list,
        }
        for person in people
    ]
    return render(
        request,
        "courses/trainings/attendee_add.html",
        {
            "training": training,
            "query": query,
            "rows": rows,
            "searched": len(query) >= 2,
            "whole_province": is_department_officer(request.user),
        },
    )


@login_required
def import_template(request):
    if not training_selectors.may_create_training(request.user):
        raise PermissionDenied
    response = HttpResponse(attendee_import.sheet_template(), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="mau-danh-sach-diem-danh.xlsx"'
    return response


@login_required
def training_import_template(request, pk: int):
    """The template for one training: its example row and guide are on its scores' scale."""
    training = _editable_training(request, pk)
    response = HttpResponse(attendee_import.sheet_template(training), content_type=XLSX)
    response["Content-Disposition"] = (
        f'attachment; filename="mau-danh-sach-diem-danh-lop-{training.pk}.xlsx"'
    )
    return response


@login_required
@require_http_methods(["GET", "POST"])
def sheet_upload(request, pk: int):
    training = _editable_training(request, pk)
    form = SheetUploadForm(request.POST or None, request.FILES or None)
    error = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            batch = attendee_import.sheet_read(
                training=training, user=request.user, data=upload.read(), file_name=upload.name
            )
        except attendee_import.SheetError as problem:
            error = problem.message
        else:
            return redirect("training_sheet_preview", pk=pk, batch_id=batch.pk)
    return render(
        request,
        "courses/trainings/sheet_upload.html",
        {"training": training, "form": form, "error": error},
        status=400 if error or form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def sheet_preview(request, pk: int, batch_id: int):
    training = _editable_training(request, pk)
    batch = get_object_or_404(AttendeeImport, pk=batch_id, training=training)
    choices, status = {}, 200
    if request.method == "POST":
        choices = {
            int(key.removeprefix("choice_")): value
            for key, value in request.POST.items()
            if key.startswith("choice_") and key.removeprefix("choice_").isdigit()
        }
        try:
            if (
                batch.status == AttendeeImport.Status.PREVIEW
                and not attendee_import.scale_changed(batch, training)
                and attendee_import.scale_warning(batch)
                and not request.POST.get("scores_out_of_100")
            ):
                # Scores that look out of 10 on a 100-point training are saved only once
                # the trainer says they are right.
                status = 400
                raise training_services.TrainingRefused(
                    _(
                        "Nothing was saved. Tick “The scores are out of 100” if they are, or "
                        "set the training's scale to 10 and upload the file again."
                    )
                )
            counts = attendee_import.sheet_apply(batch=batch, choices=choices)
        except training_services.TrainingRefused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(
                request,
                _(
                    "Saved: %(new)s new attendees, %(updated)s updated; %(created)s people "
                    "added, %(matched)s found among existing people."
                )
                % {
                    "new": counts["new_attendees"],
                    "updated": counts["updated_attendees"],
                    "created": counts["created_people"],
                    "matched": counts["matched_people"],
                },
            )
            return redirect("training_manage", pk=pk)
    preview = attendee_import.sheet_preview(batch, choices=choices)
    return render(
        request,
        "courses/trainings/sheet_preview.html",
        {
            "training": training,
            "batch": batch,
            "preview": preview,
            "scale_changed": attendee_import.scale_changed(batch, training),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def attendance_register(request, pk: int, day: str):
    training = _editable_training(request, pk)
    try:
        register_day = date.fromisoformat(day)
    except ValueError:
        raise Http404 from None
    if register_day not in training.days:
        raise Http404
    grid = training_selectors.attendance_grid(training)
    day_index = training.days.index(register_day)
    scale = training.score_scale
    bad_scores, typed, statuses = [], {}, {}
    if request.method == "POST":
        scores = {}
        for row in grid:
            attendee = row["attendee"]
            statuses[attendee.pk] = request.POST.get(f"status_{attendee.pk}", "")
            pair = []
            for prefix in ("pre", "post"):
                text = request.POST.get(f"{prefix}_{attendee.pk}", "")
                typed[(prefix, attendee.pk)] = text
                try:
                    score = paper_scores.parse(text, scale)
                except paper_scores.ScoreError as error:
                    bad_scores.append(f"{attendee.person.full_name} ({error.message})")
                    score = None
                pair.append(score.stored if score is not None else None)
            scores[attendee.pk] = tuple(pair)
        if not bad_scores:
            training_services.attendance_sheet_save(
                training=training, day=register_day, statuses=statuses, scores=scores
            )
            messages.success(request, _("The register is saved."))
            return redirect("training_manage", pk=pk)
        messages.error(
            request,
            _("Scores are numbers from 0 to %(max)s, this training's scale. Check: %(names)s.")
            % {"max": scale, "names": "; ".join(bad_scores)},
        )
    rows = []
    for row in grid:
        attendee = row["attendee"]
        rows.append(
            {
                "attendee": attendee,
                "status": statuses.get(attendee.pk, row["statuses"][day_index]),
                "unconfirmed": row["unconfirmed"][day_index],
                # As typed when the form comes back to be corrected; else as stored, on
                # the training's scale (65 is 6,5 out of 10).
                "pre": typed.get(
                    ("pre", attendee.pk), paper_scores.shown(attendee.pre_score, scale)
                ),
                "post": typed.get(
                    ("post", attendee.pk), paper_scores.shown(attendee.post_score, scale)
                ),
            }
        )
    return render(
        request,
        "courses/trainings/register.html",
        {
            "training": training,
            "day": register_day,
            "rows": rows,
            "statuses": AttendanceRecord.Status.choices,
        },
        status=400 if bad_scores else 200,
    )


@login_required
@never_cache
def check_in_code(request, pk: int):
    """The page the trainer shows on the projector: a QR code that changes every minute."""
    training = _editable_training(request, pk)
    today = timezone.localdate()
    if today not in training.days:
        return render(
            request,
            "courses/trainings/check_in_code.html",
            {"training": training, "not_today": True},
        )
    token = training_services.checkin_token(training, today)
    url = request.build_absolute_uri(reverse("training_check_in", args=[token]))
    return render(
        request,
        "courses/trainings/check_in_code.html",
        {
            "training": training,
            "day": today,
            "url": url,
            "qr": segno.make(url, error="m").svg_data_uri(scale=8, border=2),
        },
    )


@login_required
def sign_in_sheet(request, pk: int):
    """A printable PDF list of attendees with a column for each day's signature."""
    training = _visible_training(request, pk)
    export_record(request, DataExport.Kind.SIGN_IN_SHEET, training.title)
    html = render_template(
        "courses/trainings/sign_in_sheet_pdf.html",
        {
            "training": training,
            "days": training.days,
            "attendees": training_selectors.attendee_rows(training),
            "printed_on": timezone.localdate(),
        },
    )
    response = HttpResponse(render_html(html).pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="danh-sach-ky-ten-{training.pk}.pdf"'
    return response


@login_required
def attendees_csv(request, pk: int):
    training = _visible_training(request, pk)
    export_record(request, DataExport.Kind.ATTENDEES, training.title)
    buffer = io.StringIO()
    buffer.write("\ufeff")  # Excel opens UTF-8 with a BOM correctly
    writer = spreadsheets.csv_writer(buffer)  # names are typed by anyone: no formulas
    days = training.days
    labels = dict(AttendanceRecord.Status.choices)
    writer.writerow(
        [
            _("Full name"),
            _("Sex"),
            _("Year of birth"),
            _("District"),
            _("Organisation"),
            _("Pre-test score"),
            _("Post-test score"),
            # The two above are out of 100, as stored and counted; these say the scale the
            # paper tests were marked on and the scores as marked (6.5 out of 10 for 65).
            _("Paper test scale"),
            _("Pre-test score on the test scale"),
            _("Post-test score on the test scale"),
            *[day.strftime("%d/%m/%Y") for day in days],
        ]
    )
    scale = training.score_scale

    def marked(score):
        return "" if score is None else f"{paper_scores.on_scale(score, scale):f}"

    for row in training_selectors.attendance_grid(training):
        attendee = row["attendee"]
        person = attendee.person
        writer.writerow(
            [
                person.full_name,
                person.get_sex_display() if person.sex else "",
                person.birth_year or "",
                person.district or "",
                person.organisation or "",
                attendee.pre_score if attendee.pre_score is not None else "",
                attendee.post_score if attendee.post_score is not None else "",
                scale,
                marked(attendee.pre_score),
                marked(attendee.post_score),
                *[labels.get(status, "") for status in row["statuses"]],
            ]
        )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="hoc-vien-{training.pk}.csv"'
    return response


@login_required
def evaluation_results(request, pk: int):
    training = _visible_training(request, pk)
    return render(
        request,
        "courses/trainings/evaluations.html",
        {"training": training, "results": training_selectors.evaluation_results(training)},
    )
