"""What certificates add to pages of other apps, registered in CertificatesConfig.ready:
the certificates section of a training's staff page."""

from django.template.loader import render_to_string

from certificates.models import Certificate


def training_panel(request, training, may_edit: bool) -> str:
    issued = Certificate.objects.valid().filter(training=training).count()
    return render_to_string(
        "certificates/includes/training_panel.html",
        {"training": training, "issued": issued, "may_edit": may_edit},
        request=request,
    )
