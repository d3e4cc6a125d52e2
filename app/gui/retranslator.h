#pragma once

#include <functional>
#include <vector>

namespace gui {

/// The retranslateUi() of widgets built in code. Each user-visible text is set by a small
/// function, e.g. `m_texts([this] { m_button->setText(tr("Connect")); });`, that runs at once
/// and again from retranslate(), which the widget calls from changeEvent() on
/// QEvent::LanguageChange. The texts then follow a language switched at run time, and the
/// string and the widget it belongs to stay side by side in the constructor.
///
/// The functions must only touch objects that live as long as the owner (its child widgets
/// and actions).
class Retranslator final
{
public:
    /// Applies `apply` now and remembers it for retranslate().
    void operator()(std::function<void()> apply);
    /// Applies every remembered function again, in the order they were added.
    void retranslate() const;

private:
    std::vector<std::function<void()>> m_apply;
};

} // namespace gui
