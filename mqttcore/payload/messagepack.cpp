#include "messagepack.h"

#include "mqttcore/payloadformat.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QStringDecoder>
#include <QtEndian>

#include <cstring>
#include <limits>

namespace mqtt::messagepack {

namespace {

constexpr qint8 TimestampExtension = -1;

class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}

    std::optional<QCborValue> readAll(QString *error)
    {
        std::optional<QCborValue> value = read(0);
        if (value && m_position != m_data.size())
            fail(QStringLiteral("%1 trailing bytes after the value at offset %2")
                     .arg(m_data.size() - m_position)
                     .arg(m_position));
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return value;
    }

private:
    std::optional<QCborValue> fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return std::nullopt;
    }

    std::optional<QCborValue> truncated(const char *what, qsizetype at)
    {
        return fail(
            QStringLiteral("truncated %1 at offset %2").arg(QLatin1StringView(what)).arg(at));
    }

    bool has(qsizetype bytes) const { return m_data.size() - m_position >= bytes; }

    /// Reads a big-endian unsigned integer of `bytes` bytes (1, 2, 4 or 8); has() checked.
    quint64 readUnsigned(int bytes)
    {
        const uchar *p = reinterpret_cast<const uchar *>(m_data.data()) + m_position;
        m_position += bytes;
        switch (bytes) {
        case 1:
            return p[0];
        case 2:
            return qFromBigEndian<quint16>(p);
        case 4:
            return qFromBigEndian<quint32>(p);
        default:
            return qFromBigEndian<quint64>(p);
        }
    }

    std::optional<quint64> readLength(const char *what, int bytes, qsizetype start)
    {
        if (!has(bytes)) {
            truncated(what, start);
            return std::nullopt;
        }
        return readUnsigned(bytes);
    }

    QByteArrayView take(qsizetype bytes)
    {
        const QByteArrayView view = m_data.sliced(m_position, bytes);
        m_position += bytes;
        return view;
    }

    std::optional<QCborValue> readBytes(const char *what, quint64 length, qsizetype start,
                                        bool isString)
    {
        if (length > quint64(m_data.size() - m_position))
            return truncated(what, start);
        const QByteArrayView bytes = take(qsizetype(length));
        if (isString) {
            // A str that is not UTF-8 stays bytes, so that nothing is replaced silently.
            QStringDecoder decoder(QStringDecoder::Utf8,
                                   QStringDecoder::Flag::Stateless |
                                       QStringDecoder::Flag::ConvertInitialBom);
            QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return QCborValue(text);
        }
        return QCborValue(bytes.toByteArray());
    }

    std::optional<QCborValue> readArray(quint64 count, qsizetype start, int depth)
    {
        if (count > quint64(m_data.size() - m_position)) // each item takes at least one byte
            return truncated("array", start);
        QCborArray array;
        for (quint64 i = 0; i < count; ++i) {
            std::optional<QCborValue> item = read(depth + 1);
            if (!item)
                return std::nullopt;
            array.append(std::move(*item));
        }
        return QCborValue(std::move(array));
    }

    std::optional<QCborValue> readMap(quint64 count, qsizetype start, int depth)
    {
        if (count > quint64(m_data.size() - m_position) / 2)
            return truncated("map", start);
        QCborMap map;
        for (quint64 i = 0; i < count; ++i) {
            std::optional<QCborValue> key = read(depth + 1);
            if (!key)
                return std::nullopt;
            std::optional<QCborValue> value = read(depth + 1);
            if (!value)
                return std::nullopt;
            map.insert(*key, std::move(*value));
        }
        return QCborValue(std::move(map));
    }

    std::optional<QCborValue> readExtension(quint64 length, qsizetype start)
    {
        if (!has(1) || length > quint64(m_data.size() - m_position - 1))
            return truncated("ext", start);
        const qint8 type = qint8(readUnsigned(1));
        const QByteArrayView data = take(qsizetype(length));
        if (type == TimestampExtension) {
            qint64 seconds;
            quint32 nanoseconds;
            if (!parseTimestamp(data, &seconds, &nanoseconds))
                return fail(QStringLiteral("invalid timestamp extension at offset %1").arg(start));
            if (std::optional<QCborValue> time = exactDateTime(seconds, nanoseconds))
                return time;
        }
        return QCborValue(QCborTag(MessagePackExtensionTag), QCborArray{type, data.toByteArray()});
    }

    /// Seconds and nanoseconds of a timestamp extension (32, 64 or 96 bit), or false if
    /// malformed (another length, or nanoseconds above 999999999).
    static bool parseTimestamp(QByteArrayView data, qint64 *seconds, quint32 *nanoseconds)
    {
        const uchar *p = reinterpret_cast<const uchar *>(data.data());
        *nanoseconds = 0;
        if (data.size() == 4) {
            *seconds = qFromBigEndian<quint32>(p);
        } else if (data.size() == 8) {
            const quint64 both = qFromBigEndian<quint64>(p);
            *nanoseconds = quint32(both >> 34);
            *seconds = qint64(both & 0x3'ffff'ffffULL);
        } else if (data.size() == 12) {
            *nanoseconds = qFromBigEndian<quint32>(p);
            *seconds = qFromBigEndian<qint64>(p + 4);
        } else {
            return false;
        }
        return *nanoseconds <= 999'999'999;
    }

    /// A QCborValue date-time when that is exact (whole milliseconds, years 1 to 9999).
    static std::optional<QCborValue> exactDateTime(qint64 seconds, quint32 nanoseconds)
    {
        constexpr qint64 Year1 = -62135596800;    // 0001-01-01T00:00:00Z
        constexpr qint64 Year9999 = 253402300799; // 9999-12-31T23:59:59Z
        if (nanoseconds % 1'000'000 != 0 || seconds < Year1 || seconds > Year9999)
            return std::nullopt;
        return QCborValue(
            QDateTime::fromMSecsSinceEpoch(seconds * 1000 + nanoseconds / 1'000'000, Qt::UTC));
    }

    std::optional<QCborValue> read(int depth)
    {
        const qsizetype start = m_position;
        if (depth > MaximumPayloadNesting)
            return fail(QStringLiteral("nesting deeper than %1 at offset %2")
                            .arg(MaximumPayloadNesting)
                            .arg(start));
        if (!has(1))
            return truncated("value", start);
        const uchar type = uchar(readUnsigned(1));
        if (type <= 0x7f)
            return QCborValue(qint64(type));
        if (type >= 0xe0)
            return QCborValue(qint64(qint8(type)));
        if (type <= 0x8f)
            return readMap(type & 0x0f, start, depth);
        if (type <= 0x9f)
            return readArray(type & 0x0f, start, depth);
        if (type <= 0xbf)
            return readBytes("fixstr", type & 0x1f, start, true);

        switch (type) {
        case 0xc0:
            return QCborValue(nullptr);
        case 0xc2:
            return QCborValue(false);
        case 0xc3:
            return QCborValue(true);
        case 0xc4:
        case 0xc5:
        case 0xc6: {
            const int lengthBytes = 1 << (type - 0xc4);
            const std::optional<quint64> length = readLength("bin", lengthBytes, start);
            return length ? readBytes("bin", *length, start, false) : std::nullopt;
        }
        case 0xc7:
        case 0xc8:
        case 0xc9: {
            const int lengthBytes = 1 << (type - 0xc7);
            const std::optional<quint64> length = readLength("ext", lengthBytes, start);
            return length ? readExtension(*length, start) : std::nullopt;
        }
        case 0xca: {
            if (!has(4))
                return truncated("float32", start);
            const quint32 bits = quint32(readUnsigned(4));
            float value;
            static_assert(sizeof value == sizeof bits);
            std::memcpy(&value, &bits, sizeof value);
            return QCborValue(double(value));
        }
        case 0xcb: {
            if (!has(8))
                return truncated("float64", start);
            const quint64 bits = readUnsigned(8);
            double value;
            std::memcpy(&value, &bits, sizeof value);
            return QCborValue(value);
        }
        case 0xcc:
        case 0xcd:
        case 0xce:
        case 0xcf: {
            const int bytes = 1 << (type - 0xcc);
            if (!has(bytes))
                return truncated("uint", start);
            const quint64 value = readUnsigned(bytes);
            if (value <= quint64(std::numeric_limits<qint64>::max()))
                return QCborValue(qint64(value));
            QByteArray big(8, Qt::Uninitialized);
            qToBigEndian(value, big.data());
            return QCborValue(QCborKnownTags::PositiveBignum, big);
        }
        case 0xd0:
        case 0xd1:
        case 0xd2:
        case 0xd3: {
            const int bytes = 1 << (type - 0xd0);
            if (!has(bytes))
                return truncated("int", start);
            const quint64 raw = readUnsigned(bytes);
            const int unusedBits = 64 - 8 * bytes; // sign-extend from the top bit read
            return QCborValue(qint64(raw << unusedBits) >> unusedBits);
        }
        case 0xd4:
        case 0xd5:
        case 0xd6:
        case 0xd7:
        case 0xd8:
            return readExtension(quint64(1) << (type - 0xd4), start);
        case 0xd9:
        case 0xda:
        case 0xdb: {
            const int lengthBytes = 1 << (type - 0xd9);
            const std::optional<quint64> length = readLength("str", lengthBytes, start);
            return length ? readBytes("str", *length, start, true) : std::nullopt;
        }
        case 0xdc:
        case 0xdd: {
            const std::optional<quint64> count = readLength("array", type == 0xdc ? 2 : 4, start);
            return count ? readArray(*count, start, depth) : std::nullopt;
        }
        case 0xde:
        case 0xdf: {
            const std::optional<quint64> count = readLength("map", type == 0xde ? 2 : 4, start);
            return count ? readMap(*count, start, depth) : std::nullopt;
        }
        default: // 0xc1 is never used
            return fail(QStringLiteral("invalid type byte 0x%1 at offset %2")
                            .arg(type, 2, 16, QLatin1Char('0'))
                            .arg(start));
        }
    }

    QByteArrayView m_data;
    qsizetype m_position = 0;
    QString m_error;
};

