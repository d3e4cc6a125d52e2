// The workbench fits the screen (issue 13): with every panel open, in English and German, at
// 1280x800 and 1024x768, the window does not grow past the screen, and the dialogs do not
// either; the connection's detail and publish area keeps its controls (nothing narrower than it
// needs, no column header cut).
#include "bridgedialog.h"
#include "connectionsession.h"
#include "connectiontab.h"
#include "historysearchdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messagedetailview.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "publishpanel.h"
#include "savedmessagestore.h"
#include "topictreemodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace gui;

namespace {

// The names of the visible labels and buttons below `root` that are narrower than their text.
QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    const auto check = [&](QWidget *widget, const QString &text) {
        if (!widget->isVisibleTo(root) || text.isEmpty() || widget->visibleRegion().isEmpty())
            return;
        if (widget->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            return; // deliberately elided (status lines), with the whole text in its tool tip
        // A push button's minimum (80 px) is a style choice; its text is what must fit.
        const int needed =
            qobject_cast<QPushButton *>(widget)
                ? widget->fontMetrics().horizontalAdvance(QString(text).remove(u'&')) + 8
                : widget->minimumSizeHint().width();
        if (widget->width() < needed)
            cut.append(QStringLiteral("%1 \"%2\" (%3 < %4)")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), text)
                           .arg(widget->width())
                           .arg(needed));
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->wordWrap())
            check(label, label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->text().isEmpty())
            check(button, button->text());
    }
    return cut;
}

enum class Sight
{
    Scrolling, ///< a wide table may scroll sideways
    Whole,     ///< every section wholly in sight
};

// Header sections of `header` narrower than their title, or (Sight::Whole) not wholly in sight.
QStringList cutHeaders(const QHeaderView *header, Sight sight = Sight::Whole)
{
    QStringList cut;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
        const int needed = header->fontMetrics().horizontalAdvance(title) + 8;
        const int left = header->sectionViewportPosition(section);
        const bool outOfSight =
            left < 0 || left + header->sectionSize(section) > header->viewport()->width();
        if (header->sectionSize(section) < needed || (sight == Sight::Whole && outOfSight))
            cut.append(QStringLiteral("\"%1\" (%2 < %3 at %4 of %5)")
                           .arg(title)
                           .arg(header->sectionSize(section))
                           .arg(needed)
                           .arg(left)
                           .arg(header->viewport()->width()));
    }
    return cut;
}

// Why a shown dialog does not fit a screen of `screen` (empty when it does): with the title bar
// (about 30 px) the whole dialog, its buttons included, is on the screen, and no text is cut.
QStringList dialogMisfits(QWidget *dialog, QSize screen)
{
    QStringList problems;
    const int available = std::min(screen.height(), dialog->screen()->availableGeometry().height());
    if (dialog->frameGeometry().height() + 30 > available)
        problems << QStringLiteral("height %1").arg(dialog->frameGeometry().height());
    if (dialog->width() > screen.width())
        problems << QStringLiteral("width %1").arg(dialog->width());
    return problems + cutTexts(dialog);
}

} // namespace

class TestExtrasFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(QStringLiteral("localBroker/firstRunOffered"), true);
    }

    void cleanupTestCase() { LanguageManager().setLanguage(QStringLiteral("en")); }

    void everyPanelFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("screen");
        for (const char *language : {"en", "de"}) {
            for (const QSize screen : {QSize(1280, 800), QSize(1024, 768)})
                QTest::addRow("%s-%dx%d", language, screen.width(), screen.height())
                    << QString::fromLatin1(language) << screen;
        }
    }

    void everyPanelFits()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        LanguageManager languages;
        languages.setLanguage(language);
        QCOMPARE(languages.effectiveLanguage(), language);
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
        SavedMessageStore messages(dir.filePath(QStringLiteral("messages.json")));
        MainWindow window(&profiles, &messages, nullptr, {}, {nullptr, &languages});
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionProfile profile;
        profile.name = QStringLiteral("nowhere");
        profile.options.host = QStringLiteral("127.0.0.1");
        profile.options.port = 1; // nothing listens
        ConnectionTab *tab = window.openConnection(profile);
        emit tab->session()->client()->messageReceived(
            mqtt::Message(QStringLiteral("plant/line1/machine1/temp"), "{\"temp\":21.5}"));
        tab->session()->topicTree()->flush();
        tab->topicView()->expandAll();

        // Every panel, one after the other (each must fit), then all of them together with
        // the two that the issue opened side by side.
        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        auto *connections = window.findChild<QDockWidget *>(QStringLiteral("connectionsDock"));
        QVERIFY(connections && connections->isVisible());
        QVERIFY(docks.size() >= 5);
        QStringList problems;
        for (QDockWidget *dock : docks) {
            dock->show();
            QCoreApplication::processEvents();
            if (window.width() > screen.width() || window.height() > screen.height() ||
                window.minimumSizeHint().width() > screen.width())
                problems.append(QStringLiteral("%1 makes the window %2x%3")
                                    .arg(dock->objectName())
                                    .arg(window.width())
                                    .arg(window.height()));
            if (!cutTexts(dock).isEmpty())
                problems.append(dock->objectName() + u' ' + cutTexts(dock).join(u", "));
            for (QHeaderView *header : dock->findChildren<QHeaderView *>()) {
                const QStringList cut = cutHeaders(header, Sight::Scrolling);
                if (header->orientation() == Qt::Horizontal && header->isVisible() &&
                    !cut.isEmpty())
                    problems.append(dock->objectName() + u' ' + cut.join(u", "));
            }
            if (dock->objectName() != QLatin1String("connectionsDock"))
                dock->hide();
            window.resize(screen);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
        // Where two side panels have no room, the second is tabbed with the first.
        window.findChild<QDockWidget *>(QStringLiteral("localBrokerDock"))->show();
        QCoreApplication::processEvents();
        QVERIFY(window.width() <= screen.width());
        // The connection keeps its controls: publish (Retain, QoS), detail, tree headers.
        auto *bottom = tab->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        bottom->setCurrentWidget(tab->publishPanel());
        QCoreApplication::processEvents();
        QVERIFY2(cutTexts(tab->publishPanel()).isEmpty(),
                 qPrintable(cutTexts(tab->publishPanel()).join(u", ")));
        bottom->setCurrentWidget(tab->detailView());
        QCoreApplication::processEvents();
        QVERIFY2(cutTexts(tab->detailView()).isEmpty(),
                 qPrintable(cutTexts(tab->detailView()).join(u", ")));
        // The tree's value and the list's payload stay in sight, with whole headers.
        QHeaderView *logHeader =
            tab->findChild<QTableView *>(QStringLiteral("messageLog"))->horizontalHeader();
        for (const QHeaderView *header : {tab->topicView()->header(), logHeader})
            QVERIFY2(cutHeaders(header).isEmpty(), qPrintable(cutHeaders(header).join(u", ")));
        // All of them open, one after the other as from the View menu.
        for (QDockWidget *dock : docks) {
            dock->show();
            QCoreApplication::processEvents();
            QVERIFY2(window.width() <= screen.width(),
                     qPrintable(QStringLiteral("%1 makes the window %2 px wide")
                                    .arg(dock->objectName())
                                    .arg(window.width())));
        }
        for (const QHeaderView *header : {tab->topicView()->header(), logHeader})
            QVERIFY2(cutHeaders(header).isEmpty(), qPrintable(cutHeaders(header).join(u", ")));
        for (QDockWidget *dock : docks) {
            if (dock != connections)
                dock->hide();
        }
        // Closed again, they leave Connections its own width, not the widest one's.
        QTRY_VERIFY2(connections->width() <= connections->sizeHint().width(),
                     qPrintable(QStringLiteral("%1 > %2")
                                    .arg(connections->width())
                                    .arg(connections->sizeHint().width())));
        // The counters hidden to make room come back once the side panels are closed.
        for (QDockWidget *dock : docks)
            dock->hide();
        window.resize(screen);
        QCoreApplication::processEvents();
        QHeaderView *header = tab->topicView()->header();
        for (int column = 0; column < TopicTreeModel::ColumnCount; ++column)
            QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
        for (const QHeaderView *header : {tab->topicView()->header(), logHeader})
            QVERIFY2(cutHeaders(header).isEmpty(), qPrintable(cutHeaders(header).join(u", ")));
    }

    void dialogsFit_data() { everyPanelFits_data(); }

    void dialogsFit()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        LanguageManager languages;
        languages.setLanguage(language);
        QCoreApplication::processEvents();
        ProfileDialog dialog(ConnectionProfile{}, true);
        dialog.offerConnect();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text() == ProfileDialog::tr("Advanced settings"))
                box->setChecked(true);
        }
        QCoreApplication::processEvents();
        // OK and Cancel included, and nothing cut.
        const QStringList problems = dialogMisfits(&dialog, screen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", ")));
        // The settings scroll only up and down: nothing is cut on the right.
        auto *scroll = dialog.findChild<QScrollArea *>(QStringLiteral("profileScroll"));
        QVERIFY(scroll);
        QVERIFY2(scroll->viewport()->width() >= scroll->widget()->minimumSizeHint().width() &&
                     scroll->widget()->width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("viewport %1, settings %2 (at least %3)")
                                .arg(scroll->viewport()->width())
                                .arg(scroll->widget()->width())
                                .arg(scroll->widget()->minimumSizeHint().width())));
    }

    void bridgeDialogFits_data() { everyPanelFits_data(); }

    void bridgeDialogFits()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        LanguageManager languages;
        languages.setLanguage(language);
        QCoreApplication::processEvents();
        BridgeDialog dialog(broker::BridgeSettings{}, {}); // empty: the problems are shown too
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.problems().isEmpty());
        const QStringList problems = dialogMisfits(&dialog, screen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", ")));
    }

    void historySearchDialogFits_data() { everyPanelFits_data(); }

    void historySearchDialogFits()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        LanguageManager languages;
        languages.setLanguage(language);
        QCoreApplication::processEvents();
        QTemporaryDir dir;
        MessageArchive archive(dir.filePath(QStringLiteral("history.sqlite")));
        mqtt::Message message(QStringLiteral("plant/line-1/temperature"), R"({"value": 21.5})");
        message.setReceivedAt(QDateTime::currentDateTimeUtc());
        archive.append(QStringLiteral("Local broker"), message);
        mqtt::Message older(QStringLiteral("plant/line-1/temperature"), R"({"value": 20.5})");
        older.setReceivedAt(message.receivedAt().addDays(-3));
        archive.append(QStringLiteral("Local broker"), older);
        HistorySearchDialog dialog(&archive);
        // A From/To range (the fields in use) that takes the newer message, not the older one.
        dialog.setRange(message.receivedAt().addSecs(-60), message.receivedAt().addSecs(60));
        dialog.search();
        QCOMPARE(dialog.results().size(), 1);
        QCOMPARE(dialog.results().at(0).message.payload(), message.payload());
        dialog.resultTable()->setCurrentCell(0, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();
        const QStringList problems = dialogMisfits(&dialog, screen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", ")));
    }

    // The Preferences dialog runs modally (exec()): it is measured while it is open.
    void preferencesDialogFits_data() { everyPanelFits_data(); }

    void preferencesDialogFits()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        LanguageManager languages;
        languages.setLanguage(language);
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
        SavedMessageStore messages(dir.filePath(QStringLiteral("messages.json")));
        MainWindow window(&profiles, &messages, nullptr, {}, {nullptr, &languages});
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool measured = false;
        QStringList problems;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                problems << QStringLiteral("no modal dialog");
                return;
            }
            if (!QTest::qWaitForWindowExposed(dialog))
                problems << QStringLiteral("not shown");
            problems << dialogMisfits(dialog, screen);
            measured = true;
            dialog->reject();
        });
        window.showPreferences();
        QVERIFY(measured);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", ")));
    }
};

QTEST_MAIN(TestExtrasFit)
#include "tst_extras_fit.moc"
