# Sourced by scripts/test.sh: sets CHROMIUM_PATH to a usable Chromium — an installed one, else Debian's package
# when we are root, else Playwright's own download (CHROMIUM_PATH left empty: Playwright uses its bundled browser).
if [ -z "${CHROMIUM_PATH:-}" ]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then CHROMIUM_PATH=$(command -v "$candidate"); break; fi
  done
fi
if [ -z "${CHROMIUM_PATH:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium package…"
  (apt-get update -q && apt-get install -y -q chromium) >/tmp/hookstack-chromium-install.log 2>&1 \
    && CHROMIUM_PATH=$(command -v chromium) || echo "apt-get install chromium failed (see /tmp/hookstack-chromium-install.log)"
fi
if [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "no system Chromium: downloading Playwright's own"
  npx playwright install chromium || echo "could not get a browser: the end-to-end tests will fail"
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-}"
echo "browser: ${CHROMIUM_PATH:-playwright bundled chromium}"
