#pragma once

#include <broker/broker_global.h>

#include <QString>

namespace broker {

/// A configuration problem: where it is and what is wrong, in English.
struct MQTTBROKER_EXPORT ConfigError
{
    QString file;    ///< the path as given to ConfigLoader::load
    int line = 0;    ///< 1-based; 0 when unknown
    QString key;     ///< dotted key path, e.g. "listeners.my-tcp-ssl-1.certfile"
    QString message; ///< e.g. "file /x not found"

    /// "config.yaml:12: listeners.my-tcp-ssl-1.certfile: file /x not found" (parts that are
    /// unknown are left out).
    QString toString() const;
};

} // namespace broker
