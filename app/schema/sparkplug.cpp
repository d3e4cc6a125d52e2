#include "sparkplug.h"

#include "sparkplug_b.pb.h"

#include <QJsonArray>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/io/coded_stream.h>

#include <limits>
#include <string_view>
#include <vector>

namespace schema::sparkplug {

namespace {

namespace tahu = org::eclipse::tahu::protobuf;

struct Context
{
    QString error;
    bool failed(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }
};

QJsonValue jsonInteger(quint64 value)
{
    // JSON numbers are doubles: beyond 2^53 a string keeps every digit.
    return value <= (quint64(1) << 53) ? QJsonValue(qint64(value))
                                       : QJsonValue(QString::number(value));
}

QJsonValue jsonSigned(qint64 value)
{
    return (value < 0 ? -quint64(value) : quint64(value)) <= (quint64(1) << 53)
               ? QJsonValue(value)
               : QJsonValue(QString::number(value));
}

QString text(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QString base64(const std::string &bytes)
{
    return QString::fromLatin1(
        QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())).toBase64());
}

/// Copies the set singular bool, string, bytes (as base64) and uint64 fields of a message, not
/// those of a oneof, into `out` under their JSON names (is_historical: "isHistorical"); the
/// other fields need their data type or nesting and are the caller's.
void copyPlainFields(const google::protobuf::Message &message, QJsonObject &out,
                     std::string_view except = {})
{
    using Field = google::protobuf::FieldDescriptor;
    const google::protobuf::Reflection *reflection = message.GetReflection();
    std::vector<const Field *> fields;
    reflection->ListFields(message, &fields);
    for (const Field *field : fields) {
        if (field->is_repeated() || field->containing_oneof() || field->name() == except)
            continue;
        const QString name = QString::fromStdString(field->json_name());
        switch (field->cpp_type()) {
        case Field::CPPTYPE_BOOL:
            out.insert(name, reflection->GetBool(message, field));
            break;
        case Field::CPPTYPE_UINT64:
            out.insert(name, jsonInteger(reflection->GetUInt64(message, field)));
            break;
        case Field::CPPTYPE_STRING: {
            const std::string value = reflection->GetString(message, field);
            out.insert(name, field->type() == Field::TYPE_BYTES ? base64(value) : text(value));
            break;
        }
        default:
            break;
        }
    }
}

/// The scalar member set in a "oneof value" (Metric, PropertyValue, DataSetValue and
/// Template.Parameter name them alike), interpreted by the declared data type: 8-, 16- and
/// 32-bit signed types travel as uint32 in two's complement, Int64 as uint64. nullopt when
/// the member set is not a scalar (or none is).
template <typename Message>
std::optional<QJsonValue> scalarValue(const Message &message, quint32 dataType)
{
    switch (message.value_case()) {
    case Message::kIntValue: {
        const quint32 raw = message.int_value();
        switch (dataType) {
        case tahu::Int8:
            return int(qint8(raw));
        case tahu::Int16:
            return int(qint16(raw));
        case tahu::Int32:
            return int(qint32(raw));
        default:
            return qint64(raw);
        }
    }
    case Message::kLongValue:
        return dataType == tahu::Int64 ? jsonSigned(qint64(message.long_value()))
                                       : jsonInteger(message.long_value());
    case Message::kFloatValue:
        return double(message.float_value());
    case Message::kDoubleValue:
        return message.double_value();
    case Message::kBooleanValue:
        return message.boolean_value();
    case Message::kStringValue:
        return text(message.string_value());
    default:
        return std::nullopt;
    }
}

bool decodeMetric(const tahu::Payload::Metric &metric, QJsonObject &out, Context &ctx);

bool decodePropertySet(const tahu::Payload::PropertySet &set, QJsonObject &out, Context &ctx);

bool decodePropertyValue(const tahu::Payload::PropertyValue &property, QJsonValue &out,
                         Context &ctx)
{
    QJsonObject value{{QStringLiteral("type"), dataTypeName(property.type())}};
    if (property.is_null())
        value.insert(QStringLiteral("value"), QJsonValue::Null);
    if (const std::optional<QJsonValue> scalar = scalarValue(property, property.type())) {
        value.insert(QStringLiteral("value"), *scalar);
    } else if (property.has_propertyset_value()) {
        QJsonObject set;
        if (!decodePropertySet(property.propertyset_value(), set, ctx))
            return false;
        value.insert(QStringLiteral("value"), set);
    } else if (property.has_propertysets_value()) {
        QJsonArray list;
        for (const tahu::Payload::PropertySet &item : property.propertysets_value().propertyset()) {
            QJsonObject set;
            if (!decodePropertySet(item, set, ctx))
                return false;
            list << set;
        }
        value.insert(QStringLiteral("value"), list);
    }
    out = value;
    return true;
}

bool decodePropertySet(const tahu::Payload::PropertySet &set, QJsonObject &out, Context &ctx)
{
    if (set.keys_size() != set.values_size())
        return ctx.failed(QStringLiteral("property set has %1 keys but %2 values")
                              .arg(set.keys_size())
                              .arg(set.values_size()));
    for (int i = 0; i < set.keys_size(); ++i) {
        QJsonValue value;
        if (!decodePropertyValue(set.values(i), value, ctx))
            return false;
        out.insert(text(set.keys(i)), value);
    }
    return true;
}

QJsonObject decodeDataSet(const tahu::Payload::DataSet &dataSet)
{
    QJsonObject out;
    if (dataSet.has_num_of_columns())
        out.insert(QStringLiteral("numberOfColumns"), jsonInteger(dataSet.num_of_columns()));
    QJsonArray columns, types, rows;
    for (const std::string &column : dataSet.columns())
        columns << text(column);
    for (const quint32 type : dataSet.types())
        types << dataTypeName(type);
    for (const tahu::Payload::DataSet::Row &row : dataSet.rows()) {
        QJsonArray values;
        for (const tahu::Payload::DataSet::DataSetValue &element : row.elements()) {
            const int column = int(values.size());
            const quint32 type = column < dataSet.types_size() ? dataSet.types(column) : 0;
            values << scalarValue(element, type).value_or(QJsonValue::Null);
        }
        rows << values;
    }
    out.insert(QStringLiteral("columns"), columns);
    out.insert(QStringLiteral("types"), types);
    out.insert(QStringLiteral("rows"), rows);
    return out;
}

bool decodeTemplate(const tahu::Payload::Template &templ, QJsonObject &out, Context &ctx)
{
    copyPlainFields(templ, out); // version, templateRef, isDefinition
    QJsonArray metrics, parameters;
    for (const tahu::Payload::Metric &metric : templ.metrics()) {
        QJsonObject json;
        if (!decodeMetric(metric, json, ctx))
            return false;
        metrics << json;
    }
    for (const tahu::Payload::Template::Parameter &parameter : templ.parameters()) {
        QJsonObject json;
        copyPlainFields(parameter, json); // name
        json.insert(QStringLiteral("type"), dataTypeName(parameter.type()));
        if (const std::optional<QJsonValue> value = scalarValue(parameter, parameter.type()))
            json.insert(QStringLiteral("value"), *value);
        parameters << json;
    }
    out.insert(QStringLiteral("metrics"), metrics);
    if (!parameters.isEmpty())
        out.insert(QStringLiteral("parameters"), parameters);
    return true;
}

bool decodeMetric(const tahu::Payload::Metric &metric, QJsonObject &out, Context &ctx)
{
    // name, alias, timestamp, isHistorical, isTransient; is_null is the value's
    copyPlainFields(metric, out, "is_null");
    if (metric.has_metadata()) {
        QJsonObject metadata;
        copyPlainFields(metric.metadata(), metadata);
        out.insert(QStringLiteral("metadata"), metadata);
    }
    if (metric.has_properties()) {
        QJsonObject properties;
        if (!decodePropertySet(metric.properties(), properties, ctx))
            return false;
        out.insert(QStringLiteral("properties"), properties);
    }
    out.insert(QStringLiteral("dataType"), dataTypeName(metric.datatype()));
    const auto key = QStringLiteral("value");
    if (metric.is_null())
        out.insert(key, QJsonValue::Null);
    switch (metric.value_case()) {
    case tahu::Payload::Metric::kBytesValue:
        out.insert(key, base64(metric.bytes_value()));
        break;
    case tahu::Payload::Metric::kDatasetValue:
        out.insert(key, decodeDataSet(metric.dataset_value()));
        break;
    case tahu::Payload::Metric::kTemplateValue: {
        QJsonObject templ;
        if (!decodeTemplate(metric.template_value(), templ, ctx))
            return false;
        out.insert(key, templ);
        break;
    }
    case tahu::Payload::Metric::kExtensionValue: // opaque: its bytes as they came
        out.insert(key, base64(metric.extension_value().SerializeAsString()));
        break;
    default:
        if (const std::optional<QJsonValue> value = scalarValue(metric, metric.datatype()))
            out.insert(key, *value);
        break;
    }
    return true;
}

} // namespace

