#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace gui {

namespace {
constexpr auto settingsKey = "appearance/language";
const QString resourceDir = QStringLiteral(":/i18n");
const QString filePrefix = QStringLiteral("mqtt-workbench_");
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent), m_language(QSettings().value(settingsKey).toString())
{
    apply();
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageManager::availableLanguages()
{
    QStringList codes;
    const QStringList files =
        QDir(resourceDir).entryList({filePrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        codes << file.mid(filePrefix.size()).chopped(3);
    codes.sort();
    return codes;
}

QStringList LanguageManager::selectableLanguages()
{
    QStringList codes = availableLanguages();
    codes.prepend(QStringLiteral("en"));
    return codes;
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (locale.language() == QLocale::Chinese)
        name = locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("繁體中文")
                                                                    : QStringLiteral("简体中文");
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

void LanguageManager::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    m_language = code;
    QSettings().setValue(settingsKey, code);
    apply();
}

void LanguageManager::apply()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();

    const QLocale locale = m_language.isEmpty() ? QLocale::system() : QLocale(m_language);
    QString effective = QStringLiteral("en");
    auto app = std::make_unique<QTranslator>();
    // QTranslator::load(locale, ...) tries "de_DE", then "de", so zh_CN and plain de both match.
    if (app->load(locale, QStringLiteral("mqtt-workbench"), QStringLiteral("_"), resourceDir)) {
        effective = QFileInfo(app->filePath()).completeBaseName().mid(filePrefix.size());
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);

        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        }
    }
    QLocale::setDefault(locale);
    if (effective != m_effective) {
        m_effective = effective;
        emit languageChanged(effective);
    }
}

} // namespace gui
