#!/usr/bin/env bash
# The whole production stack on one machine, with one command:
#   set -a; . /etc/lms/env; set +a; scripts/serve-production.sh
# Migrates, collects static files, then runs DB_WORKERS background workers, a scheduler
# for go-live dates and clean-ups, and gunicorn (workers by core count) in the
# foreground. Ctrl-C or SIGTERM stops everything. PostgreSQL and Redis must be running;
# for a real server use the systemd units in deploy/systemd instead (docs/deploy.md).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DJANGO_SETTINGS_MODULE:=lms.settings.production}"
export DJANGO_SETTINGS_MODULE
PY=.venv/bin/python

$PY manage.py migrate --no-input
$PY manage.py collectstatic --no-input -v 0

children=()
stop() { kill -TERM "${children[@]}" 2>/dev/null || true; wait || true; }
trap stop EXIT INT TERM

for n in $(seq 1 "${DB_WORKERS:-2}"); do
  $PY manage.py db_worker --backend background --queue-name default --no-reload \
    --worker-id "worker-$(hostname)-$n" &
  children+=($!)
done

# Every five minutes: pages whose go-live date has come; once a day: clean-ups.
(
  ticks=0
  while true; do
    $PY manage.py publish_scheduled || true
    $PY manage.py recover_certificate_jobs --stale-minutes 10 || true
    if (( ticks % 288 == 0 )); then
      $PY manage.py purge_certificate_zips --days 7 || true
      $PY manage.py purge_sheet_previews --days 2 || true
      $PY manage.py prune_db_task_results --backend background --min-age-days 30 || true
    fi
    ticks=$((ticks + 1))
    sleep 300
  done
) &
children+=($!)

.venv/bin/gunicorn -c deploy/gunicorn.conf.py lms.wsgi &
children+=($!)
wait -n
