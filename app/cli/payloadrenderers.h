#pragma once

#include "messageformatter.h"

#include <QStringList>

#include <optional>

namespace cli {

/// The --format codecs of sub, from mqttcore's payload formats: how a payload is printed as
/// text and how it appears in -j JSON lines (structured formats as JSON values).
class PayloadRenderers
{
public:
    /// The names --format accepts.
    static QStringList names();
    /// The renderer for a name, or nullopt when there is none.
    static std::optional<MessageFormatter::PayloadRenderer> find(const QString &name);
};

} // namespace cli
