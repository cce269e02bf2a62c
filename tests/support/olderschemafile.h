#pragma once

#include <QString>

// An Admissions Desk file as an older program left it: the migrations up to `version` and no
// further, holding applicant 1 (Zoë Müller, zoe@example.org) with application 7 on track SWE
// and its first status event: a file that DatabaseCheck finds sound.
class OlderSchemaFile
{
public:
    // Returns an error text, empty on success.
    static QString create(const QString &path, int version);
};
