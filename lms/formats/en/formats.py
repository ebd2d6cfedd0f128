# The English interface keeps the programme's dd/mm/yyyy dates; only numbers differ.
from lms.formats.vi.formats import *  # noqa: F403

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
