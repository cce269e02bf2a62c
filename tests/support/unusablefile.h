#pragma once

#include <QString>

// A file this program must not take for one of its databases or backups, of each kind a person
// may pick by mistake or a disk may leave behind.
class UnusableFile
{
public:
    enum class Kind
    {
        Empty,     // 0 bytes
        Text,      // a CSV file
        Damaged,   // one of ours with pages in its middle overwritten
        Truncated, // one of ours cut to half its length
        Foreign,   // another program's SQLite database
        Newer      // one of ours from a newer program (user_version above the latest)
    };

    // Returns an error text, empty on success.
    static QString create(const QString &path, Kind kind);
};
