#pragma once

#include <mqttcore/connectoptions.h>

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace mqtt {
class Client;
class Message;
} // namespace mqtt

namespace gui {

/// The broker's own status topics ($SYS/#, as mosquitto and most brokers publish them) as a
/// readable dashboard grouped by area (clients, messages, bytes, load, ...). It watches through
/// a connection of its own with the same options as the current tab, so the $SYS flood never
/// lands in the user's message log. It connects only while visible (setActive).
class SysDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SysDashboard)

public:
    explicit SysDashboard(QWidget *parent = nullptr);
    ~SysDashboard() override;

    /// Watch the broker this client talks to (its options are copied; nullptr = none).
    void setClient(mqtt::Client *client);
    /// Connects while active, disconnects otherwise.
    void setActive(bool active);

    /// The value shown for a $SYS topic (empty when none arrived); for tests.
    QString value(const QString &topic) const;
    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reconnect();
    void receive(const mqtt::Message &message);
    void refresh();
    void retranslateUi();
    QTreeWidgetItem *groupItem(const QString &group);

    std::optional<mqtt::ConnectOptions> m_options;
    bool m_active = false;
    std::unique_ptr<mqtt::Client> m_client;
    QHash<QString, QString> m_values;  ///< topic -> latest value
    QHash<QString, QString> m_changed; ///< topic -> value, not yet shown
    QHash<QString, QTreeWidgetItem *> m_items;
    QHash<QString, QTreeWidgetItem *> m_groups;
    QTimer m_refreshTimer;
    QLabel *m_status;
    QTreeWidget *m_tree;
};

} // namespace gui
