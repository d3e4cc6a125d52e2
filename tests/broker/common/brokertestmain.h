#pragma once

#include <broker/epolleventdispatcher.h>

#include <QCoreApplication>
#include <QTest>

/// QTEST_GUILESS_MAIN with the broker's event dispatcher on the test's thread: the broker under
/// test (and the test's clients) run on epoll, as in `mqtt-workbench broker` and the GUI's
/// broker thread. Tests outside this folder keep Qt's dispatcher, so both stay covered.
#define BROKER_TEST_MAIN(TestObject)                                                               \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication::setEventDispatcher(new broker::EpollEventDispatcher);                    \
        QCoreApplication app(argc, argv);                                                          \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