bool isSparkplugTopic(const QString &topic)
{
    return topic.startsWith(QLatin1String("spBv1.0/"));
}

std::optional<QJsonObject> decode(const QByteArray &payload, QString *error)
{
    Context ctx;
    tahu::Payload message;
    if (!message.ParseFromArray(payload.constData(), int(payload.size()))) {
        // libprotobuf says no more than that parsing failed.
        ctx.failed(QStringLiteral("malformed, or messages nested deeper than %1")
                       .arg(google::protobuf::io::CodedInputStream::GetDefaultRecursionLimit()));
    }
    QJsonArray metrics;
    for (int i = 0; ctx.error.isEmpty() && i < message.metrics_size(); ++i) {
        QJsonObject json;
        if (decodeMetric(message.metrics(i), json, ctx))
            metrics << json;
    }
    if (!ctx.error.isEmpty()) {
        if (error)
            *error = ctx.error;
        return std::nullopt;
    }
    QJsonObject out;
    copyPlainFields(message, out); // timestamp, seq, uuid, body
    out.insert(QStringLiteral("metrics"), metrics);
    return out;
}

QString dataTypeName(quint32 type)
{
    if (type <= quint32(std::numeric_limits<int>::max()) && tahu::DataType_IsValid(int(type)))
        return QString::fromStdString(tahu::DataType_Name(tahu::DataType(type)));
    return QStringLiteral("Unknown(%1)").arg(type);
}

