#include "sizecounter.h"

#include "propertycodec.h"
#include "utf8.h"

namespace mqtt::detail {

int variableIntegerSize(quint32 value)
{
    return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : 4;
}

void SizeCounter::varint(quint32 value)
{
    m_size += quint64(variableIntegerSize(value));
}

void SizeCounter::string(QStringView value)
{
    m_size += 2 + quint64(utf8Length(value));
}

void SizeCounter::properties(const Properties &value)
{
    SizeCounter list;
    writePropertyList(list, value);
    m_size += quint64(variableIntegerSize(quint32(list.size()))) + list.size();
}

} // namespace mqtt::detail
