#include "sparkplug.h"

#include "protowirereader.h"

#include <QJsonArray>

#include <bit>
#include <cstring>

namespace schema::sparkplug {

namespace {

using Field = ProtoWireReader::Field;
using WireType = ProtoWireReader::WireType;

/// Sparkplug data types (sparkplug_b.proto, enum DataType).
enum DataType : quint32
{
    Int8 = 1,
    Int16 = 2,
    Int32 = 3,
    Int64 = 4,
    UInt8 = 5,
    UInt16 = 6,
    UInt32 = 7,
    UInt64 = 8,
    Float = 9,
    Double = 10,
    Boolean = 11,
    String = 12,
    DateTime = 13,
    Text = 14,
    UUID = 15,
    DataSet = 16,
    Bytes = 17,
    File = 18,
    Template = 19,
    PropertySet = 20,
    PropertySetList = 21,
};

/// Nesting bound: templates may contain metrics that contain templates.
constexpr int maxDepth = 32;

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

QString text(const Field &field)
{
    return QString::fromUtf8(field.bytes.data(), field.bytes.size());
}

/// Value of a scalar "oneof value" member, interpreted by the declared data type: 8-, 16- and
/// 32-bit signed types travel as uint32 in two's complement, Int64 as uint64.
QJsonValue scalarValue(const Field &field, int kind, quint32 dataType)
{
    switch (kind) {
    case 0: { // int_value (uint32)
        const auto raw = quint32(field.integer);
        switch (dataType) {
        case Int8:
            return int(qint8(raw));
        case Int16:
            return int(qint16(raw));
        case Int32:
            return int(qint32(raw));
        default:
            return qint64(raw);
        }
    }
    case 1: // long_value (uint64)
        return dataType == Int64 ? jsonSigned(qint64(field.integer)) : jsonInteger(field.integer);
    case 2: // float_value
        return double(std::bit_cast<float>(quint32(field.integer)));
    case 3: // double_value
        return std::bit_cast<double>(field.integer);
    case 4: // boolean_value
        return field.integer != 0;
    case 5: // string_value
        return text(field);
    }
    return {};
}

bool decodeMetric(QByteArrayView bytes, QJsonObject &out, Context &ctx, int depth);

bool decodePropertySet(QByteArrayView bytes, QJsonObject &out, Context &ctx, int depth);

bool decodePropertyValue(QByteArrayView bytes, QJsonValue &out, Context &ctx, int depth)
{
    if (depth > maxDepth)
        return ctx.failed(QStringLiteral("property sets nested too deeply"));
    ProtoWireReader reader(bytes);
    quint32 type = 0;
    bool isNull = false;
    QList<Field> valueFields;
    while (const std::optional<Field> f = reader.next()) {
        if (f->number == 1 && f->wireType == WireType::Varint)
            type = quint32(f->integer);
        else if (f->number == 2 && f->wireType == WireType::Varint)
            isNull = f->integer != 0;
        else if (f->number >= 3 && f->number <= 10)
            valueFields << *f;
    }
    if (!reader.error().isEmpty())
        return ctx.failed(reader.error());
    QJsonObject value{{QStringLiteral("type"), dataTypeName(type)}};
    if (isNull)
        value.insert(QStringLiteral("value"), QJsonValue::Null);
    for (const Field &f : valueFields) {
        if (f.number <= 8) {
            value.insert(QStringLiteral("value"), scalarValue(f, int(f.number) - 3, type));
        } else if (f.number == 9) {
            QJsonObject set;
            if (!decodePropertySet(f.bytes, set, ctx, depth + 1))
                return false;
            value.insert(QStringLiteral("value"), set);
        } else { // 10: PropertySetList
            QJsonArray list;
            ProtoWireReader sets(f.bytes);
            while (const std::optional<Field> s = sets.next()) {
                QJsonObject set;
                if (s->number == 1 && !decodePropertySet(s->bytes, set, ctx, depth + 1))
                    return false;
                list << set;
            }
            if (!sets.error().isEmpty())
                return ctx.failed(sets.error());
            value.insert(QStringLiteral("value"), list);
        }
    }
    out = value;
    return true;
}

bool decodePropertySet(QByteArrayView bytes, QJsonObject &out, Context &ctx, int depth)
{
    ProtoWireReader reader(bytes);
    QStringList keys;
    QList<QJsonValue> values;
    while (const std::optional<Field> f = reader.next()) {
        if (f->number == 1 && f->wireType == WireType::LengthDelimited) {
            keys << text(*f);
        } else if (f->number == 2 && f->wireType == WireType::LengthDelimited) {
            QJsonValue value;
            if (!decodePropertyValue(f->bytes, value, ctx, depth))
                return false;
            values << value;
        }
    }
    if (!reader.error().isEmpty())
        return ctx.failed(reader.error());
    if (keys.size() != values.size())
        return ctx.failed(QStringLiteral("property set has %1 keys but %2 values")
                              .arg(keys.size())
                              .arg(values.size()));
    for (qsizetype i = 0; i < keys.size(); ++i)
        out.insert(keys.at(i), values.at(i));
    return true;
}

bool decodeDataSet(QByteArrayView bytes, QJsonObject &out, Context &ctx)
{
    ProtoWireReader reader(bytes);
    QJsonArray columns, types, rows;
    QList<quint32> typeNumbers;
    while (const std::optional<Field> f = reader.next()) {
        switch (f->number) {
        case 1:
            out.insert(QStringLiteral("numberOfColumns"), jsonInteger(f->integer));
            break;
        case 2:
            columns << text(*f);
            break;
        case 3:
            if (f->wireType == WireType::LengthDelimited) { // packed
                const auto packed = ProtoWireReader::packedVarints(f->bytes);
                if (!packed)
                    return ctx.failed(QStringLiteral("malformed packed data set types"));
                for (quint64 t : *packed)
                    typeNumbers << quint32(t);
            } else {
                typeNumbers << quint32(f->integer);
            }
            break;
        case 4: {
            QJsonArray row;
            ProtoWireReader elements(f->bytes);
            while (const std::optional<Field> e = elements.next()) {
                if (e->number != 1)
                    continue;
                ProtoWireReader element(e->bytes);
                QJsonValue value;
                while (const std::optional<Field> v = element.next()) {
                    if (v->number >= 1 && v->number <= 6) {
                        const quint32 type = typeNumbers.value(row.size(), 0);
                        value = scalarValue(*v, int(v->number) - 1, type);
                    }
                }
                if (!element.error().isEmpty())
                    return ctx.failed(element.error());
                row << value;
            }
            if (!elements.error().isEmpty())
                return ctx.failed(elements.error());
            rows << row;
            break;
        }
        default:
            break;
        }
    }
    if (!reader.error().isEmpty())
        return ctx.failed(reader.error());
    for (quint32 t : typeNumbers)
        types << dataTypeName(t);
    out.insert(QStringLiteral("columns"), columns);
    out.insert(QStringLiteral("types"), types);
    out.insert(QStringLiteral("rows"), rows);
    return true;
}

bool decodeTemplate(QByteArrayView bytes, QJsonObject &out, Context &ctx, int depth)
{
    ProtoWireReader reader(bytes);
    QJsonArray metrics, parameters;
    while (const std::optional<Field> f = reader.next()) {
        switch (f->number) {
        case 1:
            out.insert(QStringLiteral("version"), text(*f));
            break;
        case 2: {
            QJsonObject metric;
            if (!decodeMetric(f->bytes, metric, ctx, depth + 1))
                return false;
            metrics << metric;
            break;
        }
        case 3: {
            QJsonObject parameter;
            quint32 type = 0;
            QList<Field> values;
            ProtoWireReader p(f->bytes);
            while (const std::optional<Field> pf = p.next()) {
                if (pf->number == 1)
                    parameter.insert(QStringLiteral("name"), text(*pf));
                else if (pf->number == 2)
                    type = quint32(pf->integer);
                else if (pf->number >= 3 && pf->number <= 8)
                    values << *pf;
            }
            if (!p.error().isEmpty())
                return ctx.failed(p.error());
            parameter.insert(QStringLiteral("type"), dataTypeName(type));
            for (const Field &v : values)
                parameter.insert(QStringLiteral("value"), scalarValue(v, int(v.number) - 3, type));
            parameters << parameter;
            break;
        }
        case 4:
            out.insert(QStringLiteral("templateRef"), text(*f));
            break;
        case 5:
            out.insert(QStringLiteral("isDefinition"), f->integer != 0);
            break;
        default:
            break;
        }
    }
    if (!reader.error().isEmpty())
        return ctx.failed(reader.error());
    out.insert(QStringLiteral("metrics"), metrics);
    if (!parameters.isEmpty())
        out.insert(QStringLiteral("parameters"), parameters);
    return true;
}

bool decodeMetaData(QByteArrayView bytes, QJsonObject &out, Context &ctx)
{
    static const char *const names[] = {nullptr,    "isMultiPart", "contentType",
                                        "size",     "seq",         "fileName",
                                        "fileType", "md5",         "description"};
    ProtoWireReader reader(bytes);
    while (const std::optional<Field> f = reader.next()) {
        if (f->number < 1 || f->number > 8)
            continue;
        const QString name = QString::fromLatin1(names[f->number]);
        if (f->number == 1)
            out.insert(name, f->integer != 0);
        else if (f->number == 3 || f->number == 4)
            out.insert(name, jsonInteger(f->integer));
        else
            out.insert(name, text(*f));
    }
    return reader.error().isEmpty() || ctx.failed(reader.error());
}

bool decodeMetric(QByteArrayView bytes, QJsonObject &out, Context &ctx, int depth)
{
    if (depth > maxDepth)
        return ctx.failed(QStringLiteral("templates nested too deeply"));
    ProtoWireReader reader(bytes);
    quint32 dataType = 0;
    std::optional<Field> value;
    while (const std::optional<Field> f = reader.next()) {
        switch (f->number) {
        case 1:
            out.insert(QStringLiteral("name"), text(*f));
            break;
        case 2:
            out.insert(QStringLiteral("alias"), jsonInteger(f->integer));
            break;
        case 3:
            out.insert(QStringLiteral("timestamp"), jsonInteger(f->integer));
            break;
        case 4:
            dataType = quint32(f->integer);
            break;
        case 5:
            out.insert(QStringLiteral("isHistorical"), f->integer != 0);
            break;
        case 6:
            out.insert(QStringLiteral("isTransient"), f->integer != 0);
            break;
        case 7:
            if (f->integer != 0)
                out.insert(QStringLiteral("value"), QJsonValue::Null);
            break;
        case 8: {
            QJsonObject metadata;
            if (!decodeMetaData(f->bytes, metadata, ctx))
                return false;
            out.insert(QStringLiteral("metadata"), metadata);
            break;
        }
        case 9: {
            QJsonObject properties;
            if (!decodePropertySet(f->bytes, properties, ctx, depth + 1))
                return false;
            out.insert(QStringLiteral("properties"), properties);
            break;
        }
        default:
            if (f->number >= 10 && f->number <= 19)
                value = *f;
            break;
        }
    }
    if (!reader.error().isEmpty())
        return ctx.failed(reader.error());
    out.insert(QStringLiteral("dataType"), dataTypeName(dataType));
    if (!value)
        return true;
    const auto key = QStringLiteral("value");
    switch (value->number) {
    case 16: // bytes_value
        out.insert(key, QString::fromLatin1(value->bytes.toByteArray().toBase64()));
        break;
    case 17: {
        QJsonObject dataSet;
        if (!decodeDataSet(value->bytes, dataSet, ctx))
            return false;
        out.insert(key, dataSet);
        break;
    }
    case 18: {
        QJsonObject templ;
        if (!decodeTemplate(value->bytes, templ, ctx, depth))
            return false;
        out.insert(key, templ);
        break;
    }
    case 19: // extension: opaque
        out.insert(key, QString::fromLatin1(value->bytes.toByteArray().toBase64()));
        break;
    default:
        out.insert(key, scalarValue(*value, int(value->number) - 10, dataType));
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
    QJsonObject out;
    QJsonArray metrics;
    ProtoWireReader reader(payload);
    while (const std::optional<Field> f = reader.next()) {
        switch (f->number) {
        case 1:
            if (f->wireType != WireType::Varint)
                ctx.failed(QStringLiteral("timestamp is not a varint"));
            out.insert(QStringLiteral("timestamp"), jsonInteger(f->integer));
            break;
        case 2: {
            if (f->wireType != WireType::LengthDelimited) {
                ctx.failed(QStringLiteral("metric is not a message"));
                break;
            }
            QJsonObject metric;
            if (decodeMetric(f->bytes, metric, ctx, 0))
                metrics << metric;
            break;
        }
        case 3:
            out.insert(QStringLiteral("seq"), jsonInteger(f->integer));
            break;
        case 4:
            out.insert(QStringLiteral("uuid"), text(*f));
            break;
        case 5:
            out.insert(QStringLiteral("body"),
                       QString::fromLatin1(f->bytes.toByteArray().toBase64()));
            break;
        default: // extensions 6 to max
            break;
        }
        if (!ctx.error.isEmpty())
            break;
    }
    if (ctx.error.isEmpty() && !reader.error().isEmpty())
        ctx.error = reader.error();
    if (!ctx.error.isEmpty()) {
        if (error)
            *error = ctx.error;
        return std::nullopt;
    }
    out.insert(QStringLiteral("metrics"), metrics);
    return out;
}

QString dataTypeName(quint32 type)
{
    static const char *const names[] = {"Unknown",      "Int8",
                                        "Int16",        "Int32",
                                        "Int64",        "UInt8",
                                        "UInt16",       "UInt32",
                                        "UInt64",       "Float",
                                        "Double",       "Boolean",
                                        "String",       "DateTime",
                                        "Text",         "UUID",
                                        "DataSet",      "Bytes",
                                        "File",         "Template",
                                        "PropertySet",  "PropertySetList",
                                        "Int8Array",    "Int16Array",
                                        "Int32Array",   "Int64Array",
                                        "UInt8Array",   "UInt16Array",
                                        "UInt32Array",  "UInt64Array",
                                        "FloatArray",   "DoubleArray",
                                        "BooleanArray", "StringArray",
                                        "DateTimeArray"};
    if (type < std::size(names))
        return QString::fromLatin1(names[type]);
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
