#include "retranslator.h"

namespace gui {

void Retranslator::operator()(std::function<void()> apply)
{
    apply();
    m_apply.push_back(std::move(apply));
}

void Retranslator::retranslate() const
{
    for (const std::function<void()> &apply : m_apply)
        apply();
}

} // namespace gui