class Writer
{
public:
    QByteArray result() const { return m_out; }

    void write(const QCborValue &value)
    {
        switch (value.type()) {
        case QCborValue::Integer:
            writeInteger(value.toInteger());
            break;
        case QCborValue::Double:
            writeDouble(value.toDouble());
            break;
        case QCborValue::False:
            m_out.append(char(0xc2));
            break;
        case QCborValue::True:
            m_out.append(char(0xc3));
            break;
        case QCborValue::String:
            writeBytes(value.toString().toUtf8(), 0xa0, 0xd9);
            break;
        case QCborValue::ByteArray:
            writeBytes(value.toByteArray(), -1, 0xc4);
            break;
        case QCborValue::Array: {
            const QCborArray array = value.toArray();
            writeHeader(quint64(array.size()), 0x90, 15, 0xdc);
            for (const QCborValue &item : array)
                write(item);
            break;
        }
        case QCborValue::Map: {
            const QCborMap map = value.toMap();
            writeHeader(quint64(map.size()), 0x80, 15, 0xde);
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
            m_out.append(char(0xc0));
            break;
        }
    }

private:
    void appendBigEndian(quint64 value, int bytes)
    {
        for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8)
            m_out.append(char((value >> shift) & 0xff));
    }

    void writeUnsigned(quint64 value)
    {
        if (value <= 0x7f) {
            m_out.append(char(value));
        } else if (value <= 0xff) {
            m_out.append(char(0xcc));
            appendBigEndian(value, 1);
        } else if (value <= 0xffff) {
            m_out.append(char(0xcd));
            appendBigEndian(value, 2);
        } else if (value <= 0xffff'ffffULL) {
            m_out.append(char(0xce));
            appendBigEndian(value, 4);
        } else {
            m_out.append(char(0xcf));
            appendBigEndian(value, 8);
        }
    }

