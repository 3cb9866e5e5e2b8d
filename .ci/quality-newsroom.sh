#!/usr/bin/env bash
# Page quality of the newsroom's writing screens, run by hand like .ci/quality.sh: starts the
# site with the demo magazine, makes an editor with the create-user verb, signs in, saves a
# story twice (so it has revisions to compare), then runs Lighthouse 12 and the W3C Nu
# checker, signed in (the cookie goes to Lighthouse with --extra-headers), on the story
# editor, the story list and the revision comparison, in both editions.
# Exits non-zero when a score is below 100 or the checker finds an error.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${QUALITY_OUT:-$ROOT/artifacts/quality-newsroom}
TOOLS=${QUALITY_TOOLS:-$ROOT/artifacts/quality-tools}
PORT=${QUALITY_PORT:-5098}
CHROME=${CHROME_PATH:-/usr/bin/chromium}
BASE="http://localhost:$PORT"
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
SITE_DLL="src/Magazine.Web/bin/Release/net10.0/Magazine.Web.dll"
EMAIL="quality-editor@example.com"
PASSWORD="quality-check-passphrase-1"
Magazine__DataDirectory="$DATA" Magazine__SeedDemoContent=true ASPNETCORE_URLS="$BASE" ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$SITE_DLL" >"$OUT/site.log" 2>&1 &
SITE=$!
trap 'kill $SITE 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 90); do curl -fs -o /dev/null "$BASE/robots.txt" && break; sleep 1; done
Magazine__DataDirectory="$DATA" ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$SITE_DLL" create-user --email "$EMAIL" --password "$PASSWORD" --role Editor >/dev/null

# Signs in and saves a demo story twice; prints the sign-in cookie and the story's id. The
# cookie is Secure outside Development, so it is handed over as a header rather than by a jar.
read -r STORY COOKIE < <(python3 - "$BASE" "$EMAIL" "$PASSWORD" <<'PY'
import html, http.cookiejar, re, sys, urllib.parse, urllib.request
base, email, password = sys.argv[1:]
jar = http.cookiejar.CookieJar()
class KeepSecure(urllib.request.HTTPCookieProcessor):
    def http_request(self, request):
        request = super().http_request(request)
        secure = "; ".join(f"{c.name}={c.value}" for c in jar if c.secure)
        if secure:
            request.add_header("Cookie", (request.get_header("Cookie") + "; " if request.get_header("Cookie") else "") + secure)
        return request
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args): return None
opener = urllib.request.build_opener(KeepSecure(jar), NoRedirect)
def get(path):
    return opener.open(base + path).read().decode()
def post(path, fields):
    try:
        return opener.open(base + path, urllib.parse.urlencode(fields).encode())
    except urllib.error.HTTPError as answer:
        return answer
def token(page):
    return html.unescape(re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page).group(1))
post("/account/signin", {"Email": email, "Password": password, "ReturnUrl": "", "__RequestVerificationToken": token(get("/account/signin"))})
listing = get("/admin/stories/published")
story = re.search(r'href="/admin/stories/(\d+)"', listing).group(1)
for change in (" Updated once.", " Updated twice, with more words."):
    page = get(f"/admin/stories/{story}")
    form = re.search(r'<form id="story-form".*?</form>', page, re.S).group(0)
    fields = {n: html.unescape(v) for n, v in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form) if n != "Form.HeroImage"}
    fields.update({n: html.unescape(v) for n, v in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>\n?(.*?)</textarea>', form, re.S)})
    for name, body in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
        chosen = re.search(r'<option[^>]*value="([^"]*)"[^>]*selected', body) or re.search(r'<option[^>]*value="([^"]*)"', body)
        fields[name] = html.unescape(chosen.group(1)) if chosen else ""
    fields.pop("Form.IsFeatured", None)
    fields["Form.BodyMarkdown"] += change
    fields["Form.Command"] = "Save"
    post(f"/admin/stories/{story}", fields)
print(story, "; ".join(f"{c.name}={c.value}" for c in jar))
PY
)

PAGES=("editor /admin/stories/$STORY" "list /admin/stories" "diff /admin/stories/$STORY/revisions/compare"
       "editor-ar /ar/admin/stories/$STORY" "list-ar /ar/admin/stories" "diff-ar /ar/admin/stories/$STORY/revisions/compare")

# The newsroom is noindex by design: SEO is reported, accessibility and best practices must be 100.
source .ci/quality-pages.sh
check_pages a11y-bp
