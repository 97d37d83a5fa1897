#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into a fresh database and an empty media
# directory; it never overwrites: an existing database with tables, or a media directory
# with files, is refused. Then point DATABASE_URL and MEDIA_ROOT at them and check with
# `manage.py migrate --check` before starting the processes (docs/deployment.md, "Backups").
#
#   scripts/restore.sh /var/backups/lerendnetwerk/lerendnetwerk-20261203T031500Z \
#       postgres://user:password@host:5432/lerendnetwerk_restored /srv/lerendnetwerk/media-restored
#
# The database is created when it does not exist (through the server's `postgres`
# database, as the same user); an existing empty one is used as it is. Objects are owned
# by the restoring user (--no-owner, --no-privileges): the dump's roles need not exist.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 BACKUP_DIRECTORY TARGET_DATABASE_URL TARGET_MEDIA_ROOT" >&2
  exit 2
fi
backup=$1
target_url=$2
media_root=$3

for file in database.dump media.tar.gz SHA256SUMS; do
  [ -f "$backup/$file" ] || { echo "restore: $backup/$file is missing" >&2; exit 1; }
done
(cd "$backup" && sha256sum --check --quiet SHA256SUMS) || { echo "restore: the backup is damaged (checksums)" >&2; exit 1; }

# postgres://user:password@host:port/name?options → the name, and the same server's `postgres` database.
without_options=${target_url%%\?*}
options=${target_url#"$without_options"}
name=${without_options##*/}
maintenance_url="${without_options%/*}/postgres$options"
if ! [[ $name =~ ^[A-Za-z0-9_]+$ ]]; then
  echo "restore: use a database name of letters, digits and _ (not '$name')" >&2
  exit 1
fi

if [ -n "$(find "$media_root" -mindepth 1 -print -quit 2>/dev/null)" ]; then
  echo "restore: $media_root is not empty; restore the uploads into an empty directory" >&2
  exit 1
fi

exists=$(psql --no-psqlrc --tuples-only --no-align --dbname="$maintenance_url" \
  --command="SELECT 1 FROM pg_database WHERE datname = '$name'")
if [ "$exists" = "1" ]; then
  tables=$(psql --no-psqlrc --tuples-only --no-align --dbname="$target_url" \
    --command="SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
  if [ "$tables" != "0" ]; then
    echo "restore: database $name already has $tables tables; restore into a fresh database" >&2
    exit 1
  fi
else
  psql --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --dbname="$maintenance_url" --command="CREATE DATABASE \"$name\""
fi

pg_restore --no-owner --no-privileges --exit-on-error --dbname="$target_url" "$backup/database.dump"
mkdir -p "$media_root"
tar --extract --gzip --file="$backup/media.tar.gz" --directory="$media_root" --no-same-owner

echo "Restored $backup into database $name and $media_root."
echo "Next: DATABASE_URL=… MEDIA_ROOT=$media_root python manage.py migrate --check, then start the processes."
