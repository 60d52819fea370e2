#!/usr/bin/env bash
# Writes a migration for both providers from the change to prisma/models.prisma since HEAD (no database needed):
# Prisma's migrate dev cannot run with a driver adapter, so we diff datamodel against datamodel.
#   npm run migration:new -- <name>
set -euo pipefail
name=${1:?usage: npm run migration:new -- <name>}
cd "$(dirname "$0")/.."
ts=$(date -u +%Y%m%d%H%M%S)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for p in sqlite postgres; do
  mkdir -p "$tmp/$p" "prisma/$p/migrations/${ts}_${name}"
  cp "prisma/$p/schema.prisma" "$tmp/$p/"
  out="prisma/$p/migrations/${ts}_${name}/migration.sql"
  if git cat-file -e HEAD:prisma/models.prisma 2>/dev/null && [ -n "$(ls prisma/$p/migrations | grep -v migration_lock)" ] && [ "${FROM_EMPTY:-}" != 1 ]; then
    git show HEAD:prisma/models.prisma > "$tmp/$p/models.prisma"
    npx prisma migrate diff --from-schema-datamodel "$tmp/$p" --to-schema-datamodel "prisma/$p" --script -o "$out"
  else
    npx prisma migrate diff --from-empty --to-schema-datamodel "prisma/$p" --script -o "$out"
  fi
  echo "wrote $out"
done
