#!/usr/bin/env bash
# Prints the results of bench/run.sh as one Markdown table, with each figure's ratio to
# the static-file bound and to the 1,000-story run.
set -euo pipefail
OUT=${1:-bench/out}
awk -F'\t' -v memfile="$OUT/memory.txt" -v startfile="$OUT/startup.txt" '
function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
function kb(v) { if (v ~ /KB$/) return v + 0; if (v ~ /MB$/) return v * 1024; if (v ~ /GB$/) return v * 1048576; return v / 1024 }
BEGIN {
  while ((getline line < memfile) > 0) { split(line, m, " "); mem[m[1]] = m[2] }
  while ((getline line < startfile) > 0) { split(line, s, " "); start[s[1]] = s[2] }
}
{ label[NR] = $1; conn[NR] = $2; rps[NR] = $3; p50[NR] = $4; p99[NR] = $5; bytes[NR] = kb($7) * 1024 / $6; bad[NR] = $8
  key = $1 "@" $2; byKey[key] = $3 }
END {
  print "| run | conns | req/s | p50 ms | p99 ms | bytes/resp | vs static | vs 1k | non-2xx |"
  print "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for (i = 1; i <= NR; i++) {
    static = byKey["static/story.html@" conn[i]]
    split(label[i], parts, "/")
    small = (parts[1] == "100000") ? byKey["1000/" parts[2] "/" parts[3] "@" conn[i]] : ""
    printf "| %s | %s | %.0f | %.2f | %.2f | %.0f | %s | %s | %s |\n", label[i], conn[i], rps[i], ms(p50[i]), ms(p99[i]), bytes[i],
      static ? sprintf("%.0f%%", 100 * rps[i] / static) : "", small ? sprintf("%.0f%%", 100 * rps[i] / small) : "", bad[i]
  }
  print ""
  print "| run | peak memory MB | start to first story page ms |"
  print "|---|---:|---:|"
  for (k in mem) { split(k, p, "-"); printf "| %s stories, cache %s | %s | %s |\n", p[2], p[3], mem[k], start["startup-" p[2] "-" p[3]] }
}' "$OUT/results.tsv"
