// Sparkplug B from the JSON form sparkplug.cpp's decode() prints: the inverse of the decoder,
// so that what the window or `sub --format sparkplug` shows can be edited and published again.
#include "sparkplug.h"

#include "sparkplug_b.pb.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace schema::sparkplug {

namespace {

namespace tahu = org::eclipse::tahu::protobuf;
using Field = google::protobuf::FieldDescriptor;

/// The first problem met, with the JSON path where it is ("metrics[2].value: ...").
struct Encoder
{
    QString error;
    QStringList path;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error =
                path.isEmpty() ? message : path.join(QString()) + QStringLiteral(": ") + message;
        return false;
    }
};

/// Enters `step` of the JSON path for the lifetime of the object.
class PathStep
{
public:
    PathStep(Encoder &encoder, const QString &step) : m_encoder(encoder) { m_encoder.path << step; }
    ~PathStep() { m_encoder.path.removeLast(); }
    PathStep(const PathStep &) = delete;
    PathStep &operator=(const PathStep &) = delete;

private:
    Encoder &m_encoder;
};

QString member(const QString &name, bool first)
{
    return first ? name : QLatin1Char('.') + name;
}

QString index(qsizetype i)
{
    return QStringLiteral("[%1]").arg(i);
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

/// A whole number from JSON: a number that is exact in a double, or the decimal string the
/// decoder writes beyond 2^53.
std::optional<qint64> signedInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::trunc(d) != d || std::abs(d) > double(quint64(1) << 53))
            return std::nullopt;
        return qint64(d);
    }
    bool ok = false;
    const qint64 parsed = value.toString().toLongLong(&ok);
    return ok ? std::optional(parsed) : std::nullopt;
}

std::optional<quint64> unsignedInteger(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const quint64 parsed = value.toString().toULongLong(&ok);
        return ok ? std::optional(parsed) : std::nullopt;
    }
    const std::optional<qint64> v = signedInteger(value);
    return v && *v >= 0 ? std::optional(quint64(*v)) : std::nullopt;
}

std::optional<quint32> dataType(const QJsonValue &value)
{
    const QString name = value.toString();
    tahu::DataType type{};
    if (tahu::DataType_Parse(utf8(name), &type))
        return quint32(type);
    // "Unknown(42)", as dataTypeName() writes a number the schema does not name.
    if (name.startsWith(QLatin1String("Unknown(")) && name.endsWith(u')')) {
        bool ok = false;
        const uint number = name.mid(8, name.size() - 9).toUInt(&ok);
        if (ok)
            return quint32(number);
    }
    return std::nullopt;
}

bool isBytesType(quint32 type)
{
    return type == tahu::Bytes || type == tahu::File || type >= tahu::Int8Array;
}

const Field *fieldByJsonName(const google::protobuf::Descriptor &descriptor, const QString &name)
{
    const std::string wanted = utf8(name);
    for (int i = 0; i < descriptor.field_count(); ++i) {
        if (descriptor.field(i)->json_name() == wanted)
            return descriptor.field(i);
    }
    return nullptr;
}

/// Sets the bool, uint64, string and bytes (base64) fields that the decoder's copyPlainFields
/// writes under their JSON names; every other key must be one of `handled`.
bool readPlainFields(const QJsonObject &in, google::protobuf::Message &message,
                     const QStringList &handled, Encoder &encoder)
{
    const google::protobuf::Descriptor *descriptor = message.GetDescriptor();
    const google::protobuf::Reflection *reflection = message.GetReflection();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (handled.contains(it.key()))
            continue;
        const Field *field = fieldByJsonName(*descriptor, it.key());
        const bool plain = field && !field->is_repeated() && !field->containing_oneof() &&
                           (field->cpp_type() == Field::CPPTYPE_BOOL ||
                            field->cpp_type() == Field::CPPTYPE_UINT64 ||
                            field->cpp_type() == Field::CPPTYPE_STRING);
        PathStep step(encoder, member(it.key(), encoder.path.isEmpty()));
        if (!plain)
            return encoder.fail(QStringLiteral("unknown key"));
        const QJsonValue value = it.value();
        switch (field->cpp_type()) {
        case Field::CPPTYPE_BOOL:
            if (!value.isBool())
                return encoder.fail(QStringLiteral("expected true or false"));
            reflection->SetBool(&message, field, value.toBool());
            break;
        case Field::CPPTYPE_UINT64: {
            const std::optional<quint64> number = unsignedInteger(value);
            if (!number)
                return encoder.fail(QStringLiteral("expected a whole number from 0"));
            reflection->SetUInt64(&message, field, *number);
            break;
        }
        default: {
            if (!value.isString())
                return encoder.fail(QStringLiteral("expected a string"));
            if (field->type() != Field::TYPE_BYTES) {
                reflection->SetString(&message, field, utf8(value.toString()));
                break;
            }
            const auto bytes = QByteArray::fromBase64Encoding(
                value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!bytes)
                return encoder.fail(QStringLiteral("expected base64"));
            reflection->SetString(&message, field, bytes.decoded.toStdString());
            break;
        }
        }
    }
    return true;
}

