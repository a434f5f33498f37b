#include "runtime/phonenumbers.h"

#include <QHash>
#include <QReadWriteLock>

#include <phonenumbers/phonenumberutil.h>

namespace Orion {

QString normalizePhone(const QString &text, const QString &defaultRegion)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    // Parsing costs ~50–100 µs; a sync sees the same raw values again and again (a switchboard, a
    // placeholder, the same contact in several streams), so what was normalised once is kept for
    // every reader thread of the process, bounded.
    static QReadWriteLock lock;
    static QHash<QString, QString> cache;
    const QString key = defaultRegion + QChar(u'\x1f') + trimmed;
    {
        QReadLocker reader(&lock);
        if (const auto it = cache.constFind(key); it != cache.cend())
            return *it;
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string region = defaultRegion.size() == 2 ? defaultRegion.toUpper().toStdString() : std::string("ZZ");
    QString result = trimmed;
    if (util->Parse(trimmed.toStdString(), region, &number) == PhoneNumberUtil::NO_PARSING_ERROR && util->IsValidNumber(number)) {
        std::string formatted;
        util->Format(number, PhoneNumberUtil::E164, &formatted);
        result = QString::fromStdString(formatted);
    }
    QWriteLocker writer(&lock);
    if (cache.size() >= 65536)
        cache.clear();
    cache.insert(key, result);
    return result;
}

} // namespace Orion

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QReadWriteLock>

namespace Orion {

QString normalizeCountry(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> names;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2)
                continue;
            names.insert(QLocale::territoryToString(territory).toCaseFolded(), code);
            names.insert(code.toCaseFolded(), code);
        }
        names.insert(QStringLiteral("usa"), QStringLiteral("US"));
        names.insert(QStringLiteral("uk"), QStringLiteral("GB"));
        names.insert(QStringLiteral("great britain"), QStringLiteral("GB"));
        return names;
    }();
    QString key = trimmed.toCaseFolded();
    if (const auto it = byName.constFind(key); it != byName.cend())
        return *it;
    key.remove(u'.'); // "U.S.A", "U.K."
    key.remove(u' ');
    return byName.value(key);
}

std::pair<QString, QString> splitFullName(const QString &fullName)
{
    const QString simplified = fullName.simplified();
    const qsizetype space = simplified.lastIndexOf(u' ');
    if (space < 0)
        return {simplified, QString()};
    return {simplified.left(space), simplified.mid(space + 1)};
}

} // namespace Orion
