#include "profilespanel.h"

#include "profilestore.h"

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

    auto button = [this](const QString &text, const QString &tip, auto handler) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
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
    grid->addWidget(button(tr("Connect"), tr("Open the selected connection in a new tab"),
                           withSelection(&ProfilesPanel::connectRequested)),
                    0, 0, 1, 2);
    grid->addWidget(
        button(tr("New…"), tr("Create a connection profile"), [this] { emit newRequested(); }), 1,
        0);
    grid->addWidget(button(tr("Edit…"), tr("Edit the selected profile"),
                           withSelection(&ProfilesPanel::editRequested)),
                    1, 1);
    grid->addWidget(button(tr("Duplicate"), tr("Copy the selected profile"),
                           withSelection(&ProfilesPanel::duplicateRequested)),
                    2, 0);
    grid->addWidget(button(tr("Delete"), tr("Delete the selected profile"),
                           withSelection(&ProfilesPanel::deleteRequested)),
                    2, 1);
    grid->addWidget(
        button(tr("Import…"), tr("Add profiles from a file"), [this] { emit importRequested(); }),
        3, 0);
    grid->addWidget(button(tr("Export…"), tr("Save the profiles to a file (without passwords)"),
                           [this] { emit exportRequested(); }),
                    3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(grid);
    connect(store, &ProfileStore::profilesChanged, this, &ProfilesPanel::refresh);
    refresh();
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
