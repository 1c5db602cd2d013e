#!/usr/bin/env bash
# The config repository's pipeline: the one script every CI runs, each CI file a thin wrapper
# (GitHub Actions: .github/workflows/config-repo.yml; Jenkins: Jenkinsfile; TeamCity: one
# command-line build step, see README "Promotion: dev → UAT → prod"). Its steps, in order:
#
#   install     npm ci
#   test        npm test
#   stale-dist  npm run synth, then git diff --exit-code dist/ (and no new file in it): the
#               committed dist/ is exactly what the committed environments render
#   validate    npm run validate
#   summary     the per-object change summary of dist/ against the target branch (npm run diff
#               with the target's dist/ as the "before"), written to $CHANGE_SUMMARY_FILE as the
#               Markdown of a pull request comment
#
# Usage: ci/config-repo-checks.sh [<step>...]   (default: every step, in that order)
# Environment:
#   BASE_REF             the target branch to summarize against (default origin/main); a missing
#                        origin/<branch> is fetched first
#   CHANGE_SUMMARY_FILE  where the summary goes (default change-summary.md, relative to the repo)
# Exit status: 0 every step passed, else the failing step's (the steps after it do not run).
set -euo pipefail
cd "$(dirname "$0")/.."

STEPS=(install test stale-dist validate summary)
BASE_REF="${BASE_REF:-origin/main}"
CHANGE_SUMMARY_FILE="${CHANGE_SUMMARY_FILE:-change-summary.md}"
# GitHub refuses comments over 65536 characters: the summary is cut there, the whole text stays in the log.
MAX_COMMENT_CHARS=60000

step_install() { npm ci; }

step_test() { npm test; }

step_stale_dist() {
  npm run synth
  local untracked
  untracked="$(git ls-files --others --exclude-standard -- dist/)"
  if ! git diff --quiet -- dist/ || [ -n "$untracked" ]; then
    echo "dist/ is stale: it is not what the environments render. Run npm run synth and commit dist/:" >&2
    git status --short -- dist/ >&2
    return 1
  fi
  echo "dist/ is what the environments render"
}

step_validate() { npm run validate; }

step_summary() {
  if ! git rev-parse --verify --quiet "$BASE_REF^{commit}" >/dev/null && [[ "$BASE_REF" == origin/* ]]; then
    git fetch --no-tags --quiet origin "+refs/heads/${BASE_REF#origin/}:refs/remotes/$BASE_REF"
  fi
  local base status
  base="$(mktemp -d)"
  mkdir "$base/dist"
  # The target branch's dist/ is the "before"; a fresh synth of this branch (its dist/, by stale-dist) the "after".
  if git cat-file -e "$BASE_REF:dist" 2>/dev/null; then git archive "$BASE_REF" dist | tar -x -C "$base"; fi
  status=0
  CALYPSO_DIST_DIR="$base/dist" npm run --silent diff >"$base/summary.txt" || status=$?
  if [ "$status" -gt 1 ]; then
    cat "$base/summary.txt"
    rm -rf "$base"
    echo "the change summary failed (npm run diff exit status $status)" >&2
    return "$status"
  fi
  cat "$base/summary.txt"
  {
    echo "<!-- calypso-k8s change summary -->"
    echo "### \`dist/\` against \`$BASE_REF\`: $(tail -n 1 "$base/summary.txt")"
    echo
    echo '```diff'
    head -c "$MAX_COMMENT_CHARS" "$base/summary.txt"
    echo
    echo '```'
    if [ "$(wc -c <"$base/summary.txt")" -gt "$MAX_COMMENT_CHARS" ]; then
      echo "Cut at $MAX_COMMENT_CHARS characters: the whole summary is in the job's log and artifact."
    fi
  } >"$CHANGE_SUMMARY_FILE"
  rm -rf "$base"
  echo "change summary written to $CHANGE_SUMMARY_FILE"
}

run_step() {
  case "$1" in
    install) step_install ;;
    test) step_test ;;
    stale-dist) step_stale_dist ;;
    validate) step_validate ;;
    summary) step_summary ;;
    *)
      echo "unknown step $1 (steps: ${STEPS[*]})" >&2
      return 2
      ;;
  esac
}

for step in "${@:-${STEPS[@]}}"; do
  echo "== $step"
  run_step "$step"
done
