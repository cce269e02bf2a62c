#pragma once

#include <QString>

// An Admissions Desk file with enough pages that damage in its middle misses the schema, for
// the tests of what the program does with damaged files.
class DamageableFile
{
public:
    // Creates the file (closed, checkpointed, in rollback-journal mode so that every page is in
    // the main file); returns an error text, empty on success.
    static QString create(const QString &path);
    // Overwrites `count` pages from page `first` (counted from 0) with a byte pattern.
    static bool overwritePages(const QString &path, int first, int count);
    // Cuts the file to half its size (plus a little, so no page boundary).
    static bool truncate(const QString &path);

    static constexpr int PageSize = 4096;
};