    void writeInteger(qint64 value)
    {
        if (value >= 0)
            return writeUnsigned(quint64(value));
        if (value >= -32) {
            m_out.append(char(value));
        } else if (value >= std::numeric_limits<qint8>::min()) {
            m_out.append(char(0xd0));
            appendBigEndian(quint64(value), 1);
        } else if (value >= std::numeric_limits<qint16>::min()) {
            m_out.append(char(0xd1));
            appendBigEndian(quint64(value), 2);
        } else if (value >= std::numeric_limits<qint32>::min()) {
            m_out.append(char(0xd2));
            appendBigEndian(quint64(value), 4);
        } else {
            m_out.append(char(0xd3));
            appendBigEndian(quint64(value), 8);
        }
    }

    void writeDouble(double value)
    {
        quint64 bits;
        std::memcpy(&bits, &value, sizeof bits);
        m_out.append(char(0xcb));
        appendBigEndian(bits, 8);
    }

    /// fixHeader < 0: no fix form (bin). firstSized: the 8-bit form; 16 and 32 follow it.
    void writeBytes(const QByteArray &bytes, int fixHeader, uchar firstSized)
    {
        const quint64 size = quint64(bytes.size());
        if (fixHeader >= 0 && size <= 31) {
            m_out.append(char(fixHeader | int(size)));
        } else if (size <= 0xff) {
            m_out.append(char(firstSized));
            appendBigEndian(size, 1);
        } else if (size <= 0xffff) {
            m_out.append(char(firstSized + 1));
            appendBigEndian(size, 2);
        } else {
            m_out.append(char(firstSized + 2));
            appendBigEndian(size, 4);
        }
        m_out.append(bytes);
    }

