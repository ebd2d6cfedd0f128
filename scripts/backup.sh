#!/usr/bin/env bash
# Nightly backup: a PostgreSQL dump (custom format, restorable table by table) and a
# tarball of the uploaded files (MEDIA_ROOT and PRIVATE_ROOT). Old backups are removed
# after KEEP_DAYS. Copy BACKUP_DIR off the machine (rsync, object storage) as well.
#   DATABASE_URL=postgres://… MEDIA_ROOT=… BACKUP_DIR=/var/backups/lms scripts/backup.sh
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must point at the PostgreSQL database}"
BACKUP_DIR=${BACKUP_DIR:-/var/backups/lms}
MEDIA_ROOT=${MEDIA_ROOT:-${LMS_VAR_DIR:-var}/media}
PRIVATE_ROOT=${PRIVATE_ROOT:-${LMS_VAR_DIR:-var}/private}
KEEP_DAYS=${KEEP_DAYS:-14}
stamp=$(date +%Y%m%d-%H%M%S)
mkdir -p "$BACKUP_DIR" "$MEDIA_ROOT" "$PRIVATE_ROOT"

pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" \
  --file="$BACKUP_DIR/db-$stamp.dump.partial"
mv "$BACKUP_DIR/db-$stamp.dump.partial" "$BACKUP_DIR/db-$stamp.dump"

tar --create --gzip --file="$BACKUP_DIR/files-$stamp.tar.gz.partial" \
  --directory="$(dirname "$MEDIA_ROOT")" "$(basename "$MEDIA_ROOT")" \
  --directory="$(cd "$(dirname "$PRIVATE_ROOT")" && pwd)" "$(basename "$PRIVATE_ROOT")"
mv "$BACKUP_DIR/files-$stamp.tar.gz.partial" "$BACKUP_DIR/files-$stamp.tar.gz"

find "$BACKUP_DIR" -maxdepth 1 \( -name 'db-*.dump' -o -name 'files-*.tar.gz' \) \
  -mtime +"$KEEP_DAYS" -delete
echo "$BACKUP_DIR/db-$stamp.dump $BACKUP_DIR/files-$stamp.tar.gz"
