// Every user-visible string has a German and a French translation, and the catalogues load.
#include "common/connectiondelegate.h"
#include "common/languages.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TstTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }
    void everyMessageTranslated()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(ORION_SOURCE_DIR) + u"/translations/orion_"_s + language + u".ts"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "source"_L1) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == "translation"_L1) {
                const auto type = xml.attributes().value(u"type"_s);
                QVERIFY2(type != "unfinished"_L1 && type != "vanished"_L1 && type != "obsolete"_L1, qPrintable(source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
    }

    void catalogueLoadsAndPluralsWork()
    {
        QVERIFY2(QFile::exists(u":/i18n/orion_de.qm"_s), qPrintable(QDir(u":/"_s).entryList().join(u", "_s)));
        QCOMPARE(Orion::Languages::install(qApp, u"de"_s), u"de"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(Orion::ConnectionDelegate::relativeTime(now.addSecs(-3 * 3600), now), u"vor 3 Stunden"_s);
        QCOMPARE(Orion::ConnectionDelegate::relativeTime(now.addSecs(-3600), now), u"vor 1 Stunde"_s);
        QCOMPARE(Orion::ConnectionDelegate::healthLabel(2), u"Beeinträchtigt"_s);
        // A second install replaces the first (a switch at run time): French, not German underneath.
        QCOMPARE(Orion::Languages::install(qApp, u"fr"_s), u"fr"_s);
        QCOMPARE(Orion::ConnectionDelegate::healthLabel(2), u"Dégradé"_s);
        QCOMPARE(qApp->findChildren<QTranslator *>().size(), 2); // ours and Qt's
        QCOMPARE(Orion::Languages::install(qApp, u"en"_s), u"en"_s);
        QCOMPARE(Orion::ConnectionDelegate::healthLabel(2), u"Degraded"_s);
        QCOMPARE(Orion::ConnectionDelegate::relativeTime(now.addSecs(-3 * 3600), now), u"3 hours ago"_s);
        QCOMPARE(Orion::ConnectionDelegate::relativeTime(now.addSecs(-60), now), u"1 minute ago"_s);
        QCOMPARE(Orion::ConnectionDelegate::relativeTime(QDateTime(), now), u"Never"_s);
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
