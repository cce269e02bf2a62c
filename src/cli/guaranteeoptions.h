#pragma once

#include "domain/guaranteeterms.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

class Invocation;

// A cohort's job guarantee terms on the command line, the same for `cohort add` and `cohort
// set-guarantee`: --guarantee-days, --check-in and --min-applications.
class GuaranteeOptions
{
    Q_DECLARE_TR_FUNCTIONS(GuaranteeOptions)

public:
    static QList<QCommandLineOption> options();
    // Whether any of them was given.
    static bool given(const Invocation &invocation);
    // `terms` with the options given; false once the usage error is on stderr.
    [[nodiscard]] static bool apply(Invocation &invocation, GuaranteeTerms &terms);
};
