#pragma once

#include "retranslator.h"

#include <QWidget>

class QListWidget;

namespace gui {

class ProfileStore;

/// The saved connections as a list: double-click (or "Connect") opens one; buttons create,
/// edit, duplicate, delete, import and export profiles.
class ProfilesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesPanel)

public:
    explicit ProfilesPanel(ProfileStore *store, QWidget *parent = nullptr);

    /// Id of the selected profile, or empty.
    QString selectedId() const;
    void select(const QString &id);

signals:
    void connectRequested(const QString &id);
    void newRequested();
    void editRequested(const QString &id);
    void duplicateRequested(const QString &id);
    void deleteRequested(const QString &id);
    void importRequested();
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ProfileStore *m_store;
    QListWidget *m_list;
    Retranslator m_texts;
};

} // namespace gui