    void writeHeader(quint64 count, uchar fixHeader, quint64 fixMaximum, uchar sized16)
    {
        if (count <= fixMaximum) {
            m_out.append(char(fixHeader | count));
        } else if (count <= 0xffff) {
            m_out.append(char(sized16));
            appendBigEndian(count, 2);
        } else {
            m_out.append(char(sized16 + 1));
            appendBigEndian(count, 4);
        }
    }

    void writeExtension(qint8 type, const QByteArray &data)
    {
        const quint64 size = quint64(data.size());
        switch (size) {
        case 1:
        case 2:
        case 4:
        case 8:
        case 16:
            m_out.append(char(0xd4 + qCountTrailingZeroBits(size)));
            break;
        default:
            if (size <= 0xff) {
                m_out.append(char(0xc7));
                appendBigEndian(size, 1);
            } else if (size <= 0xffff) {
                m_out.append(char(0xc8));
                appendBigEndian(size, 2);
            } else {
                m_out.append(char(0xc9));
                appendBigEndian(size, 4);
            }
        }
        m_out.append(char(type));
        m_out.append(data);
    }

    void writeTimestamp(const QDateTime &time)
    {
        const qint64 milliseconds = time.toMSecsSinceEpoch();
        const qint64 seconds = milliseconds / 1000 - (milliseconds % 1000 < 0 ? 1 : 0);
        const quint32 nanoseconds = quint32(milliseconds - seconds * 1000) * 1'000'000;
        QByteArray data;
        if (nanoseconds == 0 && seconds >= 0 && seconds <= 0xffff'ffffLL) {
            data.resize(4);
            qToBigEndian(quint32(seconds), data.data());
        } else if (seconds >= 0 && seconds < (1LL << 34)) {
            data.resize(8);
            qToBigEndian((quint64(nanoseconds) << 34) | quint64(seconds), data.data());
        } else {
            data.resize(12);
            qToBigEndian(nanoseconds, data.data());
            qToBigEndian(seconds, data.data() + 4);
        }
        writeExtension(TimestampExtension, data);
    }

    void writeTagged(const QCborValue &value)
    {
        const QCborValue content = value.taggedValue();
        const quint64 tag = quint64(value.tag());
        if (tag == MessagePackExtensionTag && content.isArray() && content.toArray().size() == 2 &&
            content[0].isInteger() && content[1].isByteArray()) {
            writeExtension(qint8(content[0].toInteger()), content[1].toByteArray());
        } else if (tag == quint64(QCborKnownTags::PositiveBignum) && content.isByteArray() &&
                   content.toByteArray().size() <= 8) {
            quint64 number = 0;
            for (const char byte : content.toByteArray())
                number = (number << 8) | uchar(byte);
            writeUnsigned(number);
        } else {
            write(content); // MessagePack has no tags: keep the content
        }
    }

    QByteArray m_out;
};

} // namespace

std::optional<QCborValue> decode(QByteArrayView data, QString *error)
{
    return Reader(data).readAll(error);
}

QByteArray encode(const QCborValue &value)
{
    Writer writer;
    writer.write(value);
    return writer.result();
}

} // namespace mqtt::messagepack
