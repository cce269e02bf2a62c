#!/usr/bin/env bash
# tests/layout/plant-violations.sh: check-layout.sh must catch each kind of violation. Plants one
# at a time in a scratch copy of src/ that passes nothing else to the check (only the planted
# file is new), and expects a failure that names the planted file and line.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
check="$here/check-layout.sh"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
failures=0

# A copy of the folders the rules name, holding no C++ file: a violation is all there is to find.
fresh() {
    rm -rf "$scratch/src"
    for folder in core/services core/domain gui cli app; do
        mkdir -p "$scratch/src/$folder"
    done
}

# expect_caught FILE LINE: a copy with LINE in FILE must fail the check, naming FILE:1.
expect_caught() {
    local file=$1 line=$2 output
    fresh
    printf '%s\n' "$line" >"$scratch/src/$file"
    if output=$("$check" "$scratch/src" 2>&1); then
        echo "NOT CAUGHT: $file: $line"
        failures=$((failures + 1))
    elif ! grep -q "^$file:1:" <<<"$output"; then
        echo "CAUGHT WITHOUT NAMING $file:1: $output"
        failures=$((failures + 1))
    fi
}

# expect_passed FILE LINE: lines that look alike but break no rule.
expect_passed() {
    local file=$1 line=$2 output
    fresh
    printf '%s\n' "$line" >"$scratch/src/$file"
    if ! output=$("$check" "$scratch/src" 2>&1); then
        echo "WRONGLY CAUGHT: $file: $line: $output"
        failures=$((failures + 1))
    fi
}

expect_caught core/services/x.cpp '    sql.exec(QStringLiteral("SELECT id FROM cohorts WHERE id = ?"));'
expect_caught core/services/x.cpp '    sql.exec(QStringLiteral("UPDATE applications SET status = ?"));'
expect_caught gui/x.cpp '    const QString q = "INSERT INTO applicants (email) VALUES (?)";'
expect_caught cli/x.cpp '    sql.exec(QStringLiteral("PRAGMA cache_size = -65536"));'
expect_caught core/services/x.cpp '    sql.exec(QStringLiteral("SAVEPOINT item"));'
expect_caught app/x.cpp '    QSqlQuery query(db);'
expect_caught gui/x.cpp '#include "db/sql.h"'
expect_caught gui/x.cpp '#include "repositories/cohortrepository.h"'
expect_caught gui/x.cpp '#include <QSqlQuery>'
expect_caught core/domain/x.h '#include "db/database.h"'
expect_caught core/domain/x.h '#include "services/statusservice.h"'

expect_passed gui/x.cpp '    label->setText(tr("Select a cohort first"));'
expect_passed cli/x.cpp '    "checked (PRAGMA quick_check) and found to hold as many rows"'
expect_passed gui/x.cpp '#include "db/database.h"'
expect_passed core/domain/x.h '#include "domain/result.h"'

# A rule whose folder is gone fails rather than checking nothing.
fresh
rm -rf "$scratch/src/gui"
if "$check" "$scratch/src" >/dev/null 2>&1; then
    echo "NOT CAUGHT: a rule's folder (gui/) is missing"
    failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures planted case(s) wrong"
    exit 1
fi
echo "every planted violation caught, every look-alike passed"
