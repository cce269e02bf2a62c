#pragma once

#include <QTest>

// QVERIFY for a Result or a Status (domain/result.h): fails the test with the error's text
// unless it is ok. The argument is evaluated once, so it may be the call itself.
#define QVERIFY_OK(result)                                                                         \
    do {                                                                                           \
        const auto &qverifyOkResult_ = (result);                                                   \
        const bool qverifyOkPassed_ = qverifyOkResult_.ok();                                       \
        if (!QTest::qVerify(qverifyOkPassed_, #result " is ok",                                    \
                            qverifyOkPassed_ ? "" : qPrintable(qverifyOkResult_.error().text()),   \
                            __FILE__, __LINE__))                                                   \
            return;                                                                                \
    } while (false)
