"""The demo site: content pages of the six tracks, question banks, demo accounts and
invented learners and trainings. The top floor: it imports every app and no app imports
it (a test fails if one does). `manage.py seed_demo` loads it; production never does."""
