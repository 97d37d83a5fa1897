#!/usr/bin/env bash
# A backup of Lerend Netwerk: the database (pg_dump's custom format, compressed, restorable
# table by table) and the uploads (MEDIA_ROOT as a tar archive), in one directory named
# after the moment (UTC), with their checksums. The site keeps running meanwhile: pg_dump
# reads one consistent snapshot, and the uploads are archived after it, so that every file
# the dump refers to is in the archive. Restore with scripts/restore.sh (docs/deployment.md,
# "Backups").
#
#   DATABASE_URL=postgres://user:password@host:5432/lerendnetwerk MEDIA_ROOT=/srv/lerendnetwerk/media \
#       scripts/backup.sh /var/backups/lerendnetwerk
#
# Prints the new backup's directory. pg_dump must be of the server's major version or newer.
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must name the database to back up}"
MEDIA_ROOT=${MEDIA_ROOT:-$(cd "$(dirname "$0")/.." && pwd)/media}
BACKUP_DIR=${1:-${BACKUP_DIR:-backups}}

target="$BACKUP_DIR/lerendnetwerk-$(date -u +%Y%m%dT%H%M%SZ)"
partial="$target.partial"
mkdir -p "$partial"
trap 'rm -rf "$partial"' EXIT  # a failed backup leaves nothing that looks like one

pg_dump --format=custom --file="$partial/database.dump" "$DATABASE_URL"
if [ -d "$MEDIA_ROOT" ]; then
  tar --create --gzip --file="$partial/media.tar.gz" --directory="$MEDIA_ROOT" .
else
  echo "backup: MEDIA_ROOT $MEDIA_ROOT does not exist; the backup has no uploads" >&2
  tar --create --gzip --file="$partial/media.tar.gz" --files-from=/dev/null
fi
(cd "$partial" && sha256sum database.dump media.tar.gz >SHA256SUMS)

mv "$partial" "$target"
trap - EXIT
echo "$target"
