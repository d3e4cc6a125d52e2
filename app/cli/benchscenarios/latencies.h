#pragma once

#include "cli/benchline.h"

#include <QtGlobal>

#include <vector>

namespace cli {

/// Round trips in ns; adds p50_ms, p99_ms and max_ms to a result line.
class Latencies
{
public:
    void reserve(size_t n) { m_values.reserve(n); }
    void add(qint64 ns) { m_values.push_back(ns); }
    void addTo(BenchLine &line);

private:
    std::vector<qint64> m_values;
};

} // namespace cli
