#include "messagepack.h"

#include "mqttcore/payloadformat.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QStringDecoder>
#include <QtEndian>

#include <msgpack.hpp>

#include <ctime>
#include <limits>
#include <vector>

namespace mqtt::messagepack {

namespace {

constexpr qint8 TimestampExtension = -1;

/// Builds a QCborValue from the events of msgpack-cxx's parser. No msgpack::object is made in
/// between, so a huge declared length allocates nothing before its bytes have arrived.
class CborBuilder : public msgpack::null_visitor
{
public:
    explicit CborBuilder(QByteArrayView data) : m_data(data) {}

    std::optional<QCborValue> result(QString *error) const
    {
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return m_result;
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    bool visit_nil() { return add(QCborValue(nullptr)); }
    bool visit_boolean(bool value) { return add(QCborValue(value)); }
    bool visit_negative_integer(int64_t value) { return add(QCborValue(qint64(value))); }
    bool visit_float32(float value) { return add(QCborValue(double(value))); }
    bool visit_float64(double value) { return add(QCborValue(value)); }
    bool visit_bin(const char *data, uint32_t size)
    {
        return add(QCborValue(QByteArray(data, qsizetype(size))));
    }

    bool visit_positive_integer(uint64_t value)
    {
        if (value <= quint64(std::numeric_limits<qint64>::max()))
            return add(QCborValue(qint64(value)));
        QByteArray big(8, Qt::Uninitialized);
        qToBigEndian(quint64(value), big.data());
        return add(QCborValue(QCborKnownTags::PositiveBignum, big));
    }

    bool visit_str(const char *data, uint32_t size)
    {
        const QByteArrayView bytes(data, qsizetype(size));
        // A str that is not UTF-8 stays bytes, so that nothing is replaced silently.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                         QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder.decode(bytes);
        return add(decoder.hasError() ? QCborValue(bytes.toByteArray()) : QCborValue(text));
    }

    /// `data` starts with the extension type; `size` counts it.
    bool visit_ext(const char *data, uint32_t size)
    {
        msgpack::object extension;
        extension.type = msgpack::type::EXT;
        extension.via.ext.ptr = data;
        extension.via.ext.size = size - 1;
        const QByteArray content(extension.via.ext.data(), qsizetype(extension.via.ext.size));
        if (extension.via.ext.type() == TimestampExtension) {
            std::optional<timespec> time = timestamp(extension);
            if (!time) {
                fail(QStringLiteral("invalid timestamp extension of %1 bytes").arg(content.size()));
                return false;
            }
            if (std::optional<QCborValue> exact = exactDateTime(*time))
                return add(*exact);
        }
        return add(QCborValue(QCborTag(MessagePackExtensionTag),
                              QCborArray{extension.via.ext.type(), content}));
    }

    // An empty container is closed by the parser at once: end_array/end_map follows.
    bool start_array(uint32_t) { return open(false); }
    bool start_map(uint32_t) { return open(true); }
    bool start_array_item() { return withinNesting(); }
    bool start_map_key() { return withinNesting(); }
    bool end_array() { return close(); }
    bool end_map() { return close(); }

    /// The parser reports only type bytes it does not know (0xc1) as errors.
    void parse_error(size_t, size_t errorOffset)
    {
        const uchar type = errorOffset < size_t(m_data.size()) ? uchar(m_data[errorOffset]) : 0;
        fail(QStringLiteral("invalid type byte 0x%1 at offset %2")
                 .arg(type, 2, 16, QLatin1Char('0'))
                 .arg(errorOffset));
    }

    /// Names the innermost open container: the parser does not say which item was cut.
    void insufficient_bytes(size_t, size_t)
    {
        const char *what = m_open.empty() ? "value" : m_open.back().isMap ? "map" : "array";
        fail(QStringLiteral("truncated %1: the payload ends after %2 bytes")
                 .arg(QLatin1StringView(what))
                 .arg(m_data.size()));
    }

private:
    /// An array or map whose items are still being read.
    struct Open
    {
        QCborArray array;
        QCborMap map;
        QCborValue key;
        bool haveKey = false; ///< key holds a key whose value comes next
        bool isMap = false;
    };

    /// Seconds and nanoseconds of a well-formed timestamp extension (32, 64 or 96 bit,
    /// nanoseconds below one second).
    static std::optional<timespec> timestamp(const msgpack::object &extension)
    {
        timespec time{};
        try {
            extension.convert(time);
        } catch (const msgpack::type_error &) {
            return std::nullopt;
        }
        if (time.tv_nsec < 0 || time.tv_nsec > 999'999'999)
            return std::nullopt;
        return time;
    }

    /// A QCborValue date-time when that is exact (whole milliseconds, years 1 to 9999).
    static std::optional<QCborValue> exactDateTime(const timespec &time)
    {
        constexpr qint64 Year1 = -62135596800;    // 0001-01-01T00:00:00Z
        constexpr qint64 Year9999 = 253402300799; // 9999-12-31T23:59:59Z
        const qint64 seconds = time.tv_sec;
        if (time.tv_nsec % 1'000'000 != 0 || seconds < Year1 || seconds > Year9999)
            return std::nullopt;
        return QCborValue(
            QDateTime::fromMSecsSinceEpoch(seconds * 1000 + time.tv_nsec / 1'000'000, Qt::UTC));
    }

    bool withinNesting()
    {
        if (m_open.size() <= size_t(MaximumPayloadNesting))
            return true;
        fail(QStringLiteral("nesting deeper than %1").arg(MaximumPayloadNesting));
        return false;
    }

    bool open(bool isMap)
    {
        m_open.push_back(Open{});
        m_open.back().isMap = isMap;
        return true;
    }

    bool close()
    {
        Open done = std::move(m_open.back());
        m_open.pop_back();
        return add(done.isMap ? QCborValue(std::move(done.map))
                              : QCborValue(std::move(done.array)));
    }

    /// A complete value: the result, an array item, a map key or a map value.
    bool add(QCborValue value)
    {
        if (m_open.empty()) {
            m_result = std::move(value);
            return true;
        }
        Open &top = m_open.back();
        if (!top.isMap) {
            top.array.append(std::move(value));
        } else if (!top.haveKey) {
            top.key = std::move(value);
            top.haveKey = true;
        } else {
            top.map.insert(top.key, std::move(value));
            top.haveKey = false;
        }
        return true;
    }

    QByteArrayView m_data;
    std::vector<Open> m_open;
    QCborValue m_result;
    QString m_error;
};

/// The stream msgpack::packer writes to.
struct ByteArrayStream
{
    void write(const char *data, size_t size) { bytes.append(data, qsizetype(size)); }
    QByteArray bytes;
};

/// Packs with the smallest representation of each item (msgpack::packer chooses it).
class Writer
{
public:
    QByteArray result() const { return m_stream.bytes; }

