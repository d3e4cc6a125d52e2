#include "profilespanel.h"

#include "profilestore.h"

#include <QEvent>
#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gui {

ProfilesPanel::ProfilesPanel(ProfileStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("profileList"));
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        emit connectRequested(item->data(Qt::UserRole).toString());
    });

    // Texts are QT_TR_NOOP sources, set again on a language change.
    auto button = [this](const char *text, const char *tip, auto handler) {
        auto *b = new QPushButton(this);
        m_texts([b, text, tip] {
            b->setText(tr(text));
            b->setToolTip(tr(tip));
        });
        connect(b, &QPushButton::clicked, this, handler);
        return b;
    };
    auto withSelection = [this](auto signal) {
        return [this, signal] {
            if (const QString id = selectedId(); !id.isEmpty())
                emit(this->*signal)(id);
        };
    };
    auto *grid = new QGridLayout;
    grid->addWidget(button(QT_TR_NOOP("Connect"),
                           QT_TR_NOOP("Open the selected connection in a new tab"),
                           withSelection(&ProfilesPanel::connectRequested)),
                    0, 0, 1, 2);
    grid->addWidget(button(QT_TR_NOOP("New…"), QT_TR_NOOP("Create a connection profile"),
                           [this] { emit newRequested(); }),
                    1, 0);
    grid->addWidget(button(QT_TR_NOOP("Edit…"), QT_TR_NOOP("Edit the selected profile"),
                           withSelection(&ProfilesPanel::editRequested)),
                    1, 1);
    grid->addWidget(button(QT_TR_NOOP("Duplicate"), QT_TR_NOOP("Copy the selected profile"),
                           withSelection(&ProfilesPanel::duplicateRequested)),
                    2, 0);
    grid->addWidget(button(QT_TR_NOOP("Delete"), QT_TR_NOOP("Delete the selected profile"),
                           withSelection(&ProfilesPanel::deleteRequested)),
                    2, 1);
    grid->addWidget(button(QT_TR_NOOP("Import…"), QT_TR_NOOP("Add profiles from a file"),
                           [this] { emit importRequested(); }),
                    3, 0);
    grid->addWidget(button(QT_TR_NOOP("Export…"),
                           QT_TR_NOOP("Save the profiles to a file (without passwords)"),
                           [this] { emit exportRequested(); }),
                    3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(grid);
    connect(store, &ProfileStore::profilesChanged, this, &ProfilesPanel::refresh);
    refresh();
}

void ProfilesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QWidget::changeEvent(event);
}

void ProfilesPanel::refresh()
{
    const QString selected = selectedId();
    m_list->clear();
    for (const ConnectionProfile &p : m_store->profiles()) {
        auto *item = new QListWidgetItem(p.displayName(), m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.options.url().toString());
    }
    select(selected);
}

QString ProfilesPanel::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesPanel::select(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
    }
}

} // namespace gui