/// The scalar member of a "oneof value" (Metric, PropertyValue, DataSetValue and
/// Template.Parameter name them alike), by data type: the inverse of scalarValue().
template <typename Message>
bool setScalar(Message &message, quint32 type, const QJsonValue &value, Encoder &encoder)
{
    auto signedIn = [&](qint64 low, qint64 high) -> std::optional<qint64> {
        const std::optional<qint64> v = signedInteger(value);
        if (!v || *v < low || *v > high) {
            encoder.fail(
                QStringLiteral("expected a whole number from %1 to %2").arg(low).arg(high));
            return std::nullopt;
        }
        return v;
    };
    switch (type) {
    case tahu::Int8:
    case tahu::Int16:
    case tahu::Int32: {
        const int bits = type == tahu::Int8 ? 8 : type == tahu::Int16 ? 16 : 32;
        const auto v = signedIn(-(qint64(1) << (bits - 1)), (qint64(1) << (bits - 1)) - 1);
        if (!v)
            return false;
        message.set_int_value(quint32(qint32(*v))); // two's complement in a uint32
        return true;
    }
    case tahu::UInt8:
    case tahu::UInt16:
    case tahu::UInt32: {
        const int bits = type == tahu::UInt8 ? 8 : type == tahu::UInt16 ? 16 : 32;
        const auto v = signedIn(0, (qint64(1) << bits) - 1);
        if (!v)
            return false;
        message.set_int_value(quint32(*v));
        return true;
    }
    case tahu::Int64: {
        const auto v =
            signedIn(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        if (!v)
            return false;
        message.set_long_value(quint64(*v));
        return true;
    }
    case tahu::UInt64:
    case tahu::DateTime: {
        const std::optional<quint64> v = unsignedInteger(value);
        if (!v)
            return encoder.fail(QStringLiteral("expected a whole number from 0"));
        message.set_long_value(*v);
        return true;
    }
    case tahu::Float:
    case tahu::Double:
        if (!value.isDouble())
            return encoder.fail(QStringLiteral("expected a number"));
        if (type == tahu::Float)
            message.set_float_value(float(value.toDouble()));
        else
            message.set_double_value(value.toDouble());
        return true;
    case tahu::Boolean:
        if (!value.isBool())
            return encoder.fail(QStringLiteral("expected true or false"));
        message.set_boolean_value(value.toBool());
        return true;
    case tahu::String:
    case tahu::Text:
    case tahu::UUID:
        if (!value.isString())
            return encoder.fail(QStringLiteral("expected a string"));
        message.set_string_value(utf8(value.toString()));
        return true;
    default:
        return encoder.fail(QStringLiteral("a value of this data type cannot be written here"));
    }
}

bool encodeMetric(const QJsonObject &in, tahu::Payload::Metric &metric, Encoder &encoder);

bool encodePropertySet(const QJsonObject &in, tahu::Payload::PropertySet &set, Encoder &encoder);

bool encodePropertyValue(const QJsonValue &in, tahu::Payload::PropertyValue &property,
                         Encoder &encoder)
{
    const QJsonObject object = in.toObject();
    if (!in.isObject() || !object.contains(QLatin1String("type")))
        return encoder.fail(QStringLiteral("expected {\"type\": ..., \"value\": ...}"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("type") && it.key() != QLatin1String("value")) {
            PathStep step(encoder, member(it.key(), false));
            return encoder.fail(QStringLiteral("unknown key"));
        }
    }
    const std::optional<quint32> type = dataType(object.value(QLatin1String("type")));
    if (!type) {
        PathStep step(encoder, QStringLiteral(".type"));
        return encoder.fail(QStringLiteral("unknown data type"));
    }
    property.set_type(*type);
    if (!object.contains(QLatin1String("value")))
        return true;
    const QJsonValue value = object.value(QLatin1String("value"));
    PathStep step(encoder, QStringLiteral(".value"));
    if (value.isNull()) {
        property.set_is_null(true);
        return true;
    }
    if (*type == tahu::PropertySet) {
        if (!value.isObject())
            return encoder.fail(QStringLiteral("expected an object"));
        return encodePropertySet(value.toObject(), *property.mutable_propertyset_value(), encoder);
    }
    if (*type == tahu::PropertySetList) {
        if (!value.isArray())
            return encoder.fail(QStringLiteral("expected an array of objects"));
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            PathStep item(encoder, index(i));
            if (!list[i].isObject())
                return encoder.fail(QStringLiteral("expected an object"));
            if (!encodePropertySet(list[i].toObject(),
                                   *property.mutable_propertysets_value()->add_propertyset(),
                                   encoder))
                return false;
        }
        return true;
    }
    return setScalar(property, *type, value, encoder);
}