    void write(const QCborValue &value)
    {
        switch (value.type()) {
        case QCborValue::Integer:
            m_packer.pack_int64(value.toInteger());
            break;
        case QCborValue::Double:
            m_packer.pack_double(value.toDouble());
            break;
        case QCborValue::False:
            m_packer.pack_false();
            break;
        case QCborValue::True:
            m_packer.pack_true();
            break;
        case QCborValue::String: {
            const QByteArray utf8 = value.toString().toUtf8();
            m_packer.pack_str(uint32_t(utf8.size()));
            m_packer.pack_str_body(utf8.constData(), uint32_t(utf8.size()));
            break;
        }
        case QCborValue::ByteArray: {
            const QByteArray bytes = value.toByteArray();
            m_packer.pack_bin(uint32_t(bytes.size()));
            m_packer.pack_bin_body(bytes.constData(), uint32_t(bytes.size()));
            break;
        }
        case QCborValue::Array: {
            const QCborArray array = value.toArray();
            m_packer.pack_array(uint32_t(array.size()));
            for (const QCborValue &item : array)
                write(item);
            break;
        }
        case QCborValue::Map: {
            const QCborMap map = value.toMap();
            m_packer.pack_map(uint32_t(map.size()));
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                write(it.key());
                write(it.value());
            }
            break;
        }
        case QCborValue::DateTime:
            writeTimestamp(value.toDateTime());
            break;
        case QCborValue::Tag:
            writeTagged(value);
            break;
        default: // null, undefined, simple types, invalid
            m_packer.pack_nil();
            break;
        }
    }

private:
    void writeTimestamp(const QDateTime &time)
    {
        const qint64 milliseconds = time.toMSecsSinceEpoch();
        const qint64 seconds = milliseconds / 1000 - (milliseconds % 1000 < 0 ? 1 : 0);
        timespec packed{};
        packed.tv_sec = time_t(seconds);
        packed.tv_nsec = long(milliseconds - seconds * 1000) * 1'000'000;
        m_packer.pack(packed);
    }

    void writeTagged(const QCborValue &value)
    {
        const QCborValue content = value.taggedValue();
        const quint64 tag = quint64(value.tag());
        if (tag == MessagePackExtensionTag && content.isArray() && content.toArray().size() == 2 &&
            content[0].isInteger() && content[1].isByteArray()) {
            const QByteArray data = content[1].toByteArray();
            m_packer.pack_ext(size_t(data.size()), int8_t(content[0].toInteger()));
            m_packer.pack_ext_body(data.constData(), size_t(data.size()));
        } else if (tag == quint64(QCborKnownTags::PositiveBignum) && content.isByteArray() &&
                   content.toByteArray().size() <= 8) {
            quint64 number = 0;
            for (const char byte : content.toByteArray())
                number = (number << 8) | uchar(byte);
            m_packer.pack_uint64(number);
        } else {
            write(content); // MessagePack has no tags: keep the content
        }
    }

    ByteArrayStream m_stream;
    msgpack::packer<ByteArrayStream> m_packer{m_stream};
};

} // namespace

std::optional<QCborValue> decode(QByteArrayView data, QString *error)
{
    CborBuilder builder(data);
    std::size_t offset = 0;
    const bool parsed = msgpack::parse(data.data(), size_t(data.size()), offset, builder);
    if (!parsed)
        builder.fail(QStringLiteral("not MessagePack")); // the builder has named the reason
    else if (offset != size_t(data.size()))
        builder.fail(QStringLiteral("%1 trailing bytes after the value at offset %2")
                         .arg(size_t(data.size()) - offset)
                         .arg(offset));
    return builder.result(error);
}

QByteArray encode(const QCborValue &value)
{
    Writer writer;
    writer.write(value);
    return writer.result();
}

} // namespace mqtt::messagepack