std::optional<QString> preview(const QByteArray &payload, int maxChars)
{
    if (payload.size() > 64 * 1024)
        return std::nullopt;
    const std::optional<QJsonObject> json = decode(payload);
    if (!json)
        return std::nullopt;
    QStringList parts;
    qsizetype length = 0;
    for (const QJsonValue &metric : json->value(QStringLiteral("metrics")).toArray()) {
        const QJsonObject m = metric.toObject();
        QString name = m.value(QStringLiteral("name")).toString();
        if (name.isEmpty() && m.contains(QStringLiteral("alias")))
            name = QLatin1Char('#') + QString::number(m.value(QStringLiteral("alias")).toInteger());
        const QJsonValue value = m.value(QStringLiteral("value"));
        QString text;
        if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', 10);
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (value.isString())
            text = value.toString();
        else if (value.isNull())
            text = QStringLiteral("null");
        else
            text = QStringLiteral("{…}");
        parts.append(name + u'=' + text);
        length += parts.last().size() + 2;
        if (length > maxChars)
            break;
    }
    QString line =
        parts.isEmpty()
            ? QStringLiteral("seq %1").arg(json->value(QStringLiteral("seq")).toInteger())
            : parts.join(QStringLiteral(", "));
    if (line.size() > maxChars)
        line = line.left(maxChars - 1) + QChar(0x2026);
    return line;
}

} // namespace schema::sparkplug
