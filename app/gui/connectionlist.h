#pragma once

#include "connectionsession.h" // complete, for the signals' meta-types

#include <QList>
#include <QObject>
#include <QPointer>

namespace gui {

/// The open connections of the window and which one is current. It owns the sessions; the
/// window shows each in a ConnectionTab and says which is current, and the panels that work on
/// the current connection follow currentChanged() instead of reaching into the window.
class ConnectionList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionList)

public:
    explicit ConnectionList(QObject *parent = nullptr);
    ~ConnectionList() override;

    /// A new session for `profile`, numbered apart from open ones of the same name ("Local
    /// broker (2)"); not current yet.
    ConnectionSession *open(const ConnectionProfile &profile);
    /// Takes `session` out of the list and deletes it later (its view may still be leaving).
    void close(ConnectionSession *session);
    /// Deletes every session now (the window is closing; their views are gone).
    void clear();

    QList<ConnectionSession *> sessions() const { return m_sessions; }
    ConnectionSession *current() const { return m_current; }
    /// `session` (one of the list, or nullptr) becomes the current connection.
    void setCurrent(ConnectionSession *session);

signals:
    void added(gui::ConnectionSession *session);
    /// `session` left the list (and will be deleted once control returns to the event loop).
    void removed(gui::ConnectionSession *session);
    void currentChanged(gui::ConnectionSession *session);

private:
    QList<ConnectionSession *> m_sessions;
    QPointer<ConnectionSession> m_current;
};

} // namespace gui
