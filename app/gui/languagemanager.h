#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace gui {

/// Installs the translation of the workbench (built from translations/*.ts into :/i18n) and
/// of Qt's own dialogs at run time. An empty language code follows the system locale. The
/// choice is stored in QSettings ("appearance/language"); installing a translator makes Qt send
/// QEvent::LanguageChange to every widget, which retranslates itself there.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    /// Applies the stored language (or the system's).
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// Codes of the translations built into the program ("de", "zh_CN", ...), sorted.
    static QStringList availableLanguages();
    /// The languages a user can choose: "en" followed by availableLanguages(). The View ▸
    /// Language menu and the Preferences dialog both list these, each under nativeName().
    static QStringList selectableLanguages();
    /// The language's own name ("Deutsch", "简体中文"); "English" for "en".
    static QString nativeName(const QString &code);

    /// The chosen code, empty when following the system.
    QString language() const { return m_language; }
    /// The code in effect ("en" when no translation matched).
    QString effectiveLanguage() const { return m_effective; }
    /// Chooses a language ("" = system) and installs its translators at once.
    void setLanguage(const QString &code);

signals:
    void languageChanged(const QString &effectiveLanguage);

private:
    void apply();

    QString m_language;
    QString m_effective;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace gui
