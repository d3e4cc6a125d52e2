#pragma once

#include <QString>

class QWidget;

/// The user's .proto file, shared by the message detail's Protobuf view and the schema dock:
/// both offer the same file dialog and remember the same file and message type between runs.
namespace gui::protofile {

/// Asks for a .proto file, starting in `directory`; empty when cancelled.
QString choose(QWidget *parent, const QString &directory = {});

QString rememberedPath();
void rememberPath(const QString &path);
QString rememberedMessageType();
void rememberMessageType(const QString &type);

} // namespace gui::protofile
