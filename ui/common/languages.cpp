#include "common/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Orion::Languages {

QList<Language> available()
{
    return {
        {QString(), QCoreApplication::translate("Orion::Languages", "System default")},
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"fr"_s, u"Français"_s},
    };
}

namespace {

// The translators install() put in place, replaced by the next call (a language switched at run time).
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

void removeInstalled(QCoreApplication *app)
{
    for (QTranslator *translator : std::exchange(installed(), {})) {
        app->removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QString install(QCoreApplication *app, const QString &code)
{
    QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    // Load first, then swap: the window changes language once (each install and removal sends
    // QEvent::LanguageChange to every widget).
    // English has a catalogue too: it holds the plural forms ("1 hour ago", "2 hours ago").
    auto own = std::make_unique<QTranslator>(app);
    if (!own->load(locale, u"orion"_s, u"_"_s, u":/i18n"_s) && !own->load(u"orion_en"_s, u":/i18n"_s))
        return u"en"_s;
    std::unique_ptr<QTranslator> qt;
    if (locale.language() != QLocale::English) {
        qt = std::make_unique<QTranslator>(app);
        if (!qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }
    removeInstalled(app);
    for (auto *translator : {own.release(), qt.release()}) {
        if (!translator)
            continue;
        app->installTranslator(translator);
        installed().append(translator);
    }
    return locale.language() == QLocale::English ? u"en"_s : QLocale::languageToCode(locale.language());
}

} // namespace Orion::Languages
