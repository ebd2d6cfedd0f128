"""Answers to other apps' signals."""

import logging

from certificates.services import CertificateRefused, issue_certificate

logger = logging.getLogger(__name__)


def issue_on_completion(sender, enrolment, **kwargs):
    """A course was completed: issue its certificate (the completion rule already held)."""
    if enrolment.course_id is None:
        return
    try:
        issue_certificate(enrolment.person, enrolment.course)
    except CertificateRefused:
        # The completion stays recorded; the department sees the learner among those
        # eligible without a certificate and can issue once the profile is fixed.
        logger.warning("No certificate for enrolment %s: profile incomplete", enrolment.pk)
    except Exception:  # noqa: BLE001 - the learner's passed test must not turn into an error page
        logger.exception("Issuing the certificate of enrolment %s failed", enrolment.pk)
