#!/usr/bin/env bash
# tests/layout/check-layout.sh [SRC]   (SRC defaults to the repository's src/)
#
# The layout rules of ARCHITECTURE.md, checked by path. Prints every violation as
# "file:line: text  <- rule" and exits 1 when there is one. A rule naming a folder that no longer
# exists is an error too: a renamed folder must not silently end a rule.
set -euo pipefail

src="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../src" && pwd)}"
status=0

# rule NAME PATTERN FOLDER...: no line matching the extended regular expression PATTERN in the
# C++ files under any FOLDER (relative to SRC).
rule() {
    local name=$1 pattern=$2
    shift 2
    local folders=()
    for folder in "$@"; do
        if [ ! -d "$src/$folder" ]; then
            echo "$src/$folder: no such folder  <- $name (update tests/layout/check-layout.sh)"
            status=1
            continue
        fi
        folders+=("$src/$folder")
    done
    [ ${#folders[@]} -gt 0 ] || return 0
    local hits
    hits=$(grep -rnE --include='*.cpp' --include='*.h' -e "$pattern" "${folders[@]}" || true)
    [ -n "$hits" ] || return 0
    while IFS= read -r hit; do
        echo "${hit#"$src"/}  <- $name"
    done <<<"$hits"
    status=1
}

# SQL in a string literal: a statement's first words, or a pragma being run. (Upper case only, so
# that "Select a cohort" is not SQL; "PRAGMA x" only when run, not when a message names it.)
sql='"[^"]*\b(SELECT|INSERT +(OR +[A-Z]+ +)?INTO|UPDATE +[A-Za-z_]+ +SET|DELETE +FROM|CREATE +(TABLE|INDEX|UNIQUE|TRIGGER|VIEW|VIRTUAL)|DROP +(TABLE|INDEX|TRIGGER|VIEW)|ALTER +TABLE|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|VACUUM)\b|"[^"]*\bPRAGMA +[a-z_.]+ *([=(;]|")|\bQSql(Query|Record|QueryModel)\b'
rule "no SQL text in services, gui, cli or app: SQL belongs to repositories/, db/, audit/ and browse/" \
    "$sql" core/services gui cli app

# The SQL plumbing: how SQL runs, the SQLite handle, the repositories that hold the SQL.
plumbing='#include +["<](db/(sql|preparedstatement|rowstream|transaction|sqlitehandle|migrations)\.h|repositories/[a-z]+\.h|QSql(Query|Record|QueryModel|Field)|QtSql/QSql(Query|Record)|sqlite3\.h)[">]'
rule "gui/ reads through core's models and services, not the SQL plumbing or repositories" \
    "$plumbing" gui

rule "domain/ is plain types and pure rules: it includes nothing from core's other folders" \
    '#include +"(db|backup|files|repositories|services|browse|csv|demo|i18n|security)/' core/domain

exit $status
