# Sourced by the quality scripts: runs Lighthouse and the Nu checker on the pages in PAGES
# ("name /path" entries), prints the scores and every scored audit below full marks, and
# exits non-zero when a required score is below 100 or the checker finds an error.
# Needs BASE, OUT, TOOLS, CHROME, FLAGS and VNU_JAR; COOKIE (optional) signs the requests in.
# $1: the categories that must score 100, "all" or "a11y-bp" (for noindex pages, where SEO
# is reported but cannot be full).
check_pages() {
  local required=$1 failed=0 entry name path scores a b s
  local curl_auth=() lighthouse_auth=()
  if [ -n "${COOKIE:-}" ]; then
    curl_auth=(-H "Cookie: $COOKIE")
    lighthouse_auth=(--extra-headers="$(node -e 'console.log(JSON.stringify({Cookie: process.argv[1]}))' "$COOKIE")")
  fi
  printf '\n%-14s %-60s %6s %6s %6s\n' page url a11y bp seo
  for entry in "${PAGES[@]}"; do
    name=${entry%% *}; path=${entry#* }
    curl -fs "${curl_auth[@]}" "$BASE$path" -o "$OUT/pages/$name.html"
    CHROME_PATH="$CHROME" "$TOOLS/node_modules/.bin/lighthouse" "$BASE$path" --quiet \
      --only-categories=accessibility,best-practices,seo "${lighthouse_auth[@]}" \
      --chrome-flags="$FLAGS" \
      --output=json --output-path="$OUT/lighthouse/$name.json" >/dev/null 2>"$OUT/lighthouse/$name.log" || true
    scores=$(node -e '
      const r = require(process.argv[1]);
      const c = r.categories;
      const s = k => c[k] && c[k].score !== null ? Math.round(c[k].score * 100) : "err";
      console.log([s("accessibility"), s("best-practices"), s("seo")].join(" "));
    ' "$OUT/lighthouse/$name.json" 2>/dev/null || echo "err err err")
    read -r a b s <<<"$scores"
    printf '%-14s %-60s %6s %6s %6s\n' "$name" "$path" "$a" "$b" "$s"
    if [ "$required" = all ]; then [ "$a$b$s" = "100100100" ] || failed=1; else [ "$a$b" = "100100" ] || failed=1; fi
  done

  echo
  echo "Audits below full marks:"
  for entry in "${PAGES[@]}"; do
    name=${entry%% *}
    node -e '
      const r = require(process.argv[1]);
      for (const cat of Object.values(r.categories))
        for (const ref of cat.auditRefs) {
          const a = r.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${process.argv[2]}: [${cat.id}] ${a.id}: ${a.title}`);
        }
    ' "$OUT/lighthouse/$name.json" "$name" 2>/dev/null || echo "  $name: no Lighthouse report (see $OUT/lighthouse/$name.log)"
  done

  echo
  echo "W3C Nu HTML checker (errors only):"
  if java -jar "$VNU_JAR" --errors-only --format gnu "$OUT"/pages/*.html 2>"$OUT/vnu.txt"; then
    echo "  no errors in ${#PAGES[@]} pages"
  else
    sed 's#^.*/pages/#  #' "$OUT/vnu.txt"
    failed=1
  fi
  echo
  echo "Reports: $OUT"
  return $failed
}
