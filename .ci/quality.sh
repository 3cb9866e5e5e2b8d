#!/usr/bin/env bash
# Page quality, run by hand (not part of `dotnet test`): starts the site with the demo
# magazine, then for the home page, a story page, a section page and the newsletter page in both editions
#   - runs Lighthouse 12 (accessibility, best practices, SEO) and prints the scores
#     and every audit below 1,
#   - saves the HTML and runs the W3C Nu HTML checker on it, printing every error.
# Exits non-zero when a score is below 100 or the checker finds an error.
# Needs Node (npm registry), Java and Chromium; see docs/quality/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${QUALITY_OUT:-$ROOT/artifacts/quality}
TOOLS=${QUALITY_TOOLS:-$ROOT/artifacts/quality-tools}
PORT=${QUALITY_PORT:-5099}
CHROME=${CHROME_PATH:-/usr/bin/chromium}
BASE="http://localhost:$PORT"
# The browser tests launch Chromium with the same flags.
FLAGS="--headless=new $(grep -v '^#' .ci/chromium-flags | tr '\n' ' ')"
rm -rf "$OUT" && mkdir -p "$OUT/pages" "$OUT/lighthouse"

if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ] || [ ! -d "$TOOLS/node_modules/vnu-jar" ]; then
  echo "Installing lighthouse@12 and vnu-jar into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" lighthouse@12 vnu-jar >/dev/null
fi
VNU_JAR=$(node -p "String(require('$TOOLS/node_modules/vnu-jar'))")

echo "Building and starting the site on $BASE"
dotnet build src/Magazine.Web -c Release -v quiet -nologo >/dev/null
DATA=$(mktemp -d)
Magazine__DataDirectory="$DATA" Magazine__SeedDemoContent=true ASPNETCORE_URLS="$BASE" ASPNETCORE_ENVIRONMENT=Production \
  dotnet "src/Magazine.Web/bin/Release/net10.0/Magazine.Web.dll" >"$OUT/site.log" 2>&1 &
SITE=$!
trap 'kill $SITE 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 60); do curl -fs -o /dev/null "$BASE/robots.txt" && break; sleep 1; done

STORY=$(curl -fs "$BASE/" | grep -o 'class="lead-title"><a href="[^"]*"' | sed 's/.*href="//;s/"$//')
SECTION=$(curl -fs "$BASE/" | grep -o 'href="/section/[^"]*"' | head -1 | sed 's/href="//;s/"$//')
# A story lives in its own language's edition: the Arabic edition's lead is an Arabic story.
STORY_AR=$(curl -fs "$BASE/ar/" | grep -o 'class="lead-title"><a href="[^"]*"' | sed 's/.*href="//;s/"$//')
# The demo's translated story: its Arabic version, reached by the English one's language switch.
TRANSLATION=$(curl -fs "$BASE/2026/11/aleppo-covered-market-reopens" | grep -o 'class="edition-switch" href="[^"]*"' | sed 's/.*href="//;s/"$//')
# The demo's corrected story, named by the corrections page (the address without its note's anchor).
CORRECTED=$(curl -fs "$BASE/corrections" | grep -o 'class="correction-story"[^>]*><a href="[^"#]*' | head -1 | sed 's/.*href="//')
PAGES=("home /" "story $STORY" "section $SECTION" "home-ar /ar/" "story-ar $STORY_AR" "section-ar /ar$SECTION" "translation $TRANSLATION" "newsletter /newsletter" "newsletter-ar /ar/newsletter"
  "corrected $CORRECTED" "corrections /corrections" "corrections-ar /ar/corrections")

source .ci/quality-pages.sh
check_pages all
