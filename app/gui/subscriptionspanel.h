#pragma once

#include "connectionprofile.h"
#include "retranslator.h"

#include <mqttcore/client.h>

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace gui {

/// The subscriptions of one connection: add a filter with QoS and MQTT 5 options, see what the
/// broker granted, remove, and pick the colour that marks its messages.
class SubscriptionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsPanel)

public:
    explicit SubscriptionsPanel(mqtt::Client *client, QWidget *parent = nullptr);

    /// Subscribes and lists it; a colour is chosen if `subscription.colour` is invalid.
    void addSubscription(SavedSubscription subscription);
    void removeSubscription(const QString &filter);
    QList<SavedSubscription> subscriptions() const;
    /// Colour of the first listed subscription whose filter matches `topic`; 0 if none.
    QRgb colourForTopic(const QString &topic) const;
    /// State text of the row for `filter` ("Subscribed (QoS 1)"), for tests and tooltips.
    QString stateText(const QString &filter) const;

signals:
    void subscriptionsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        SavedSubscription saved;
        QString matchFilter; ///< the inner filter of a $share subscription
        QPointer<mqtt::Subscription> subscription;
    };
    void addFromForm();
    void removeSelected();
    void chooseColour(int row);
    void updateRow(int row);
    QColor nextColour() const;

    mqtt::Client *m_client;
    QList<Entry> m_entries;
    QTableWidget *m_table;
    QLineEdit *m_filterEdit;
    QComboBox *m_qosBox;
    QAction *m_noLocal;
    QAction *m_retainAsPublished;
    QList<QAction *> m_retainHandling; ///< indexed by mqtt::RetainHandling
    Retranslator m_texts;
};

} // namespace gui
