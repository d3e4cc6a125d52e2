#pragma once

#include <array>

namespace broker {

/// Bytes read from one connection per turn of the event loop, so that one busy connection
/// cannot starve the others.
inline constexpr long long ReadChunk = 64 * 1024;

/// One read buffer per thread, shared by all its connections: the core consumes a chunk
/// before the next read, so an idle connection holds no read buffer of its own.
inline char *sharedReadBuffer()
{
    thread_local std::array<char, ReadChunk> buffer;
    return buffer.data();
}

} // namespace broker
