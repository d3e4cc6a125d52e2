#include "payloadcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace schema {

bool PayloadCodec::claims(const QByteArray &, const PayloadContext &) const
{
    return false;
}

QByteArray compactJson(const QJsonValue &value)
{
    // QJsonDocument takes only arrays and objects: write the value in an array, strip "[]".
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

} // namespace schema
