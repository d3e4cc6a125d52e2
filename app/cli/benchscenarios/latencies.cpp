#include "latencies.h"

#include <algorithm>

namespace cli {

void Latencies::addTo(BenchLine &line)
{
    if (m_values.empty())
        return;
    const auto at = [this](double fraction) {
        const size_t index =
            std::min(m_values.size() - 1, size_t(fraction * double(m_values.size())));
        std::nth_element(m_values.begin(), m_values.begin() + qsizetype(index), m_values.end());
        return double(m_values[index]) / 1e6;
    };
    line.extra("p50_ms", at(0.50), 3);
    line.extra("p99_ms", at(0.99), 3);
    line.extra("max_ms", double(*std::max_element(m_values.begin(), m_values.end())) / 1e6, 3);
}

} // namespace cli