bool encodePropertySet(const QJsonObject &in, tahu::Payload::PropertySet &set, Encoder &encoder)
{
    for (auto it = in.begin(); it != in.end(); ++it) {
        PathStep step(encoder, member(it.key(), false));
        set.add_keys(utf8(it.key()));
        if (!encodePropertyValue(it.value(), *set.add_values(), encoder))
            return false;
    }
    return true;
}

bool encodeDataSet(const QJsonObject &in, tahu::Payload::DataSet &dataSet, Encoder &encoder)
{
    static const QStringList keys{QStringLiteral("numberOfColumns"), QStringLiteral("columns"),
                                  QStringLiteral("types"), QStringLiteral("rows")};
    if (!readPlainFields(in, dataSet, keys, encoder)) // only unknown keys are left
        return false;
    if (in.contains(QLatin1String("numberOfColumns"))) {
        const std::optional<quint64> columns =
            unsignedInteger(in.value(QLatin1String("numberOfColumns")));
        if (!columns) {
            PathStep step(encoder, QStringLiteral(".numberOfColumns"));
            return encoder.fail(QStringLiteral("expected a whole number from 0"));
        }
        dataSet.set_num_of_columns(*columns);
    }
    for (const QJsonValue &column : in.value(QLatin1String("columns")).toArray())
        dataSet.add_columns(utf8(column.toString()));
    const QJsonArray types = in.value(QLatin1String("types")).toArray();
    for (qsizetype i = 0; i < types.size(); ++i) {
        const std::optional<quint32> type = dataType(types[i]);
        if (!type) {
            PathStep step(encoder, QStringLiteral(".types") + index(i));
            return encoder.fail(QStringLiteral("unknown data type"));
        }
        dataSet.add_types(*type);
    }
    const QJsonArray rows = in.value(QLatin1String("rows")).toArray();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        tahu::Payload::DataSet::Row *row = dataSet.add_rows();
        const QJsonArray values = rows[r].toArray();
        for (qsizetype c = 0; c < values.size(); ++c) {
            PathStep step(encoder, QStringLiteral(".rows") + index(r) + index(c));
            tahu::Payload::DataSet::DataSetValue *element = row->add_elements();
            if (values[c].isNull())
                continue; // an element without a value, as the decoder shows one
            const quint32 type = c < dataSet.types_size() ? dataSet.types(int(c)) : 0;
            if (!setScalar(*element, type, values[c], encoder))
                return false;
        }
    }
    return true;
}

bool encodeTemplate(const QJsonObject &in, tahu::Payload::Template &templ, Encoder &encoder)
{
    static const QStringList keys{QStringLiteral("metrics"), QStringLiteral("parameters")};
    if (!readPlainFields(in, templ, keys, encoder)) // version, templateRef, isDefinition
        return false;
    const QJsonArray metrics = in.value(QLatin1String("metrics")).toArray();
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        PathStep step(encoder, QStringLiteral(".metrics") + index(i));
        if (!encodeMetric(metrics[i].toObject(), *templ.add_metrics(), encoder))
            return false;
    }
    const QJsonArray parameters = in.value(QLatin1String("parameters")).toArray();
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        PathStep step(encoder, QStringLiteral(".parameters") + index(i));
        const QJsonObject json = parameters[i].toObject();
        tahu::Payload::Template::Parameter *parameter = templ.add_parameters();
        static const QStringList parameterKeys{QStringLiteral("type"), QStringLiteral("value")};
        if (!readPlainFields(json, *parameter, parameterKeys, encoder)) // name
            return false;
        const std::optional<quint32> type = dataType(json.value(QLatin1String("type")));
        if (!type)
            return encoder.fail(QStringLiteral("unknown data type"));
        parameter->set_type(*type);
        if (json.contains(QLatin1String("value")) &&
            !setScalar(*parameter, *type, json.value(QLatin1String("value")), encoder))
            return false;
    }
    return true;
}

bool encodeMetric(const QJsonObject &in, tahu::Payload::Metric &metric, Encoder &encoder)
{
    static const QStringList keys{QStringLiteral("metadata"), QStringLiteral("properties"),
                                  QStringLiteral("dataType"), QStringLiteral("value"),
                                  QStringLiteral("isNull")};
    if (in.contains(QLatin1String("isNull"))) {
        PathStep step(encoder, QStringLiteral(".isNull"));
        return encoder.fail(QStringLiteral("unknown key (a null value is \"value\": null)"));
    }
    // name, alias, timestamp, isHistorical, isTransient
    if (!readPlainFields(in, metric, keys, encoder))
        return false;
    if (in.contains(QLatin1String("metadata"))) {
        PathStep step(encoder, QStringLiteral(".metadata"));
        if (!readPlainFields(in.value(QLatin1String("metadata")).toObject(),
                             *metric.mutable_metadata(), {}, encoder))
            return false;
    }
    if (in.contains(QLatin1String("properties"))) {
        PathStep step(encoder, QStringLiteral(".properties"));
        if (!encodePropertySet(in.value(QLatin1String("properties")).toObject(),
                               *metric.mutable_properties(), encoder))
            return false;
    }
    const QJsonValue typeName = in.value(QLatin1String("dataType"));
    const std::optional<quint32> type =
        typeName.isUndefined() ? std::optional<quint32>(tahu::Unknown) : dataType(typeName);
    if (!type) {
        PathStep step(encoder, QStringLiteral(".dataType"));
        return encoder.fail(QStringLiteral("unknown data type"));
    }
    metric.set_datatype(*type);
    if (!in.contains(QLatin1String("value")))
        return true;
    const QJsonValue value = in.value(QLatin1String("value"));
    PathStep step(encoder, QStringLiteral(".value"));
    if (value.isNull()) {
        metric.set_is_null(true);
        return true;
    }
    if (isBytesType(*type)) {
        const auto bytes = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
        if (!value.isString() || !bytes)
            return encoder.fail(QStringLiteral("expected base64"));
        metric.set_bytes_value(bytes.decoded.toStdString());
        return true;
    }
    if (*type == tahu::DataSet || *type == tahu::Template) {
        if (!value.isObject())
            return encoder.fail(QStringLiteral("expected an object"));
        return *type == tahu::DataSet
                   ? encodeDataSet(value.toObject(), *metric.mutable_dataset_value(), encoder)
                   : encodeTemplate(value.toObject(), *metric.mutable_template_value(), encoder);
    }
    return setScalar(metric, *type, value, encoder);
}

} // namespace

std::optional<QByteArray> encode(const QJsonObject &json, QString *error)
{
    Encoder encoder;
    tahu::Payload message;
    bool ok = readPlainFields(json, message, {QStringLiteral("metrics")}, encoder);
    const QJsonValue metrics = json.value(QLatin1String("metrics"));
    if (ok && !metrics.isUndefined() && !metrics.isArray()) {
        PathStep step(encoder, QStringLiteral("metrics"));
        ok = encoder.fail(QStringLiteral("expected an array"));
    }
    const QJsonArray list = metrics.toArray();
    for (qsizetype i = 0; ok && i < list.size(); ++i) {
        PathStep step(encoder, QStringLiteral("metrics") + index(i));
        ok = list[i].isObject() ? encodeMetric(list[i].toObject(), *message.add_metrics(), encoder)
                                : encoder.fail(QStringLiteral("expected an object"));
    }
    if (!ok) {
        if (error)
            *error = encoder.error;
        return std::nullopt;
    }
    return QByteArray::fromStdString(message.SerializeAsString());
}

} // namespace schema::sparkplug
